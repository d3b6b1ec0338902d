package org.parallax.io.convert;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Word documents with Apache POI (XWPF): the body's paragraphs and table cells in order, one paragraph each. */
final class DocxConverter implements FormatConverter {
    static {
        QuietLibraries.install();
    }

    @Override
    public String toText(byte[] bytes) throws Rejected {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                collect(element, paragraphs);
            }
            return String.join("\n\n", paragraphs);
        } catch (OLE2NotOfficeXmlFileException oldWord) {
            throw new Rejected("it is an old binary Word document (.doc), not .docx: save it as .docx");
        } catch (IOException | RuntimeException damaged) {
            throw new Rejected("it is not a readable Word document (.docx): " + reason(damaged));
        }
    }

    private static void collect(IBodyElement element, List<String> paragraphs) {
        if (element instanceof XWPFParagraph paragraph) {
            add(paragraph.getText(), paragraphs);
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inCell : cell.getBodyElements()) {
                        collect(inCell, paragraphs);
                    }
                }
            }
        }
    }

    private static void add(String text, List<String> paragraphs) {
        String paragraph = text == null ? "" : text.replace('\u00A0', ' ').strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }

    static String reason(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return "the file is damaged (" + failure.getClass().getSimpleName() + ")";
        }
        message = message.lines().findFirst().orElse(message).strip();
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }
}
