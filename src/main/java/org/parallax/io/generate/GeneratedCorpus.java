package org.parallax.io.generate;

import java.util.List;
import org.parallax.model.Model;

/** A generated model and the article texts its quotes come from, in the model's source order. */
public record GeneratedCorpus(Model model, List<SourceFile> sourceFiles) {
    public GeneratedCorpus {
        sourceFiles = List.copyOf(sourceFiles);
    }

    /** One article: the file name the model's source names, and its text (written as UTF-8, \n line ends). */
    public record SourceFile(String fileName, String text) {
    }
}
