package org.parallax.io.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.parallax.model.Framing;

/**
 * The report as a Word document (Apache POI XWPF, the library the spreadsheet uses): the same content as the HTML
 * report ({@link ReportContent}), each point a heading, its claims, then a table with one column per article
 * (stance and certainty, frame, speaker and note, the quotes with their citations), and the coverage matrix as a
 * last table. Headings are bold sized runs rather than Word styles, which a new document does not define.
 */
public final class DocxReport {
    private DocxReport() {
    }

    public static void write(ReportContent report, OutputStream out) throws IOException {
        PoiLogging.quiet();
        try (XWPFDocument document = new XWPFDocument()) {
            heading(document, report.title(), 20);
            plain(document, report.quoteCount() + (report.quoteCount() == 1 ? " quote" : " quotes") + " on "
                    + report.sections().size() + (report.sections().size() == 1 ? " point" : " points")
                    + ", each article's framing side by side.", false);
            for (ReportContent.Section section : report.sections()) {
                heading(document, section.point().title(), 15);
                if (section.theme() != null) {
                    plain(document, "Theme: " + section.theme().label(), true);
                }
                for (ReportContent.Claim claim : section.claims()) {
                    XWPFParagraph paragraph = document.createParagraph();
                    XWPFRun side = paragraph.createRun();
                    side.setBold(true);
                    side.setText(claim.side() + ": ");
                    paragraph.createRun().setText(claim.text());
                }
                framings(document, section.blocks());
            }
            heading(document, "Coverage", 15);
            plain(document, "Quotes each article gives each point; silent: the article was read and does not make"
                    + " the point (a blind spot); no text: the work is not in the corpus.", true);
            if (report.coverage().sourcesLeftOut() > 0) {
                plain(document, report.coverage().sourcesLeftOut() + " more sources are not shown (the cited sources"
                        + " come first).", true);
            }
            coverage(document, report.coverage());
            document.write(out);
        }
    }

    private static void framings(XWPFDocument document, List<ReportContent.Block> blocks) {
        XWPFTable table = document.createTable(1, blocks.size());
        table.setWidth("100%");
        for (int b = 0; b < blocks.size(); b++) {
            ReportContent.Block block = blocks.get(b);
            Framing framing = block.framing();
            XWPFTableCell cell = table.getRow(0).getCell(b);
            XWPFParagraph name = cell.getParagraphs().get(0);
            XWPFRun run = name.createRun();
            run.setBold(true);
            run.setText(block.sourceName());
            List<String> facts = new ArrayList<>();
            if (framing.stance() != null) {
                facts.add("stance: " + framing.stance().id());
            }
            if (framing.certainty() != null) {
                facts.add("certainty: " + framing.certainty().id());
            }
            if (!facts.isEmpty()) {
                cellText(cell, String.join(" · ", facts), false, true);
            }
            if (framing.frame() != null) {
                cellText(cell, "Frame: " + framing.frame(), false, false);
            }
            if (framing.speaker() != null) {
                cellText(cell, "Speaker: " + framing.speaker(), false, false);
            }
            if (framing.note() != null) {
                cellText(cell, "Note: " + framing.note(), false, false);
            }
            for (ReportContent.CitedQuote quote : block.quotes()) {
                cellText(cell, "“" + quote.text() + "”", true, false);
                cellText(cell, quote.citation(), false, true);
            }
        }
        document.createParagraph();
    }

    private static void cellText(XWPFTableCell cell, String text, boolean italic, boolean small) {
        XWPFRun run = cell.addParagraph().createRun();
        run.setItalic(italic);
        if (small) {
            run.setFontSize(8);
        }
        lines(run, text);
    }

    private static void coverage(XWPFDocument document, CoverageMatrix coverage) {
        XWPFTable table = document.createTable(coverage.points().size() + 1, coverage.sources().size() + 1);
        table.getRow(0).getCell(0).setText("Point");
        for (int s = 0; s < coverage.sources().size(); s++) {
            table.getRow(0).getCell(s + 1).setText(coverage.sources().get(s).shortName());
        }
        for (int p = 0; p < coverage.points().size(); p++) {
            table.getRow(p + 1).getCell(0).setText(coverage.points().get(p).title());
            for (int s = 0; s < coverage.sources().size(); s++) {
                table.getRow(p + 1).getCell(s + 1).setText(coverage.cell(p, s).text());
            }
        }
    }

    private static void heading(XWPFDocument document, String text, int size) {
        XWPFRun run = document.createParagraph().createRun();
        run.setBold(true);
        run.setFontSize(size);
        lines(run, text);
    }

    private static void plain(XWPFDocument document, String text, boolean muted) {
        XWPFRun run = document.createParagraph().createRun();
        if (muted) {
            run.setColor("5F6368");
        }
        lines(run, text);
    }

    /** Text with its line breaks kept as breaks (a run's text cannot hold a newline). */
    private static void lines(XWPFRun run, String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }
}
