package org.parallax.io.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.fuzz.JazzerRun;

/**
 * Coverage-guided fuzzing (Jazzer) of the article converters: plain text, Markdown, HTML, DOCX and PDF (decision
 * 0150). An input's first byte picks the format ({@code % 5}: txt, md, html, docx, pdf), the rest is the file.
 *
 * <p>The property: a conversion is either refused with a message naming the file, with no Java class name or
 * stack trace in it, or gives text in the one shape {@link TextCleanup} promises (no BOM, {@code \n} line ends, no
 * control characters but tab, at most one blank line between paragraphs, one newline at the end, NFC), which
 * cleaning again leaves as it is (quote offsets count in it). Anything thrown, or a hang, is a finding; so is a
 * conversion that gives another format than asked.
 *
 * <p>In {@code mvn verify} {@link #converter} replays the seeds (a small valid file of each kind and a few hostile
 * ones) and every finding kept in src/test/resources/org/parallax/io/convert/ConverterFuzzTestInputs/converter;
 * {@link #aShortCoverageGuidedRunFindsNothing} then fuzzes for {@code -Dparallax.fuzz.seconds} (default 5),
 * with coverage taken from Parallax and the parsing libraries. The long run is in docs/testing.md.
 */
class ConverterFuzzTest {
    static final String NAME = "fuzz-input";
    static final String[] EXTENSIONS = {"txt", "md", "html", "docx", "pdf"};
    private static final Path INPUTS = Path.of("src/test/resources/org/parallax/io/convert/ConverterFuzzTestInputs"
            + "/converter");
    private static final String LIBRARIES = "org.parallax.**:org.jsoup.**:org.commonmark.**:org.apache.pdfbox.**"
            + ":org.apache.fontbox.**:org.apache.poi.**";
    private static final ArticleConverter CONVERTER = new ArticleConverter(4L << 20);

    /** Jazzer's driver entry point. */
    public static void fuzzerTestOneInput(byte[] input) {
        String extension = EXTENSIONS[input.length == 0 ? 0 : (input[0] & 0xFF) % EXTENSIONS.length];
        byte[] file = input.length == 0 ? input : java.util.Arrays.copyOfRange(input, 1, input.length);
        check(NAME + "." + extension, file, input);
    }

    static void check(String fileName, byte[] file, byte[] input) {
        Conversion conversion = CONVERTER.convert(fileName, file);
        if (conversion instanceof Conversion.Refused refused) {
            JazzerRun.checkMessage(refused.message(), fileName, input);
            return;
        }
        Conversion.Converted converted = (Conversion.Converted) conversion;
        if (!ArticleFormat.ofFileName(fileName).orElseThrow().equals(converted.format())) {
            throw new AssertionError(fileName + " converted as " + converted.format());
        }
        String text = converted.text();
        String shape = shapeProblem(text);
        if (shape != null) {
            throw new AssertionError("converted text " + shape + ": " + abbreviate(text));
        }
    }

    /** What is wrong with the shape of a converted text; null when nothing. */
    static String shapeProblem(String text) {
        if (text.isBlank()) {
            return "is blank";
        }
        if (!text.endsWith("\n") || text.endsWith("\n\n")) {
            return "does not end with one newline";
        }
        if (text.contains("\n\n\n")) {
            return "has two blank lines in a row";
        }
        if (text.contains(" \n") || text.contains("\t\n")) {
            return "has a line ending in a space";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\uFEFF') {
                return "holds the control character U+" + String.format("%04X", (int) c) + " at " + i;
            }
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return "is not in NFC";
        }
        if (!TextCleanup.clean(text).equals(text)) {
            return "changes when cleaned again";
        }
        return null;
    }

    private static String abbreviate(String text) {
        String shown = text.length() > 300 ? text.substring(0, 300) + "..." : text;
        return shown.replace("\n", "\\n").replace("\r", "\\r");
    }

    static Stream<Arguments> seeds() throws IOException {
        return seedBytes().stream().map(seed -> Arguments.of((Object) seed));
    }

    /** A small valid file of each kind, and a few hostile ones. */
    static List<byte[]> seedBytes() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(JazzerRun.prefixed(0, utf8("\uFEFFTitle line\r\n\r\n\r\nFirst para\u00E9 \uD83D\uDE00 emoji.   \r\n"
                + "Second line.\tTabbed\u2028third\r\n")));
        seeds.add(JazzerRun.prefixed(0, "Caf\u00e9 in Latin-1".getBytes(StandardCharsets.ISO_8859_1)));
        seeds.add(JazzerRun.prefixed(0, utf8("e\u0301 combining, \u212B angstrom, \uFB01 ligature\n")));
        seeds.add(JazzerRun.prefixed(1, utf8("# The heading\n\nSome *emphasised* text with a [link](https://example.org).\n\n"
                + "- item one\n- item two\n\n> quoted\n\n```\ncode  kept\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")));
        seeds.add(JazzerRun.prefixed(1, utf8(">".repeat(500) + " deep quote\n\n" + "- ".repeat(300) + "deep list\n")));
        seeds.add(JazzerRun.prefixed(2, utf8("<html><head><title>T</title><style>p{}</style></head><body><script>var x = 1;"
                + "</script><h1>Head &amp; line</h1><p>One   <b>bold</b>\n word.</p><div>Two<br>Three</div>"
                + "<ul><li>Four</li></ul><pre>  kept\n  lines</pre><table><tr><td>cell</td></tr></table></body></html>")));
        seeds.add(JazzerRun.prefixed(2, ("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9</p></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1)));
        seeds.add(JazzerRun.prefixed(2, utf8("<div>".repeat(2_000) + "deep" + "</div>".repeat(2_000))));
        seeds.add(JazzerRun.prefixed(3, ArticleFiles.docx(List.of("First paragraph of the article.", "Second, with \u00e9."),
                "A table cell")));
        seeds.add(JazzerRun.prefixed(4, ArticleFiles.pdf(List.of(List.of("First line of a paragraph", "and its second line"),
                List.of("Page two.")))));
        seeds.add(JazzerRun.prefixed(4, utf8("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R"
                + " >>\n%%EOF\n")));
        seeds.add(JazzerRun.prefixed(3, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}));
        return seeds;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "30s")
    void converter(byte[] input) {
        fuzzerTestOneInput(input);
    }

    @Test
    void theSeedsReachEveryConverter() throws IOException {
        List<String> converted = new ArrayList<>();
        for (byte[] seed : seedBytes()) {
            String fileName = NAME + "." + EXTENSIONS[seed[0] % EXTENSIONS.length];
            if (CONVERTER.convert(fileName, java.util.Arrays.copyOfRange(seed, 1, seed.length)).isConverted()) {
                converted.add(fileName);
            }
        }
        assertThat(converted).contains(NAME + ".txt", NAME + ".md", NAME + ".html", NAME + ".docx", NAME + ".pdf");
    }

    @Test
    void aShortCoverageGuidedRunFindsNothing(@TempDir Path dir) throws Exception {
        JazzerRun.Outcome run = JazzerRun.run(ConverterFuzzTest.class, dir, seedBytes(), LIBRARIES,
                JazzerRun.seconds(5), 65_536, 10, INPUTS);

        assertThat(run.finished()).as("Jazzer finished within its time").isTrue();
        assertThat(run.findings()).as("crashes or hangs found (kept in " + INPUTS + "); log:\n" + run.tail())
                .isEmpty();
        assertThat(run.exitCode()).as("Jazzer's exit code; log:\n" + run.tail()).isZero();
        assertThat(run.runs()).as("inputs run; log:\n" + run.tail()).isGreaterThan(0);
    }
}
