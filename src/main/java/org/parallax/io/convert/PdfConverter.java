package org.parallax.io.convert;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF with Apache PDFBox: the text layer in reading order ({@code setSortByPosition}), PDFBox's paragraph breaks
 * kept as blank lines, the lines inside a paragraph joined by a space. A scanned PDF has no text layer and is
 * refused: Parallax does no OCR.
 */
final class PdfConverter implements FormatConverter {
    static {
        QuietLibraries.install();
    }

    private static final String PARAGRAPH_MARK = "\u0000P\u0000";

    @Override
    public String toText(byte[] bytes) throws Rejected {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart(PARAGRAPH_MARK);
            stripper.setPageEnd(PARAGRAPH_MARK);
            String raw = stripper.getText(document);
            StringBuilder text = new StringBuilder();
            for (String paragraph : raw.split(PARAGRAPH_MARK)) {
                String joined = String.join(" ", paragraph.strip().split("\\s*\\n\\s*")).strip();
                if (!joined.isEmpty()) {
                    if (text.length() > 0) {
                        text.append("\n\n");
                    }
                    text.append(joined);
                }
            }
            if (text.length() == 0 && document.getNumberOfPages() > 0) {
                throw new Rejected("the PDF has no text layer (a scanned document?): Parallax does not read images");
            }
            return text.toString();
        } catch (InvalidPasswordException encrypted) {
            throw new Rejected("the PDF is encrypted with a password");
        } catch (IOException | RuntimeException damaged) {
            throw new Rejected("it is not a readable PDF: " + DocxConverter.reason(damaged));
        }
    }
}
