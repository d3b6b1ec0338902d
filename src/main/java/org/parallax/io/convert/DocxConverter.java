package org.parallax.io.convert;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

    /** A class name ending in {@code :} as a wrapping exception's message begins: {@code java.io.IOException: }. */
    private static final Pattern CLASS_PREFIX = Pattern.compile("(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*:\\s*");
    /** Any Java class name left: qualified, or a simple name ending in Exception or Error. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|com|org|net)\\.[a-z0-9_]+\\.|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b");

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

    /**
     * Why a library could not read a file, in words fit for a user: the first line of its message without the
     * Java class names libraries put in front when they wrap a cause ({@code org.apache...InvalidFormatException:
     * Failed to parse relationships} reads {@code Failed to parse relationships}); a message that is nothing but a
     * class name, or none, says the file is damaged.
     */
    static String reason(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "its structure is nested too deeply to read";
        }
        if (failure instanceof OutOfMemoryError) {
            return "reading it needs more memory than Parallax was given";
        }
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        message = message.lines().findFirst().orElse("");
        message = CLASS_PREFIX.matcher(message).replaceAll("").strip();
        if (message.isEmpty() || CLASS_NAME.matcher(message).find()) {
            return "the file is damaged";
        }
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }
}
