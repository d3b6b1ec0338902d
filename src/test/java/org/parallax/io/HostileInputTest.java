package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs too big or too strange to commit: built here, each must give one clear, located problem. */
class HostileInputTest {
    private static final Path BASE = Path.of("src/test/resources/models/bad-model-base.json");

    private final ModelLoader loader = new ModelLoader();

    private static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] baseWithTitle(byte[] titleBytes) throws IOException {
        String base = Files.readString(BASE, StandardCharsets.UTF_8);
        int at = base.indexOf("\"Chips\"") + 1;
        return concat(base.substring(0, at), titleBytes, base.substring(at + "Chips".length()));
    }

    @Test
    void aFiftyMegabyteStringIsTooLargeAndReportedWhereTheStringStarts() {
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        // {"schemaVersion": 1, "title": "   : the string's opening quote is character 31
        byte[] json = concat("{\"schemaVersion\": 1, \"title\": \"", huge, "\"}");

        LoadResult result = loader.load(json, "huge.json");

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.TOO_LARGE);
            assertThat(problem.path()).isEqualTo("$.title");
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.column()).isEqualTo(31);
        });
    }

    @Test
    void aStringJustOverOneMegabyteIsTooLargeButOneOfExactlyTheLimitIsNot() {
        String limit = "b".repeat(ModelLoader.MAX_STRING_LENGTH);

        LoadResult over = loader.load(("{\"title\": \"" + limit + "b\"}").getBytes(StandardCharsets.UTF_8), "m.json");
        LoadResult at = loader.load(("{\"title\": \"" + limit + "\"}").getBytes(StandardCharsets.UTF_8), "m.json");

        assertThat(over.problems()).extracting(Problem::kind).containsExactly(ProblemKind.TOO_LARGE);
        assertThat(at.problems()).extracting(Problem::kind).doesNotContain(ProblemKind.TOO_LARGE)
                .contains(ProblemKind.MISSING);
    }

    @Test
    void tenThousandDeepNestingStopsAtTheDepthLimit() {
        String deep = "{\"title\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        LoadResult result = loader.load(deep.getBytes(StandardCharsets.UTF_8), "deep.json");

        // A title must be a string (reported at the first "[", column 11); skipping the array then hits the limit.
        assertThat(result.problems()).extracting(Problem::kind)
                .containsExactly(ProblemKind.TYPE, ProblemKind.TOO_LARGE);
        assertThat(result.problems().get(0).column()).isEqualTo(11);
        assertThat(result.problems().get(1)).satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.TOO_LARGE);
            assertThat(problem.path()).isEqualTo("$.title");
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("nesting deeper than 100");
        });
    }

    @Test
    void aPngImageIsNamedAsSuch() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        LoadResult result = loader.load(png, "picture.json");

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.ENCODING);
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.column()).isEqualTo(1);
            assertThat(problem.message()).isEqualTo("not a Parallax model: this file is a PNG image");
        });
    }

    @Test
    void otherBinaryDataIsNotAModelEither() {
        byte[] binary = {'{', 1, 2, 0, 3, 4};

        assertThat(loader.load(binary, "blob.json").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("binary data"));
    }

    @Test
    void anInvalidUtf8ByteIsReportedAtItsLineAndColumn() throws IOException {
        // line 19 of the base is `      "title": "Chips",`: 18 characters precede the C of Chips' 3rd letter
        byte[] json = baseWithTitle(new byte[] {'C', 'h', (byte) 0xFF, 'p', 's'});

        LoadResult result = loader.load(json, "latin.json");

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.ENCODING);
            assertThat(problem.line()).isEqualTo(19);
            assertThat(problem.column()).isEqualTo(19);
            assertThat(problem.message()).contains("0xFF");
        });
    }

    @Test
    void anOverlongUtf8EncodingIsInvalidToo() throws IOException {
        byte[] json = baseWithTitle(new byte[] {'C', 'h', (byte) 0xC0, (byte) 0xAF, 's'}); // "/" encoded in 2 bytes

        assertThat(loader.load(json, "overlong.json").problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.ENCODING);
            assertThat(problem.line()).isEqualTo(19);
            assertThat(problem.column()).isEqualTo(19);
        });
    }

    @Test
    void validUtf8BeyondAsciiLoads() throws IOException {
        byte[] json = baseWithTitle("Chïps 🚀".getBytes(StandardCharsets.UTF_8));

        LoadResult result = loader.load(json, "ok.json");

        assertThat(result.problems()).isEmpty();
        assertThat(result.model().points().get(0).title()).isEqualTo("Chïps 🚀");
    }

    @Test
    void aFileBeyondTheDocumentLimitIsRefusedWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path sparse = dir.resolve("enormous.json");
        try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
            file.setLength(ModelLoader.MAX_DOCUMENT_BYTES + 1); // sparse: no 200 MB written to disk
        }

        LoadResult result = loader.load(sparse);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.TOO_LARGE);
            assertThat(problem.message()).contains(String.valueOf(ModelLoader.MAX_DOCUMENT_BYTES + 1));
        });
    }

    @Test
    void aMissingFileIsAnIoProblem(@TempDir Path dir) {
        LoadResult result = loader.load(dir.resolve("absent.json"));

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.IO);
            assertThat(problem.message()).isEqualTo("no such file");
        });
    }
}
