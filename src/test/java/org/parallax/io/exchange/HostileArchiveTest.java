package org.parallax.io.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives and XML built to attack an importer: each is refused or reported by name, and nothing lands outside. */
class HostileArchiveTest {
    @TempDir
    Path dir;

    private static final String SOURCE = "0b0b0b0b-0000-4000-8000-000000000001";
    private static final String CODE = "0c0c0c0c-0000-4000-8000-000000000001";

    private static String project(String plainTextPath, String codeRef) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"hostile\">\n"
                + "<CodeBook><Codes><Code guid=\"0a0a0a0a-0000-4000-8000-000000000001\" name=\"Theme\" isCodable=\"true\">"
                + "<Code guid=\"" + CODE + "\" name=\"Point\" isCodable=\"true\"/></Code></Codes></CodeBook>\n"
                + "<Sources><TextSource guid=\"" + SOURCE + "\" name=\"Doc\" plainTextPath=\"" + plainTextPath + "\">"
                + "<PlainTextSelection guid=\"5e5e5e5e-0000-4000-8000-000000000001\" name=\"hello\" startPosition=\"0\""
                + " endPosition=\"5\"><Coding guid=\"c0c0c0c0-0000-4000-8000-000000000001\">"
                + "<CodeRef targetGUID=\"" + codeRef + "\"/></Coding></PlainTextSelection>"
                + "</TextSource></Sources></Project>\n";
    }

    private Path target() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        return out.resolve("model.json");
    }

    @Test
    void entriesThatClimbOutOrAreAbsoluteAreListedAndNeverWritten() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", Archives.utf8(project("internal://" + SOURCE + ".txt", CODE)));
        entries.put("sources/" + SOURCE + ".txt", Archives.utf8("hello world"));
        entries.put("../evil.txt", Archives.utf8("escaped"));
        entries.put("/tmp/absolute-evil.txt", Archives.utf8("escaped"));
        entries.put("sources/../../evil2.txt", Archives.utf8("escaped"));
        ImportResult result = new RefiImporter().importFile(Archives.of(dir.resolve("a.qdpx"), entries));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("\"../evil.txt\""))
                .anySatisfy(p -> assertThat(p).contains("\"/tmp/absolute-evil.txt\""))
                .anySatisfy(p -> assertThat(p).contains("\"sources/../../evil2.txt\""));
        assertThat(result.model().quoteCount()).isEqualTo(1);
        new ImportWriter().write(result, target(), false);
        assertThat(filesUnder(dir)).containsExactlyInAnyOrder("a.qdpx", "out/model.json", "out/sources/doc.txt");
    }

    @Test
    void aTextPathThatClimbsOutIsRefusedAndItsSelectionsReported() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", Archives.utf8(project("internal://../../../etc/passwd", CODE)));
        ImportResult result = new RefiImporter().importFile(Archives.of(dir.resolve("b.qdpx"), entries));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains(SOURCE).contains("leaves the archive"))
                .anySatisfy(p -> assertThat(p).contains("5e5e5e5e-0000-4000-8000-000000000001").contains("no text"));
        assertThat(result.texts()).isEmpty();
    }

    @Test
    void absoluteAndRelativeSourcePathsAreNotFollowed() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", Archives.utf8(project("absolute:///etc/hostname", CODE)));
        ImportResult result = new RefiImporter().importFile(Archives.of(dir.resolve("c.qdpx"), entries));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("absolute:///etc/hostname")
                .contains("outside the archive"));
        assertThat(result.texts()).isEmpty();
    }

    @Test
    void aZipBombStopsAtTheByteBound() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", Archives.utf8(project("internal://" + SOURCE + ".txt", CODE)));
        entries.put("sources/" + SOURCE + ".txt", new byte[8 << 20]); // 8 MB of zeros deflate to a few KB
        Path bomb = Archives.of(dir.resolve("bomb.qdpx"), entries);
        assertThat(Files.size(bomb)).isLessThan(64 << 10);
        RefiImporter bounded = new RefiImporter(new RefiReader(1 << 20, 1000));
        assertThatThrownBy(() -> bounded.importFile(bomb)).isInstanceOf(ImportError.class)
                .hasMessageContaining("sources/" + SOURCE + ".txt").hasMessageContaining("zip bomb");
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            entries.put("junk" + i, new byte[1]);
        }
        RefiImporter bounded = new RefiImporter(new RefiReader(1 << 20, 10));
        Path many = Archives.of(dir.resolve("many.qdpx"), entries);
        assertThatThrownBy(() -> bounded.importFile(many)).isInstanceOf(ImportError.class)
                .hasMessageContaining("more than 10 entries");
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>\n";
        Path archive = Archives.of(dir.resolve("xxe.qdpx"), Map.of("project.qde", Archives.utf8(xxe)));
        assertThatThrownBy(() -> new RefiImporter().importFile(archive)).isInstanceOf(ImportError.class)
                .hasMessageContaining("project.qde:2:").hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&lol2;\"/>\n";
        Path file = dir.resolve("laughs.qde");
        Files.writeString(file, laughs);
        assertThatThrownBy(() -> new RefiImporter().importFile(file)).isInstanceOf(ImportError.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void aNamespaceErrorNamesTheAttributeAsWrittenNotAsTheParserRecordsIt() throws Exception {
        Path file = dir.resolve("empty-prefix.qde");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" xmlns:x=\"\"/>\n");
        assertThatThrownBy(() -> new RefiImporter().importFile(file)).isInstanceOf(ImportError.class)
                .hasMessageContaining("empty-prefix.qde:2:").hasMessageContaining("\"xmlns:x\"")
                .hasMessageNotContaining("localpart").hasMessageNotContaining("rawname");
    }

    @Test
    void aMissingSourceFileIsReportedByNameAndGuid() throws Exception {
        Path archive = Archives.of(dir.resolve("missing.qdpx"),
                Map.of("project.qde", Archives.utf8(project("internal://" + SOURCE + ".txt", CODE))));
        ImportResult result = new RefiImporter().importFile(archive);
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("\"Doc\"").contains(SOURCE)
                .contains("missing from the archive"));
        assertThat(result.model().sources()).singleElement().satisfies(s -> assertThat(s.file()).isNull());
        assertThat(result.isEmpty()).isFalse();
    }

    @Test
    void guidsThatPointNowhereAreReported() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", Archives.utf8(project("internal://" + SOURCE + ".txt",
                "deadbeef-0000-4000-8000-000000000000")));
        entries.put("sources/" + SOURCE + ".txt", Archives.utf8("hello world"));
        ImportResult result = new RefiImporter().importFile(Archives.of(dir.resolve("nowhere.qdpx"), entries));
        assertThat(result.problems()).singleElement().asString()
                .contains("5e5e5e5e-0000-4000-8000-000000000001").contains("deadbeef-0000-4000-8000-000000000000");
        assertThat(result.model().quoteCount()).isZero();
    }

    @Test
    void filesThatAreNotRefiQdaGetAClearError() throws Exception {
        Path json = dir.resolve("model.json");
        Files.writeString(json, "{\"schemaVersion\": 1}");
        assertThatThrownBy(() -> new RefiImporter().importFile(json)).isInstanceOf(ImportError.class)
                .hasMessageContaining("is not a REFI-QDA file");
        Path zip = Archives.of(dir.resolve("photos.qdpx"), Map.of("photo.jpg", new byte[] {1, 2, 3}));
        assertThatThrownBy(() -> new RefiImporter().importFile(zip)).isInstanceOf(ImportError.class)
                .hasMessageContaining("not a REFI-QDA project").hasMessageContaining("no project.qde");
        Path html = dir.resolve("page.qde");
        Files.writeString(html, "<html><body>hi</body></html>");
        assertThatThrownBy(() -> new RefiImporter().importFile(html)).isInstanceOf(ImportError.class)
                .hasMessageContaining("root element is <html>");
        Path broken = dir.resolve("broken.qdpx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThatThrownBy(() -> new RefiImporter().importFile(broken)).isInstanceOf(ImportError.class)
                .hasMessageContaining("broken.qdpx");
        assertThatThrownBy(() -> new RefiImporter().importFile(dir.resolve("absent.qdpx")))
                .isInstanceOf(ImportError.class).hasMessageContaining("does not exist");
    }

    private static java.util.List<String> filesUnder(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
