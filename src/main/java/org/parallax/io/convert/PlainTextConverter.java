package org.parallax.io.convert;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Plain text (and the text of Markdown before it is parsed): strictly UTF-8. A file in another encoding, or not
 * text at all, is refused with a message saying what it looks like; nothing is guessed, because a wrong guess
 * would put wrong characters in the stored article and every offset after them.
 */
final class PlainTextConverter implements FormatConverter {
    private static final int SNIFF_WINDOW = 8192;

    @Override
    public String toText(byte[] bytes) throws Rejected {
        return decode(bytes);
    }

    static String decode(byte[] bytes) throws Rejected {
        String looksLike = notText(bytes);
        if (looksLike != null) {
            throw new Rejected("it is not plain text: it looks like " + looksLike);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            int at = firstInvalid(bytes);
            throw new Rejected("it is not UTF-8 text (byte " + at + " is 0x"
                    + String.format("%02X", bytes[at] & 0xFF) + "; " + guess(bytes)
                    + "): save it as UTF-8 and add it again");
        }
    }

    /** What the bytes look like when they are clearly not UTF-8 text; null when they may be. */
    static String notText(byte[] bytes) {
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return "a PDF document (rename it .pdf)";
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return "a ZIP archive or an office document (a .docx is added as .docx)";
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old binary office document (.doc): save it as .docx";
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, 0xFF, 0xD8, 0xFF)
                || startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "an image";
        }
        if (startsWith(bytes, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return "UTF-16 text (save it as UTF-8)";
        }
        int window = Math.min(bytes.length, SNIFF_WINDOW);
        int controls = 0;
        for (int i = 0; i < window; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return "binary data (it contains NUL bytes)";
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (window > 0 && controls * 20 > window) {
            return "binary data (" + controls + " control bytes in its first " + window + ")";
        }
        return null;
    }

    private static String guess(byte[] bytes) {
        int high = 0;
        for (byte b : bytes) {
            if ((b & 0x80) != 0) {
                high++;
            }
        }
        return high > 0 ? "probably Windows-1252 or ISO-8859-1" : "an unknown encoding";
    }

    private static int firstInvalid(byte[] bytes) {
        return org.parallax.io.convert.Utf8Scan.firstInvalidByte(bytes);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
