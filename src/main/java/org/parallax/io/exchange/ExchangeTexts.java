package org.parallax.io.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.io.AttachedSources;
import org.parallax.io.SourceFolder;
import org.parallax.io.SourceIssue;
import org.parallax.io.SourceText;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Source;

/**
 * The article texts a REFI-QDA project carries: every source with a {@code file} must have its text, and every
 * exported quote must read exactly its slice of it (a project whose selections point at the wrong words is worse
 * than none). Problems are values: {@link Result#problems()} names the source, file or quote.
 */
public final class ExchangeTexts {
    private ExchangeTexts() {
    }

    public record Result(Map<String, SourceText> texts, List<String> problems) {
        public Result {
            texts = Map.copyOf(texts);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The default folder of a model's texts: {@code sources/} beside the model file (CONTRACTS.md). */
    public static Path defaultFolder(Path modelFile) {
        Path parent = modelFile.toAbsolutePath().getParent();
        return (parent == null ? Path.of(".") : parent).resolve("sources");
    }

    public static Result load(Model model, Path folder) {
        AttachedSources attached = SourceFolder.attach(folder, model);
        List<String> problems = new ArrayList<>();
        Map<String, SourceText> texts = new LinkedHashMap<>();
        for (SourceIssue issue : attached.issues()) {
            if (issue.sourceId() == null || !isChecksumOnly(issue)) {
                problems.add((issue.sourceId() == null ? "" : "source " + issue.sourceId() + ": ") + issue.message());
            }
        }
        for (Source source : model.sources()) {
            attached.text(source.id()).ifPresent(text -> texts.put(source.id(), text));
        }
        for (Point point : model.points()) {
            for (Framing framing : point.framings()) {
                SourceText text = texts.get(framing.source());
                if (text == null) {
                    continue;
                }
                for (int q = 0; q < framing.quotes().size(); q++) {
                    Quote quote = framing.quotes().get(q);
                    if (!text.matches(quote.start(), quote.end(), quote.text())) {
                        problems.add("point " + point.id() + ", source " + framing.source() + ", quote " + (q + 1)
                                + ": its text is not at [" + quote.start() + ", " + quote.end()
                                + ") of the article (run parallax validate with --sources)");
                    }
                }
            }
        }
        return new Result(texts, problems);
    }

    private static boolean isChecksumOnly(SourceIssue issue) {
        // a changed article is caught quote by quote below: only quotes that moved make the export wrong
        return issue.kind() == org.parallax.io.ProblemKind.CHECKSUM;
    }
}
