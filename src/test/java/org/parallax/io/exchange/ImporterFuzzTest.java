package org.parallax.io.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.fuzz.JazzerRun;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
import org.parallax.io.ModelWriter;
import org.parallax.io.SourceFolder;
import org.parallax.io.SourceText;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Source;

/**
 * Coverage-guided fuzzing (Jazzer) of the REFI-QDA importers: .qdpx archives, bare .qdc/.qde XML, and archives
 * assembled from fuzzed entry names and contents (decision 0150).
 *
 * <p>An input's first byte picks how the rest is read: 0 the bytes of a file named {@code .qdpx}; 1 the bytes of a
 * bare {@code .qde}; 2 a zip built from {@code NAME\0CONTENT\0NAME\0CONTENT...}, so entry names are fuzzed as
 * well as contents. The property: the import either refuses with an {@link ImportError} whose message names the
 * file and carries no Java class name or stack trace, or gives a model that is valid when written and read back,
 * whose texts have safe names and checksums, and whose quotes are verbatim in them; problems are worded as plainly.
 * Anything else thrown, or a hang, is a finding.
 *
 * <p>In {@code mvn verify} {@link #importer} replays the seeds (the ATLAS.ti, MAXQDA and QualCoder-style projects of
 * the tests, a Parallax export, hostile archives and XML) and every finding kept in
 * src/test/resources/org/parallax/io/exchange/ImporterFuzzTestInputs/importer; then
 * {@link #aShortCoverageGuidedRunFindsNothing} fuzzes for {@code -Dparallax.fuzz.seconds} (default 5). The long run
 * is in docs/testing.md.
 */
class ImporterFuzzTest {
    static final String NAME = "fuzz-input";
    private static final Path INPUTS = Path.of("src/test/resources/org/parallax/io/exchange/ImporterFuzzTestInputs"
            + "/importer");
    private static final String GUID_A = "0a0a0a0a-0000-4000-8000-000000000001";
    private static final String GUID_S = "0b0b0b0b-0000-4000-8000-000000000001";
    private static final String GUID_C = "0c0c0c0c-0000-4000-8000-000000000001";
    private static Path work;

    /** Jazzer's driver entry point. */
    public static void fuzzerTestOneInput(byte[] input) {
        try {
            Path file = write(input);
            if (file != null) {
                checkImport(file, input);
            }
        } catch (IOException harness) {
            throw new UncheckedIOException(harness);
        }
    }

