package org.parallax.io.convert;

import java.text.Normalizer;

/**
 * The one shape every converted article takes before it is stored: NFC, {@code \n} line ends, no BOM, no control
 * characters but newline and tab, no trailing spaces on a line, at most one blank line between paragraphs, and
 * one newline at the end. The stored text is what quote offsets count in, so it is fixed here once.
 */
final class TextCleanup {
    private TextCleanup() {
    }

    static String clean(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n')
                .replace('\u2028', '\n').replace('\u2029', '\n');
        StringBuilder out = new StringBuilder(text.length());
        int blankRun = 0;
        for (String line : text.split("\n", -1)) {
            String kept = stripControls(line).stripTrailing();
            if (kept.isBlank()) {
                blankRun++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blankRun > 0 ? "\n\n" : "\n");
            }
            out.append(kept);
            blankRun = 0;
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        // NFC last: a control character removed above may have stood between a letter and its accent, which only
        // now compose (fuzzing found "e", U+0001, U+0301 stored as two code points; decision 0150)
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static String stripControls(String line) {
        StringBuilder kept = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\uFEFF';
            if (control) {
                if (kept == null) {
                    kept = new StringBuilder(line.substring(0, i));
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? line : kept.toString();
    }
}
