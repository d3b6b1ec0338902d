package org.parallax.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.io.AttachedSources;
import org.parallax.io.LocatedLoad;
import org.parallax.io.ModelLoader;
import org.parallax.io.Problem;
import org.parallax.io.QuoteVerifier;
import org.parallax.io.SourceFolder;
import org.parallax.model.Model;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parallax validate MODEL [--sources DIR] [--format text|json]}: the report is the result (stdout). */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a model file: JSON syntax, types, required and unknown fields, ids, references and "
                + "offsets; with --sources also each article's checksum and that every quote is verbatim.",
                "Prints one line per problem (FILE:LINE:COL: KIND at $.path: message) and a summary on standard "
                + "output. Exit 0 when valid, 1 when there are problems, 2 on a usage error."})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (JSON).")
    Path modelFile;

    @Option(names = "--sources", paramLabel = "DIR", description = "Folder of the article texts to verify quotes against.")
    Path sourcesFolder;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per problem, then a summary) or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Mixin
    VerboseOption verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be text or json, not '" + format + "'");
        }
        LocatedLoad loaded = new ModelLoader().loadWithLocations(modelFile);
        List<Problem> problems = new ArrayList<>(loaded.result().problems());
        Map<String, Integer> counts = new LinkedHashMap<>();
        Model model = loaded.result().model();
        if (model != null) {
            counts.put("sources", model.sources().size());
            counts.put("themes", model.themes().size());
            counts.put("points", model.points().size());
            counts.put("pointsWithoutFramings", model.pointsWithoutFramings());
            counts.put("quotes", model.quoteCount());
            if (sourcesFolder != null) {
                AttachedSources attached = SourceFolder.attach(sourcesFolder, model);
                QuoteVerifier.Report report = new QuoteVerifier(attached).verifyAll(model, loaded.locations());
                problems.addAll(report.problems());
                counts.put("articles", attached.textCount());
                counts.put("verifiedQuotes", report.verifiedQuotes());
            }
        }
        counts.put("problems", problems.size());
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(json(problems, counts));
        } else {
            ProblemPrinter.print(problems, out);
            out.println(summary(problems, counts));
        }
        out.flush();
        return problems.isEmpty() ? ParallaxCommand.OK : ParallaxCommand.INPUT_ERROR;
    }

    /** Points no source makes yet are valid (a codebook, coding in progress), and counted. */
    private static String withoutFramings(int count) {
        return count == 0 ? "" : " (" + count + (count == 1 ? " is" : " are") + " made by no source yet)";
    }

    private String summary(List<Problem> problems, Map<String, Integer> counts) {
        if (!problems.isEmpty()) {
            return "invalid: " + ProblemPrinter.tally(problems);
        }
        String valid = "valid: " + counts.get("sources") + " sources, " + counts.get("themes") + " themes, "
                + counts.get("points") + " points" + withoutFramings(counts.get("pointsWithoutFramings")) + ", "
                + counts.get("quotes") + " quotes";
        if (counts.containsKey("verifiedQuotes")) {
            int unverifiable = counts.get("quotes") - counts.get("verifiedQuotes");
            valid += System.lineSeparator() + "verified: " + counts.get("verifiedQuotes") + " of "
                    + counts.get("quotes") + " quotes against " + counts.get("articles") + " articles in "
                    + sourcesFolder + (unverifiable == 0 ? "" : " (" + unverifiable
                    + " belong to sources without an article file)");
        }
        return valid;
    }

    private static String json(List<Problem> problems, Map<String, Integer> counts) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeBooleanField("valid", problems.isEmpty());
            json.writeArrayFieldStart("problems");
            for (Problem problem : problems) {
                json.writeStartObject();
                json.writeStringField("file", problem.file());
                json.writeNumberField("line", problem.line());
                json.writeNumberField("column", problem.column());
                json.writeStringField("kind", problem.kind().id());
                json.writeStringField("path", problem.path());
                json.writeStringField("message", problem.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("counts");
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                json.writeNumberField(count.getKey(), count.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        return text.toString();
    }
}
