package org.parallax.io.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * What fuzzing the article converters found (ConverterFuzzTest, decision 0150), each as the smallest file that
 * showed it; every message here named a Java class before its fix.
 */
class ConverterFindingsTest {
    private static final java.util.regex.Pattern JAVA = java.util.regex.Pattern.compile(
            "\\b(?:java|org|com)\\.[a-z0-9_]+\\.|[A-Z][A-Za-z]*(?:Exception|Error)\\b");
    private final ArticleConverter converter = new ArticleConverter();

    /** A real DOCX with one entry's bytes replaced. */
    private static byte[] docxWith(String entryName, UnaryOperator<byte[]> change) throws IOException {
        byte[] docx = ArticleFiles.docx(List.of("A paragraph."), null);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries).containsKey(entryName);
        entries.put(entryName, change.apply(entries.get(entryName)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry stored = new ZipEntry(entry.getKey());
                if (entry.getKey().equals(entryName)) {
                    // stored, not deflated: the changed part is repetitive, and POI refuses a high ratio as a bomb
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(entry.getValue());
                    stored.setMethod(ZipEntry.STORED);
                    stored.setSize(entry.getValue().length);
                    stored.setCrc(crc.getValue());
                }
                zip.putNextEntry(stored);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private String refused(String fileName, byte[] bytes) {
        Conversion conversion = converter.convert(fileName, bytes);
        assertThat(conversion).as(String.valueOf(conversion)).isInstanceOf(Conversion.Refused.class);
        return ((Conversion.Refused) conversion).message();
    }

    @Test
    void aDocxWithBrokenRelationshipsIsRefusedWithoutNamingAJavaClass() throws IOException {
        // the file Jazzer made (a DOCX whose relationships part is damaged), kept as the fuzz test's input
        byte[] input;
        try (var in = getClass().getResourceAsStream("ConverterFuzzTestInputs/converter/found-crash-docx-relationships")) {
            input = in.readAllBytes();
        }
        assertThat(ConverterFuzzTest.EXTENSIONS[input[0] % 5]).isEqualTo("docx");

        String message = refused("broken.docx", java.util.Arrays.copyOfRange(input, 1, input.length));

        assertThat(message).isEqualTo("broken.docx: it is not a readable Word document (.docx): Failed to parse"
                + " relationships; nothing was added");
    }

    @Test
    void aDocxNestedThousandsDeepIsRefusedWithoutNamingAJavaClass() throws IOException {
        byte[] docx = docxWith("word/document.xml", xml -> {
            String text = new String(xml, StandardCharsets.UTF_8);
            int body = text.indexOf("<w:body>") + "<w:body>".length();
            String deep = "<w:sdt><w:sdtContent>".repeat(4_000) + "</w:sdtContent></w:sdt>".repeat(4_000);
            return (text.substring(0, body) + deep + text.substring(body)).getBytes(StandardCharsets.UTF_8);
        });

        String message = refused("deep.docx", docx);

        assertThat(message).isEqualTo("deep.docx: it cannot be read as Word document: its structure is nested too"
                + " deeply to read; nothing was added").doesNotContainPattern(JAVA);
    }

    @Test
    void aControlCharacterBetweenALetterAndItsAccentLeavesTheTextInNfc() {
        // Jazzer's input: "e", U+0001, U+0004, U+0301 (a combining acute); the controls went after NFC had run
        byte[] text = "e\u0001\u0004\u0301 combining, \u212B angstrom, \uFB01 ligature\n"
                .getBytes(StandardCharsets.UTF_8);

        for (String name : List.of("a.txt", "a.md", "a.html")) {
            Conversion conversion = converter.convert(name, text);

            assertThat(conversion).as(name).isEqualTo(new Conversion.Converted(ArticleFormat.ofFileName(name)
                    .orElseThrow(), "\u00E9 combining, \u00C5 angstrom, \uFB01 ligature\n"));
        }
        assertThat(TextCleanup.clean("e\u0001\u0301\n")).isEqualTo(TextCleanup.clean(TextCleanup.clean("e\u0001\u0301\n")));
    }

    @Test
    void aFailureWithoutAMessageSaysTheFileIsDamagedNotItsClass() {
        assertThat(DocxConverter.reason(new NullPointerException())).isEqualTo("the file is damaged");
        assertThat(DocxConverter.reason(new IllegalStateException("java.util.zip.ZipException: invalid stored block"
                + " lengths\n\tat java.base/java.util.zip.Inflater.inflate"))).isEqualTo("invalid stored block lengths");
        assertThat(DocxConverter.reason(new RuntimeException("org.apache.xmlbeans.XmlException")))
                .isEqualTo("the file is damaged");
        assertThat(DocxConverter.reason(new StackOverflowError())).isEqualTo("its structure is nested too deeply to read");
    }
}
