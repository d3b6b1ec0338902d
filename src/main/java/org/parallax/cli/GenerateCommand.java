package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.io.generate.CorpusWriter;
import org.parallax.io.generate.GeneratedCorpus;
import org.parallax.io.generate.GeneratorSettings;
import org.parallax.io.generate.ModelGenerator;
import org.parallax.io.generate.TextPairGenerator;
import org.parallax.model.Model;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax generate}: a deterministic synthetic model with its article texts, for tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic model (DIR/model.json) and its article texts (DIR/sources/*.txt).",
                "The same options and seed always give byte-identical files; the result validates with 0 problems."})
public final class GenerateCommand implements Callable<Integer> {
    /** Words in each text of a diff pair, as the benchmarks use them. */
    private static final int PAIR_WORDS = 10_000;

    @Mixin
    VerboseOption verbose;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--quotes", required = true, paramLabel = "N", description = "Number of quotes (1 to 1,000,000).")
    int quotes;

    @Option(names = "--sources", paramLabel = "N",
            description = "Number of articles (default: one per 40 quotes, at least 3).")
    Integer sources;

    @Option(names = "--themes", paramLabel = "N", description = "Number of themes (default: 8).")
    Integer themes;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write; must be empty or absent.")
    Path out;

    @Option(names = "--force", description = "Write into a folder that is not empty (overwrites files of the same names).")
    boolean force;

    @Option(names = "--diff-pairs",
            description = "Also write DIR/pairs/{reworded,unrelated}-{from,to}.txt: two ~10,000-word texts, one the other"
                    + " with ~30%% of sentences reworded, and an unrelated pair.")
    boolean diffPairs;

    @Override
    public Integer call() {
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(quotes,
                    sources == null ? GeneratorSettings.defaultSources(quotes) : sources,
                    themes == null ? GeneratorSettings.defaultThemes() : themes, seed);
        } catch (IllegalArgumentException outOfRange) {
            throw new CommandLine.ParameterException(spec.commandLine(), "generate: " + outOfRange.getMessage());
        }
        GeneratedCorpus corpus = new ModelGenerator().generate(settings);
        CorpusWriter writer = new CorpusWriter();
        try {
            Path modelFile = writer.write(corpus, out, force);
            if (diffPairs) {
                TextPairGenerator pairs = new TextPairGenerator();
                writer.writePair(out, "reworded", pairs.reworded(seed, PAIR_WORDS, TextPairGenerator.DEFAULT_REWORDED_SHARE));
                writer.writePair(out, "unrelated", pairs.unrelated(seed, PAIR_WORDS));
            }
            Model model = corpus.model();
            spec.commandLine().getOut().printf("wrote %s: %d sources, %d themes, %d points, %d quotes%n", modelFile,
                    model.sources().size(), model.themes().size(), model.points().size(), model.quoteCount());
        } catch (CorpusWriter.OutputRefusedException refused) {
            throw new UserError("generate: " + refused.getMessage());
        } catch (IOException failed) {
            throw new UserError("generate: cannot write " + out + ": " + failed.getMessage());
        }
        return ParallaxCommand.OK;
    }
}
