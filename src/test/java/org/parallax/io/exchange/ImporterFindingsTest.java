package org.parallax.io.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Ids;
import org.parallax.model.Model;
import org.parallax.model.Side;

/**
 * What fuzzing the importers found (ImporterFuzzTest, decision 0150), each as the smallest file that showed it:
 * every one crashed the import or gave an invalid model before its fix.
 */
class ImporterFindingsTest {
    private static final String GUID_S = "0b0b0b0b-0000-4000-8000-000000000001";

    @TempDir
    Path dir;

    /** The Parallax export of the exchange fixtures, unpacked. */
    private static Map<String, byte[]> export() throws IOException {
        byte[] archive = ExchangeFixtures.qdpx(ExchangeFixtures.model(), ExchangeFixtures.texts());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void aSideIdInTheIdentityNoteThatIsNotASlugIsMadeFromTheSidesName() throws Exception {
        Map<String, byte[]> entries = export();
        String guid = RefiQda.guid("side", "ruritania");
        String project = text(entries.get("project.qde"));
        assertThat(project).contains("side " + guid + " ruritania");
        entries.put("project.qde", Archives.utf8(project.replace("side " + guid + " ruritania",
                "side " + guid + " Ruri#tania!")));

        ImportResult result = new RefiImporter().importFile(Archives.of(dir.resolve("side.qdpx"), entries));

        assertThat(result.model().sides()).extracting(Side::id).allMatch(Ids::isSlug)
                .contains("ruritania", "elbonia");
        Model model = ImportChecks.writeAndValidate(result, dir);
        assertThat(model.quoteCount()).isEqualTo(ExchangeFixtures.model().quoteCount());
    }

    @Test
    void aBackslashInTheProjectEntrysNameIsAFolderNotACrash() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("sub\\project.qde", Archives.utf8(ImporterFuzzTest.project("internal://" + GUID_S + ".txt")));
        Path file = Archives.of(dir.resolve("backslash.qdpx"), entries);

        assertThatThrownBy(() -> new RefiImporter().importFile(file)).isInstanceOf(ImportError.class)
                .hasMessageContaining("backslash.qdpx").hasMessageContaining("holds no project.qde");
    }

    @Test
    void aBackslashInATopLevelQdeOrTextEntryIsRead() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Tool Export.QDE", Archives.utf8(ImporterFuzzTest.project("internal://" + GUID_S + ".txt")));
        entries.put("Sources\\" + GUID_S + ".txt", Archives.utf8("hello world"));

        ImportResult result = new RefiImporter().importFile(Archives.of(dir.resolve("windows.qdpx"), entries));

        assertThat(result.problems()).isEmpty();
        assertThat(ImportChecks.writeAndValidate(result, dir).quoteCount()).isEqualTo(1);
    }

    @Test
    void twoSourcesWithOneGuidImportTheFirstAndReportTheSecond() throws Exception {
        String project = ImporterFuzzTest.project("internal://" + GUID_S + ".txt");
        String second = "<TextSource guid=\"{" + GUID_S.toUpperCase(java.util.Locale.ROOT) + "}\" name=\"Copy\""
                + " plainTextPath=\"internal://" + GUID_S + ".txt\"/>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", Archives.utf8(project.replace("</Sources>", second + "</Sources>")));
        entries.put("sources/" + GUID_S + ".txt", Archives.utf8("hello world"));

        ImportResult result = new RefiImporter().importFile(Archives.of(dir.resolve("twice.qdpx"), entries));

        assertThat(result.model().sources()).hasSize(1);
        assertThat(result.problems()).anySatisfy(problem -> assertThat(problem).contains("\"Copy\"")
                .contains(GUID_S).contains("same GUID"));
        assertThat(ImportChecks.writeAndValidate(result, dir).quoteCount()).isEqualTo(1);
    }

    @Test
    void xmlNestedFourThousandDeepIsRefusedNamingTheFileAndTheLimit() throws Exception {
        String deep = "<Project xmlns=\"urn:QDA-XML:project:1.0\"><CodeBook><Codes>"
                + "<Code guid=\"x\" name=\"a\">".repeat(4_000) + "</Code>".repeat(4_000) + "</Codes></CodeBook></Project>";
        Path file = java.nio.file.Files.writeString(dir.resolve("deep.qde"), deep);

        assertThatThrownBy(() -> new RefiImporter().importFile(file)).isInstanceOf(ImportError.class)
                .hasMessageContaining("deep.qde").hasMessageContaining("elements nested deeper than 200 levels")
                .hasMessageNotContaining("JAXP").hasMessageNotContaining("jdk.xml");
    }

    @Test
    void nestingWithinTheLimitStillImports() throws Exception {
        String deep = "<Project xmlns=\"urn:QDA-XML:project:1.0\"><CodeBook><Codes>"
                + "<Code guid=\"g\" name=\"a\">".repeat(150) + "</Code>".repeat(150) + "</Codes></CodeBook></Project>";
        Path file = java.nio.file.Files.writeString(dir.resolve("nested.qde"), deep);

        ImportResult result = new RefiImporter().importFile(file);

        assertThat(result.model().points()).hasSize(149);
        ImportChecks.writeAndValidate(result, dir);
    }
}
