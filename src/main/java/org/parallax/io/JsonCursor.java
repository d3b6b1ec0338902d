package org.parallax.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;

/**
 * Typed reading over a streaming parser that reports instead of throwing: a value of the wrong type, a
 * missing or unknown field becomes a located problem and the cursor skips to the next value, so one pass
 * finds every problem. Only malformed JSON and exceeded limits stop the pass (the parser cannot go on).
 */
final class JsonCursor {
    /** Reads the value of field {@code index}; the parser is on the value's first token, never on null. */
    @FunctionalInterface
    interface FieldReader {
        void read(int index) throws IOException;
    }

    /** Reads array element {@code index}; the parser is on the element's first token. */
    @FunctionalInterface
    interface ElementReader {
        void read(int index) throws IOException;
    }

    /** A string that broke a size limit; carries where the string starts. */
    static final class StringTooLong extends IOException {
        private static final long serialVersionUID = 1L;
        final transient JsonLocation at;

        StringTooLong(StreamConstraintsException cause, JsonLocation at) {
            super(cause.getOriginalMessage(), cause);
            this.at = at;
        }
    }

    final JsonParser json;
    final JsonPath path = new JsonPath();
    final Problems problems;

    JsonCursor(JsonParser json, Problems problems) {
        this.json = json;
        this.problems = problems;
    }

    JsonLocation here() {
        return json.currentTokenLocation();
    }

    void report(ProblemKind kind, String message) {
        problems.add(kind, here(), path.toString(), message);
    }

    /**
     * Reads an object field by field. Unknown fields are reported (with a did-you-mean) and skipped, a field
     * given twice is reported, a null optional field is skipped, a null or absent required one is reported.
     * Returns false (after reporting) when the value is not an object.
     */
    boolean object(Fields fields, FieldReader reader) throws IOException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            typeMismatch("an object");
            return false;
        }
        JsonLocation start = here();
        long seen = 0;
        String name;
        while ((name = json.nextFieldName()) != null) {
            int index = fields.indexOf(name);
            if (index < 0) {
                problems.add(ProblemKind.UNKNOWN_FIELD, here(), path.child(name),
                        "unknown field \"" + name + "\"" + DidYouMean.hint(name, fields.names()));
                json.nextToken();
                json.skipChildren();
                continue;
            }
            if ((seen & (1L << index)) != 0) {
                problems.add(ProblemKind.SYNTAX, here(), path.child(name),
                        "field \"" + name + "\" appears twice in this object");
                json.nextToken();
                json.skipChildren();
                continue;
            }
            seen |= 1L << index;
            path.enterField(name);
            if (json.nextToken() == JsonToken.VALUE_NULL) {
                if (fields.isRequired(index)) {
                    report(ProblemKind.MISSING, "required field \"" + name + "\" is null");
                }
            } else {
                reader.read(index);
            }
            path.leave();
        }
        for (int index = 0; index < fields.size(); index++) {
            if (fields.isRequired(index) && (seen & (1L << index)) == 0) {
                problems.add(ProblemKind.MISSING, start, path.child(fields.name(index)),
                        "required field \"" + fields.name(index) + "\" is missing");
            }
        }
        return true;
    }

    /** Reads an array element by element; returns the element count, or -1 (reported) when not an array. */
    int array(ElementReader reader) throws IOException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            typeMismatch("an array");
            return -1;
        }
        int index = 0;
        while (json.nextToken() != JsonToken.END_ARRAY) {
            path.enterIndex(index);
            reader.read(index);
            path.leave();
            index++;
        }
        return index;
    }

    /** The string value, or null (reported) when the value is not a string. */
    String string() throws IOException {
        if (json.currentToken() != JsonToken.VALUE_STRING) {
            typeMismatch("a string");
            return null;
        }
        JsonLocation start = here();
        try {
            return json.getText();
        } catch (StreamConstraintsException tooLong) {
            throw new StringTooLong(tooLong, start);
        }
    }

    /** A string that must not be empty or blank; reported (kind empty) and returned as null when it is. */
    String text() throws IOException {
        String value = string();
        if (value != null && value.isBlank()) {
            report(ProblemKind.EMPTY, "must not be empty");
            return null;
        }
        return value;
    }

    /** The whole-number value, or null (reported) when it is not a whole number that fits an int. */
    Integer integer() throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (json.getNumberType() == JsonParser.NumberType.INT) {
                return json.getIntValue();
            }
            report(ProblemKind.RANGE, json.getText() + " is too large (at most " + Integer.MAX_VALUE + ")");
            return null;
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            // 6005.0 and 6.005e3 are whole numbers, as JSON Schema's "integer" (docs/model-schema.json) has them
            java.math.BigDecimal value = json.getDecimalValue();
            if (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0) {
                if (value.compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                        || value.compareTo(java.math.BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
                    report(ProblemKind.RANGE, json.getText() + " is too large (at most " + Integer.MAX_VALUE + ")");
                    return null;
                }
                return value.intValue();
            }
            report(ProblemKind.TYPE, "expected a whole number, found " + json.getText());
            return null;
        }
        typeMismatch("a whole number");
        return null;
    }

    /** Reports that the value is not of the expected type and skips it whole. */
    void typeMismatch(String expected) throws IOException {
        report(ProblemKind.TYPE, "expected " + expected + ", found " + describe(json.currentToken()));
        json.skipChildren();
    }

    private String describe(JsonToken token) throws IOException {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + json.getText();
            case VALUE_TRUE, VALUE_FALSE -> json.getText();
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }
}
