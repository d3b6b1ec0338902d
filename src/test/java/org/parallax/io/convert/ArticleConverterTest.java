package org.parallax.io.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleConverterTest {
    @TempDir
    Path folder;

    private final ArticleConverter converter = new ArticleConverter();

    private String converted(Path file) {
        Conversion conversion = converter.convert(file);
        assertThat(conversion).as(String.valueOf(conversion)).isInstanceOf(Conversion.Converted.class);
        return ((Conversion.Converted) conversion).text();
    }

    private String refused(Path file) {
        Conversion conversion = converter.convert(file);
        assertThat(conversion).as(String.valueOf(conversion)).isInstanceOf(Conversion.Refused.class);
        String message = ((Conversion.Refused) conversion).message();
        assertThat(message).contains(file.getFileName().toString()).contains("nothing was added");
        return message;
    }

    @Test
    void plainTextKeepsItsWordsWithUnixLineEndsAndNoBom() throws IOException {
        Path file = ArticleFiles.write(folder, "a.txt",
                "\uFEFFTitle line\r\n\r\n\r\nFirst para\u00E9 \uD83D\uDE00 emoji.   \r\nSecond line.\r\n".getBytes(
                        StandardCharsets.UTF_8));
        assertThat(converted(file)).isEqualTo("Title line\n\nFirst para\u00E9 \uD83D\uDE00 emoji.\nSecond line.\n");
    }

    @Test
    void markdownLosesItsMarkupButKeepsParagraphs() throws IOException {
        Path file = ArticleFiles.write(folder, "a.md", ("# The heading\n\nSome *emphasised* text with a "
                + "[link](https://example.org).\n\n- item one\n- item two\n").getBytes(StandardCharsets.UTF_8));
        assertThat(converted(file)).isEqualTo(
                "The heading\n\nSome emphasised text with a link.\n\nitem one\n\nitem two\n");
    }

    @Test
    void htmlGivesOneParagraphPerBlockWithoutScriptsOrStyles() throws IOException {
        Path file = ArticleFiles.write(folder, "a.html", ("<html><head><title>T</title><style>p{}</style></head>"
                + "<body><script>var x = 1;</script><h1>Head &amp; line</h1><p>One   <b>bold</b>\n word.</p>"
                + "<div>Two<br>Three</div><ul><li>Four</li></ul></body></html>").getBytes(StandardCharsets.UTF_8));
        assertThat(converted(file)).isEqualTo("Head & line\n\nOne bold word.\n\nTwo\n\nThree\n\nFour\n");
    }

    @Test
    void htmlInLatin1DeclaredByItsMetaIsDecodedRight() throws IOException {
        Path file = ArticleFiles.write(folder, "b.htm", ("<html><head><meta charset=\"ISO-8859-1\"></head>"
                + "<body><p>Caf\u00E9 na\u00EFve</p></body></html>").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(converted(file)).isEqualTo("Caf\u00E9 na\u00EFve\n");
    }

    @Test
    void docxGivesItsParagraphsAndTableCells() throws IOException {
        Path file = ArticleFiles.write(folder, "a.docx",
                ArticleFiles.docx(List.of("First paragraph.", "", "Second \u2014 paragraph."), "In a cell."));
        assertThat(converted(file)).isEqualTo("First paragraph.\n\nSecond \u2014 paragraph.\n\nIn a cell.\n");
    }

    @Test
    void pdfGivesItsTextWithPagesAsParagraphs() throws IOException {
        Path file = ArticleFiles.write(folder, "a.pdf", ArticleFiles.pdf(List.of(
                List.of("Labs in Beijing are close together."), List.of("A second page of text."))));
        String text = converted(file);
        assertThat(text).contains("Labs in Beijing are close together.").contains("A second page of text.");
        assertThat(text.indexOf("Beijing")).isLessThan(text.indexOf("second page"));
        assertThat(text).contains("\n\n").endsWith("\n");
    }

    @Test
    void aDamagedPdfIsRefused() throws IOException {
        byte[] pdf = ArticleFiles.pdf(List.of(List.of("Some text.")));
        byte[] damaged = Arrays.copyOf(pdf, 40);
        assertThat(refused(ArticleFiles.write(folder, "broken.pdf", damaged))).contains("not a readable PDF");
        byte[] garbage = "%PDF-1.7\nthis is not a pdf at all \u0001\u0002".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refused(ArticleFiles.write(folder, "garbage.pdf", garbage))).contains("PDF");
    }

    @Test
    void aPdfWithoutTextIsRefused() throws IOException {
        byte[] blank = ArticleFiles.pdf(List.of(List.of()));
        assertThat(refused(ArticleFiles.write(folder, "scan.pdf", blank))).contains("no text layer");
    }

    @Test
    void aDamagedDocxIsRefused() throws IOException {
        byte[] docx = ArticleFiles.docx(List.of("Some text."), null);
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        assertThat(refused(ArticleFiles.write(folder, "broken.docx", truncated))).contains("Word document");
        assertThat(refused(ArticleFiles.write(folder, "text.docx", "plain words".getBytes(StandardCharsets.UTF_8))))
                .contains("Word document");
    }

    @Test
    void binaryDataRenamedTxtIsRefused() throws IOException {
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        assertThat(refused(ArticleFiles.write(folder, "image.txt", binary))).contains("not plain text");
        byte[] pdf = ArticleFiles.pdf(List.of(List.of("Some text.")));
        assertThat(refused(ArticleFiles.write(folder, "renamed.txt", pdf))).contains("a PDF document");
    }

    @Test
    void anEmptyOrBlankFileIsRefused() throws IOException {
        assertThat(refused(ArticleFiles.write(folder, "empty.txt", new byte[0]))).contains("empty");
        assertThat(refused(ArticleFiles.write(folder, "blank.md", " \n\n \t\n".getBytes(StandardCharsets.UTF_8))))
                .contains("no text");
        assertThat(refused(ArticleFiles.write(folder, "empty.html",
                "<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8)))).contains("no text");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutBeingRead() throws IOException {
        Path huge = folder.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(200L * 1024 * 1024); // 200 MB of holes: nothing is written, nothing should be read
        }
        assertThat(refused(huge)).contains("200.0 MB").contains("limit of 32.0 MB");
        Path pdf = folder.resolve("huge.pdf");
        Files.move(huge, pdf);
        assertThat(refused(pdf)).contains("over the limit");
    }

    @Test
    void textInAnotherEncodingIsRefusedNamingTheByte() throws IOException {
        Path latin1 = ArticleFiles.write(folder, "latin1.txt",
                "Caf\u00E9 society in Beijing".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(refused(latin1)).contains("not UTF-8").contains("byte 3").contains("0xE9").contains("Windows-1252");
        Path utf16 = ArticleFiles.write(folder, "utf16.txt", "Some text".getBytes(StandardCharsets.UTF_16));
        assertThat(refused(utf16)).contains("UTF-16");
        Path mdLatin1 = ArticleFiles.write(folder, "latin1.md", "# Caf\u00E9".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(refused(mdLatin1)).contains("not UTF-8");
    }

    @Test
    void unknownExtensionsAndMissingFilesAreRefused() throws IOException {
        assertThat(refused(ArticleFiles.write(folder, "a.rtf", "{\\rtf1}".getBytes(StandardCharsets.UTF_8))))
                .contains(".docx");
        assertThat(refused(folder.resolve("absent.txt"))).contains("no such file");
    }

    @Test
    void formatsAreKnownByExtensionIgnoringCase() {
        assertThat(ArticleFormat.ofFileName("A.PDF")).contains(ArticleFormat.PDF);
        assertThat(ArticleFormat.ofFileName("notes.markdown")).contains(ArticleFormat.MARKDOWN);
        assertThat(ArticleFormat.ofFileName("README")).isEmpty();
    }
}
