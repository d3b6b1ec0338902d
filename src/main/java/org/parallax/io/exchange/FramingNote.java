package org.parallax.io.exchange;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parallax.model.Certainty;
import org.parallax.model.Framing;
import org.parallax.model.Stance;

/**
 * A framing's stance, certainty, speaker, frame and note as the text of a REFI-QDA note that each of its
 * selections refers to: {@code Stance: advantage}, {@code Certainty: hedged}, {@code Speaker: editor},
 * {@code Frame: ...}, {@code Note: ...} one per line, absent fields left out. A line that starts with none of the keys continues the field before it,
 * so a multi-line value reads back whole. Readable in MAXQDA, ATLAS.ti and QualCoder as a memo.
 */
public record FramingNote(Stance stance, Certainty certainty, String speaker, String frame, String note) {
    static final String STANCE = "Stance";
    static final String CERTAINTY = "Certainty";
    static final String SPEAKER = "Speaker";
    static final String FRAME = "Frame";
    static final String NOTE = "Note";
    private static final String[] KEYS = {STANCE, CERTAINTY, SPEAKER, FRAME, NOTE};
    static final FramingNote NONE = new FramingNote(null, null, null, null, null);

    public static FramingNote of(Framing framing) {
        return new FramingNote(framing.stance(), framing.certainty(), framing.speaker(), framing.frame(),
                framing.note());
    }

    public boolean isEmpty() {
        return stance == null && certainty == null && speaker == null && frame == null && note == null;
    }

    public String format() {
        StringBuilder text = new StringBuilder();
        line(text, STANCE, stance == null ? null : stance.id());
        line(text, CERTAINTY, certainty == null ? null : certainty.id());
        line(text, SPEAKER, speaker);
        line(text, FRAME, frame);
        line(text, NOTE, note);
        return text.toString();
    }

    private static void line(StringBuilder text, String key, String value) {
        if (value != null) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(key).append(": ").append(value);
        }
    }

    /** Reads the note back; unknown stance or certainty words are left out (a hand-edited note). */
    public static FramingNote parse(String content) {
        Map<String, StringBuilder> fields = new LinkedHashMap<>();
        StringBuilder current = null;
        if (content != null) {
            boolean inNote = false;
            for (String line : content.split("\n", -1)) {
                String key = inNote ? null : keyOf(line); // the note comes last and keeps every line it has
                inNote |= NOTE.equals(key);
                if (key != null) {
                    current = new StringBuilder(line.substring(key.length() + 2));
                    fields.put(key, current);
                } else if (current != null) {
                    current.append('\n').append(line);
                }
            }
        }
        return new FramingNote(
                Stance.fromId(value(fields, STANCE)).orElse(null),
                Certainty.fromId(value(fields, CERTAINTY)).orElse(null),
                value(fields, SPEAKER), value(fields, FRAME), value(fields, NOTE));
    }

    private static String keyOf(String line) {
        for (String key : KEYS) {
            if (line.startsWith(key + ": ")) {
                return key;
            }
        }
        return null;
    }

    private static String value(Map<String, StringBuilder> fields, String key) {
        StringBuilder value = fields.get(key);
        return value == null ? null : value.toString();
    }
}
