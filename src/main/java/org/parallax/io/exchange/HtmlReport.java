package org.parallax.io.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.parallax.model.Framing;

/**
 * The report as one self-contained HTML file: the style inlined (no scripts, fonts or images fetched), one section
 * per point with each article's framing side by side (a grid of cards that wraps, and prints with no card split
 * over two pages), each quote with its citation, then the coverage matrix. Every text is escaped; only
 * {@code http(s)} urls become links.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static void write(ReportContent report, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<meta name=\"generator\" content=\"Parallax\">\n<title>" + esc(report.title()) + "</title>\n");
        out.write("<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        out.write("<header><h1>" + esc(report.title()) + "</h1>\n<p class=\"summary\">" + report.quoteCount()
                + (report.quoteCount() == 1 ? " quote" : " quotes") + " on " + report.sections().size()
                + (report.sections().size() == 1 ? " point" : " points") + ", each article's framing side by side."
                + "</p></header>\n<main>\n");
        for (ReportContent.Section section : report.sections()) {
            writeSection(section, out);
        }
        writeCoverage(report.coverage(), out);
        out.write("</main>\n</body>\n</html>\n");
    }

    private static void writeSection(ReportContent.Section section, Writer out) throws IOException {
        out.write("<section class=\"point\" id=\"point-" + esc(section.point().id()) + "\">\n");
        out.write("<h2>" + esc(section.point().title()) + "</h2>\n");
        if (section.theme() != null) {
            out.write("<p class=\"theme\">" + esc(section.theme().label()) + "</p>\n");
        }
        if (!section.claims().isEmpty()) {
            out.write("<ul class=\"claims\">\n");
            for (ReportContent.Claim claim : section.claims()) {
                out.write("<li><strong>" + esc(claim.side()) + ":</strong> " + esc(claim.text()) + "</li>\n");
            }
            out.write("</ul>\n");
        }
        out.write("<div class=\"framings\">\n");
        for (ReportContent.Block block : section.blocks()) {
            Framing framing = block.framing();
            out.write("<article class=\"framing\">\n<h3>" + esc(block.sourceName()) + "</h3>\n<dl>\n");
            term(out, "Stance", framing.stance() == null ? null : framing.stance().id());
            term(out, "Certainty", framing.certainty() == null ? null : framing.certainty().id());
            term(out, "Frame", framing.frame());
            term(out, "Speaker", framing.speaker());
            term(out, "Note", framing.note());
            out.write("</dl>\n");
            for (ReportContent.CitedQuote quote : block.quotes()) {
                out.write("<blockquote><p>" + esc(quote.text()) + "</p><cite>" + citation(quote) + "</cite></blockquote>\n");
            }
            out.write("</article>\n");
        }
        out.write("</div>\n</section>\n");
    }

    private static String citation(ReportContent.CitedQuote quote) {
        String text = esc(quote.citation());
        String url = quote.url();
        if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
            String escaped = esc(url);
            text = text.replace(escaped, "<a href=\"" + escaped + "\">" + escaped + "</a>");
        }
        return text;
    }

    private static void term(Writer out, String name, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            out.write("<dt>" + name + "</dt><dd>" + esc(value) + "</dd>\n");
        }
    }

    private static void writeCoverage(CoverageMatrix coverage, Writer out) throws IOException {
        out.write("<section class=\"coverage\" id=\"coverage\">\n<h2>Coverage</h2>\n");
        out.write("<p class=\"meta\">Quotes each article gives each point; <em>silent</em>: the article was read and"
                + " does not make the point (a blind spot); <em>no text</em>: the work is not in the corpus.</p>\n");
        if (coverage.sourcesLeftOut() > 0) {
            out.write("<p class=\"meta\">" + coverage.sourcesLeftOut() + " more sources are not shown (the cited sources"
                    + " come first).</p>\n");
        }
        out.write("<table class=\"coverage\">\n<thead><tr><th scope=\"col\">Point</th>");
        for (var source : coverage.sources()) {
            out.write("<th scope=\"col\" title=\"" + esc(source.title()) + "\">" + esc(source.shortName()) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (int p = 0; p < coverage.points().size(); p++) {
            out.write("<tr><th scope=\"row\">" + esc(coverage.points().get(p).title()) + "</th>");
            for (int s = 0; s < coverage.sources().size(); s++) {
                CoverageMatrix.Cell cell = coverage.cell(p, s);
                String kind = cell.makesPoint() ? "made" : cell == CoverageMatrix.Cell.SILENT ? "silent" : "no-text";
                out.write("<td class=\"" + kind + "\">" + esc(cell.text()) + "</td>");
            }
            out.write("</tr>\n");
        }
        out.write("</tbody>\n</table>\n</section>\n");
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static final String STYLE = loadStyle();

    private static String loadStyle() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }
}