    /** Writes the input as the file to import; null when a mode 2 input builds no archive. */
    static Path write(byte[] input) throws IOException {
        if (work == null) {
            Path shm = Path.of("/dev/shm");
            work = Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "parallax-fuzz") : Files.createTempDirectory("parallax-fuzz");
            work.toFile().deleteOnExit();
        }
        int mode = input.length == 0 ? 0 : (input[0] & 0xFF) % 3;
        byte[] payload = input.length == 0 ? input : java.util.Arrays.copyOfRange(input, 1, input.length);
        Path file = work.resolve(NAME + (mode == 1 ? ".qde" : ".qdpx"));
        if (mode == 2) {
            payload = zip(payload);
        }
        Files.write(file, payload);
        file.toFile().deleteOnExit();
        return file;
    }

    /** A zip of the entries {@code NAME\0CONTENT\0...}; names a zip cannot hold (duplicates, too long) are left out. */
    static byte[] zip(byte[] payload) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= payload.length; i++) {
            if (i == payload.length || payload[i] == 0) {
                parts.add(java.util.Arrays.copyOfRange(payload, from, i));
                from = i + 1;
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i + 1 < parts.size(); i += 2) {
                String name = new String(parts.get(i), StandardCharsets.UTF_8);
                try {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(parts.get(i + 1));
                    zip.closeEntry();
                } catch (ZipException | IllegalArgumentException notAnEntry) {
                    // a duplicate or an over-long name: the zip writer refuses it, so the archive leaves it out
                }
            }
        }
        return bytes.toByteArray();
    }

    static byte[] entries(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(2);
        boolean first = true;
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (!first) {
                out.write(0);
            }
            out.writeBytes(entry.getKey().getBytes(StandardCharsets.UTF_8));
            out.write(0);
            out.writeBytes(entry.getValue());
            first = false;
        }
        return out.toByteArray();
    }

    /** The property every import must keep (see the class comment). */
    static void checkImport(Path file, byte[] input) {
        ImportResult result;
        try {
            result = new RefiImporter(new RefiReader(16L << 20, 10_000)).importFile(file);
        } catch (ImportError refused) {
            JazzerRun.checkMessage(refused.getMessage(), NAME, input);
            return;
        }
        for (String said : result.problems()) {
            JazzerRun.checkMessage(said, null, input);
        }
        for (String said : result.notices()) {
            JazzerRun.checkMessage(said, null, input);
        }
        Model model = result.model();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try {
            new ModelWriter().write(model, json);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        LoadResult loaded = new ModelLoader().load(json.toByteArray(), "imported.json");
        if (!loaded.isValid() || !loaded.problems().isEmpty()) {
            throw new AssertionError("the imported model is not valid: " + loaded.problems());
        }
        Map<String, byte[]> stored = new HashMap<>();
        for (ImportedText text : result.texts()) {
            if (!text.fileName().matches("[A-Za-z0-9][A-Za-z0-9._-]*") || text.fileName().contains("..")) {
                throw new AssertionError("an unsafe text file name: " + text.fileName());
            }
            if (stored.put(text.fileName().toLowerCase(java.util.Locale.ROOT), text.bytes()) != null) {
                throw new AssertionError("two texts stored as " + text.fileName());
            }
        }
        Map<String, SourceText> texts = new HashMap<>();
        for (Source source : model.sources()) {
            if (source.file() == null) {
                continue;
            }
            byte[] bytes = stored.get(source.file().toLowerCase(java.util.Locale.ROOT));
            if (bytes == null || !SourceFolder.sha256(bytes).equals(source.sha256())) {
                throw new AssertionError("source " + source.id() + ": its text " + source.file()
                        + " is not stored with its checksum");
            }
            String decoded = new String(bytes, StandardCharsets.UTF_8);
            texts.put(source.id(), new SourceText(decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded));
        }
        for (Point point : model.points()) {
            for (Framing framing : point.framings()) {
                SourceText text = texts.get(framing.source());
                for (Quote quote : framing.quotes()) {
                    if (text == null || !text.matches(quote.start(), quote.end(), quote.text())) {
                        throw new AssertionError("point " + point.id() + ", source " + framing.source()
                                + ": quote \"" + quote.text() + "\" is not at [" + quote.start() + ", " + quote.end()
                                + ") of its stored text");
                    }
                }
            }
        }
    }

    static Stream<Arguments> seeds() throws IOException, URISyntaxException {
        return seedBytes().stream().map(seed -> Arguments.of((Object) seed));
    }

    /** The tools' projects three ways, a Parallax export and codebook, and hostile archives and XML. */
    static List<byte[]> seedBytes() throws IOException, URISyntaxException {
        List<byte[]> seeds = new ArrayList<>();
        for (String tool : List.of("atlas", "maxqda", "qualcoder")) {
            Map<String, byte[]> files = toolFiles(tool);
            seeds.add(JazzerRun.prefixed(0, zipOf(files)));
            seeds.add(JazzerRun.prefixed(1, files.get("project.qde")));
            seeds.add(entries(files));
        }
        byte[] export = ExchangeFixtures.qdpx(ExchangeFixtures.model(), ExchangeFixtures.texts());
        seeds.add(JazzerRun.prefixed(0, export));
        seeds.add(entries(unzip(export)));
        ByteArrayOutputStream codebook = new ByteArrayOutputStream();
        QdpxWriter.writeCodebook(ExchangeFixtures.model(), codebook);
        seeds.add(JazzerRun.prefixed(1, codebook.toByteArray()));
        for (byte[] hostile : hostile()) {
            seeds.add(hostile);
        }
        return seeds;
    }

    private static List<byte[]> hostile() {
        List<byte[]> seeds = new ArrayList<>();
        String text = "hello world";
        Map<String, byte[]> slip = new LinkedHashMap<>();
        slip.put("project.qde", utf8(project("internal://" + GUID_S + ".txt")));
        slip.put("sources/" + GUID_S + ".txt", utf8(text));
        slip.put("../evil.txt", utf8("escaped"));
        slip.put("/tmp/absolute-evil.txt", utf8("escaped"));
        slip.put("C:\\evil.txt", utf8("escaped"));
        seeds.add(entries(slip));
        Map<String, byte[]> outside = new LinkedHashMap<>();
        outside.put("project.qde", utf8(project("internal://../../../etc/passwd")));
        seeds.add(entries(outside));
        Map<String, byte[]> absolute = new LinkedHashMap<>();
        absolute.put("Project.QDE", utf8(project("absolute:///etc/hostname")));
        seeds.add(entries(absolute));
        Map<String, byte[]> latin1 = new LinkedHashMap<>();
        latin1.put("other.qde", utf8(project("internal://" + GUID_S + ".txt")));
        latin1.put("Sources/" + GUID_S + ".txt", "h\u00e9llo world".getBytes(StandardCharsets.ISO_8859_1));
        seeds.add(entries(latin1));
        seeds.add(JazzerRun.prefixed(1, utf8("<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>")));
        seeds.add(JazzerRun.prefixed(1, utf8("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><Project xmlns=\"urn:QDA-XML:project:1.0\""
                + " name=\"&b;\"/>")));
        seeds.add(JazzerRun.prefixed(1, utf8("<Project xmlns=\"urn:QDA-XML:project:1.0\"><CodeBook><Codes>"
                + "<Code guid=\"x\" name=\"a\">".repeat(300) + "</Code>".repeat(300) + "</Codes></CodeBook></Project>")));
        seeds.add(JazzerRun.prefixed(1, utf8("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"" + GUID_A
                + "\" name=\"Theme\"/><Code guid=\"{" + GUID_A.toUpperCase(java.util.Locale.ROOT)
                + "}\" name=\"Theme\"/></Codes></CodeBook>")));
        seeds.add(JazzerRun.prefixed(1, utf8("<html><body>not refi</body></html>")));
        seeds.add(JazzerRun.prefixed(0, new byte[] {'P', 'K', 3, 4, 0, 0}));
        seeds.add(JazzerRun.prefixed(0, new byte[0]));
        return seeds;
    }

    static String project(String plainTextPath) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"hostile\">\n"
                + "<CodeBook><Codes><Code guid=\"" + GUID_A + "\" name=\"Theme\" isCodable=\"true\">"
                + "<Code guid=\"" + GUID_C + "\" name=\"Point\" isCodable=\"true\"/></Code></Codes></CodeBook>\n"
                + "<Sources><TextSource guid=\"" + GUID_S + "\" name=\"Doc\" plainTextPath=\"" + plainTextPath + "\">"
                + "<PlainTextSelection guid=\"5e5e5e5e-0000-4000-8000-000000000001\" name=\"hello\" startPosition=\"0\""
                + " endPosition=\"5\"><Coding guid=\"c0c0c0c0-0000-4000-8000-000000000001\">"
                + "<CodeRef targetGUID=\"" + GUID_C + "\"/></Coding></PlainTextSelection>"
                + "</TextSource></Sources></Project>\n";
    }

    private static Map<String, byte[]> toolFiles(String tool) throws IOException, URISyntaxException {
        Path root = Path.of(ImporterFuzzTest.class.getResource("tools/" + tool).toURI());
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static byte[] zipOf(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "30s")
    void importer(byte[] input) {
        fuzzerTestOneInput(input);
    }

    @Test
    void theSeedsReachTheImporterEveryWay() throws Exception {
        List<byte[]> seeds = seedBytes();
        long imported = 0;
        for (byte[] seed : seeds) {
            Path file = write(seed);
            try {
                imported += new RefiImporter().importFile(file).model().quoteCount() > 0 ? 1 : 0;
            } catch (ImportError refused) {
                // hostile seeds are refused; the count below says enough of the others import
            }
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(20);
        assertThat(imported).as("seeds that import with quotes").isGreaterThanOrEqualTo(9);
    }

    @Test
    void aShortCoverageGuidedRunFindsNothing(@TempDir Path dir) throws Exception {
        JazzerRun.Outcome run = JazzerRun.run(ImporterFuzzTest.class, dir, seedBytes(), "org.parallax.**",
                JazzerRun.seconds(5), 65_536, 10, INPUTS);

        assertThat(run.finished()).as("Jazzer finished within its time").isTrue();
        assertThat(run.findings()).as("crashes or hangs found (kept in " + INPUTS + "); log:\n" + run.tail())
                .isEmpty();
        assertThat(run.exitCode()).as("Jazzer's exit code; log:\n" + run.tail()).isZero();
        assertThat(run.runs()).as("inputs run; log:\n" + run.tail()).isGreaterThan(0);
    }
}
