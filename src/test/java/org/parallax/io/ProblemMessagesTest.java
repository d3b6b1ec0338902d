package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Defect 9 of issue 18: messages passed on the JSON library's wording ("Unexpected end-of-input in VALUE_STRING",
 * "enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`"); a NUL byte on line 97 was reported at 1:1; the schema's
 * {@code integer} admitted 6005.0, which the loader rejected.
 */
class ProblemMessagesTest {
    private static final Path BASE = Path.of("src/test/resources/models/bad-model-base.json");
    /** Words for programmers that no message may carry. */
    private static final Pattern JARGON = Pattern.compile(
            "VALUE_[A-Z]+|START_|END_|FIELD_NAME|JsonReadFeature|StreamReadFeature|JsonParser|end-of-input|CTRL-CHAR"
                    + "|`|\\(code \\d+\\)|\\[Source:|REDACTED|Feature '|root-level|close marker|Array entries"
                    + "|Object entries|Unrecognized token|Unexpected character|Illegal");
    private static final String[] INSERTS = {"\u0000", "NaN", "-Infinity", "'", "\\", "\"", "}", "]", ",", ":",
        "01", "1e", "-", "tru", "nul", "/*", "//", "#", "\u0001", "\t", "[", "{", "+1", ".5", "0x10", "\\u12", "@",
        "\\x", "\n", "1.", "--1"};

    private final ModelLoader loader = new ModelLoader();

    @Test
    void noMessageOnACutOrBrokenModelUsesTheJsonLibrarysWords() throws IOException {
        String base = Files.readString(BASE, StandardCharsets.UTF_8);
        List<String> jargon = new ArrayList<>();
        int syntaxProblems = 0;
        for (int at = 0; at <= base.length(); at++) {
            List<String> variants = new ArrayList<>();
            variants.add(base.substring(0, at));
            for (String insert : INSERTS) {
                variants.add(base.substring(0, at) + insert + base.substring(at));
            }
            for (String variant : variants) {
                for (Problem problem : loader.load(variant.getBytes(StandardCharsets.UTF_8), "m.json").problems()) {
                    syntaxProblems += problem.kind() == ProblemKind.SYNTAX ? 1 : 0;
                    if (JARGON.matcher(problem.message()).find()) {
                        jargon.add(problem.format());
                    }
                }
            }
        }

        assertThat(syntaxProblems).as("syntax problems seen").isGreaterThan(5_000);
        assertThat(jargon).as("messages in the JSON library's words").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"title\": \"cut|the file ends inside a string: its closing \" is missing",
        "{\"title\": NaN}|'NaN' is not a JSON number: JSON has no NaN or Infinity",
        "{\"title\": 'x'}|a single quote (') where a value belongs",
        "{\"title\": \"a\" \"b\": 1}|where a ',' (or the closing }) belongs, after a field: is a comma missing?",
        "{\"title\": [1, 2}|a '}' where the list opened on line 1 needs its ']'",
        "{\"title\": tru}|'tru' is not a JSON value",
        "{\"title\": \"\\q\"}|'\\q' is not a JSON escape",
        "{\"title\": 07}|a number with a leading zero",
        "{\"title\": +1}|a number with a plus sign",
        "{\"title\": 1, }|where a field name in double quotes belongs (a ',' before a '}' is not JSON)",
        "{\"title\": // note|where a value belongs: JSON has no comments"
    })
    void eachBreakIsSaidPlainly(String json, String expected) {
        List<Problem> problems = loader.load(json.getBytes(StandardCharsets.UTF_8), "m.json").problems();

        assertThat(problems).filteredOn(problem -> problem.kind() == ProblemKind.SYNTAX).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("malformed JSON: ").contains(expected));
    }

    @Test
    void aNulByteIsReportedWhereItIs() {
        StringBuilder json = new StringBuilder("{\n");
        for (int line = 2; line < 97; line++) {
            json.append("  \"f").append(line).append("\": 1,\n");
        }
        json.append("  \"x\": \"a\u0000b\"\n}\n"); // line 97: the NUL is its 10th character

        Problem problem = loader.load(json.toString().getBytes(StandardCharsets.UTF_8), "nul.json").problems().get(0);

        assertThat(problem.kind()).isEqualTo(ProblemKind.ENCODING);
        assertThat(problem.line()).isEqualTo(97);
        assertThat(problem.column()).isEqualTo(10);
        assertThat(problem.message()).contains("NUL byte");
    }

    @Test
    void aNulByteBeyondTheSniffedStartIsReportedWhereItIsToo() {
        String json = "{\"title\": \"" + "a".repeat(20_000) + "\u0000\"}";

        Problem problem = loader.load(json.getBytes(StandardCharsets.UTF_8), "nul.json").problems().get(0);

        assertThat(problem.kind()).isEqualTo(ProblemKind.SYNTAX);
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isGreaterThan(20_000);
        assertThat(problem.message()).contains("a NUL byte (0x00) inside a string");
    }

    /** The loader and docs/model-schema.json agree on what an offset may be written as. */
    @ParameterizedTest(name = "start {0}, end {1}: valid {2}")
    @CsvSource({"0, 20, true", "0.0, 20.0, true", "0e5, 2e1, true", "0, 2.0E1, true", "-0.0, 20, true",
        "0.5, 20, false", "0, 20.000001, false", "-1, 20, false", "0, 3000000000, false", "0, 1e10, false"})
    void theLoaderAndTheSchemaAgreeOnOffsets(String start, String end, boolean valid) throws IOException {
        String json = Files.readString(BASE, StandardCharsets.UTF_8)
                .replace("\"start\": 0, \"end\": 20", "\"start\": " + start + ", \"end\": " + end);
        assertThat(json).contains("\"start\": " + start);
        boolean loaderAccepts = loader.load(json.getBytes(StandardCharsets.UTF_8), "m.json").isValid();
        boolean schemaAccepts;
        try (InputStream in = ProblemMessagesTest.class.getResourceAsStream("/org/parallax/io/model-schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            schemaAccepts = schema.validate(new ObjectMapper().readTree(json)).isEmpty();
        }

        assertThat(loaderAccepts).as("the loader accepts it").isEqualTo(valid);
        assertThat(schemaAccepts).as("the schema accepts it").isEqualTo(valid);
    }
}
