package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.analysis.align.Aligner;
import org.parallax.analysis.align.Alignment;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
import org.parallax.io.convert.ArticleConverter;
import org.parallax.io.convert.ArticleFormat;
import org.parallax.io.convert.Conversion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parallax align MODEL ARTICLE [--format text|json] [--min-score X]}: which points each paragraph makes. */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = {"Propose, for each paragraph of ARTICLE, the points of MODEL it probably makes, best first, "
                + "with a score in [0, 1] and the words that support the match (docs/alignment.md). Paragraphs that "
                + "compare the sides but match no point are listed as new-point candidates (JSON: \"unmatched\").",
                "Offsets count code points of ARTICLE as read (UTF-8, a leading BOM removed); a .md, .html, .docx "
                + "or .pdf article is converted first, as add-source stores it, and offsets count in that text.",
                "Exit 0 done, 1 bad model or article, 2 usage."})
public final class AlignCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (JSON).")
    Path modelFile;

    @Parameters(index = "1", paramLabel = "ARTICLE", description = "The article (.txt, .md, .html, .docx, .pdf).")
    Path article;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Option(names = "--min-score", paramLabel = "X", description = "Threshold in [0, 1] (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + Aligner.DEFAULT_MIN_SCORE)
    double minScore;

    @Mixin
    VerboseOption verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (minScore < 0 || minScore > 1 || Double.isNaN(minScore)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--min-score must be between 0 and 1, not " + minScore);
        }
        PrintWriter err = spec.commandLine().getErr();
        String text = readArticle();
        LoadResult loaded = new ModelLoader().load(modelFile);
        if (!loaded.isValid()) {
            ProblemPrinter.print(loaded.problems(), err);
            throw new UserError("align: " + modelFile + " cannot be read: " + ProblemPrinter.tally(loaded.problems()));
        }
        AlignSetup.Prepared prepared = AlignSetup.prepare(modelFile, loaded.model(), err);
        Alignment alignment = prepared.aligner().align(text, minScore);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? AlignOutput.json(alignment) + "\n"
                : AlignOutput.text(alignment, loaded.model(), minScore));
        out.flush();
        if (out.checkError()) {
            throw new UserError("align: the output could not be written");
        }
        return ParallaxCommand.OK;
    }

    /** The article's text: a .txt as read (strict UTF-8, BOM removed), other formats converted like add-source. */
    private String readArticle() throws IOException {
        ArticleConverter converter = new ArticleConverter();
        Conversion conversion = converter.convert(article);
        if (conversion instanceof Conversion.Refused refused) {
            throw new UserError("align: " + refused.message().replace("; nothing was added", ""));
        }
        if (((Conversion.Converted) conversion).format() != ArticleFormat.TEXT) {
            return ((Conversion.Converted) conversion).text();
        }
        String raw = new String(Files.readAllBytes(article), StandardCharsets.UTF_8);
        return raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    }
}
