package org.parallax.io;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON library's syntax messages in the words of someone editing a model. Jackson writes for programmers
 * ("Unexpected end-of-input in VALUE_STRING", "enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"); each
 * message it can give on a model is matched here and said plainly, with what belongs at that place. A message not
 * matched keeps Jackson's words, with its location and feature advice removed (issue 18, defect 9).
 */
final class JsonMessages {
    /** Jackson's "('x' (code 120))" or "((CTRL-CHAR, code 0))". */
    private static final String CHARACTER = "\\((?:'(?<ch>.{1,2})'|\\(CTRL-CHAR)(?: \\(|, )code (?<code>\\d+)\\)\\)";
    private static final Pattern SOURCE = Pattern.compile(
            "\\[Source: [^;\\]]*(?:;[^\\]]*?line: (\\d+)[^\\]]*)?\\]");
    private static final String PREFIX = "malformed JSON: ";

    private record Rule(Pattern pattern, Function<Matcher, String> say) {
        Rule(String regex, Function<Matcher, String> say) {
            this(Pattern.compile(regex, Pattern.DOTALL), say);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("Unexpected end-of-input in VALUE_STRING.*",
                    m -> "the file ends inside a string: its closing \" is missing (is the file cut short?)"),
            new Rule("Unexpected end-of-input (?:in field name|: was expecting closing '\"' for name).*",
                    m -> "the file ends inside a field name (is the file cut short?)"),
            new Rule("Unexpected end-of-input: expected close marker for Array \\(start marker at line (\\d+)\\).*",
                    m -> "the file ends before the list opened on line " + m.group(1) + " is closed with ]"
                            + " (is the file cut short?)"),
            new Rule("Unexpected end-of-input: expected close marker for Object \\(start marker at line (\\d+)\\).*",
                    m -> "the file ends before the object opened on line " + m.group(1) + " is closed with }"
                            + " (is the file cut short?)"),
            new Rule("Unexpected end-of-input within/between Array entries.*",
                    m -> "the file ends inside a list: a value, a ',' or the closing ] is missing"
                            + " (is the file cut short?)"),
            new Rule("Unexpected end-of-input within/between Object entries.*",
                    m -> "the file ends inside an object: a field, a ',' or the closing } is missing"
                            + " (is the file cut short?)"),
            new Rule("Unexpected end-of-input.*", m -> "the file ends too early (is it cut short?)"),
            new Rule("Illegal character " + CHARACTER + ": only regular white space.*",
                    m -> character(m) + " between values: only spaces, tabs and line breaks may stand there"),
            new Rule("Illegal unquoted character " + CHARACTER + ": has to be escaped.*in (string value|name).*",
                    m -> character(m) + " inside a " + (m.group(3).equals("name") ? "field name" : "string")
                            + ": write a line break as \\n, a tab as \\t, other control characters as \\u00XX"),
            new Rule("Invalid numeric value: Leading zeroes not allowed.*",
                    m -> "a number with a leading zero: write 7, not 07"),
            new Rule("Non-standard token '([^']*)'.*",
                    m -> "'" + m.group(1) + "' is not a JSON number: JSON has no NaN or Infinity"),
            new Rule("Unexpected character " + CHARACTER + " in numeric value: Exponent indicator.*",
                    m -> "a number whose exponent has no digits (write 1e3, not 1e)"),
            new Rule("Unexpected character " + CHARACTER + " in numeric value: JSON spec does not allow numbers"
                    + " to have plus signs.*", m -> "a number with a plus sign: JSON numbers have none (write 1)"),
            new Rule("Unexpected character " + CHARACTER + " in numeric value: expected digit.*minus sign.*",
                    m -> "a minus sign followed by " + character(m) + ", not a digit"),
            new Rule("Unexpected character " + CHARACTER + " in numeric value.*",
                    m -> character(m) + " inside a number"),
            new Rule("Unexpected character " + CHARACTER + ": expected a hex-digit for character escape.*",
                    m -> "a \\u escape needs four hex digits; found " + character(m)),
            new Rule("Unexpected character " + CHARACTER + ": maybe a \\(non-standard\\) comment\\?.*",
                    m -> character(m) + " where a value belongs: JSON has no comments"),
            new Rule("Unexpected character " + CHARACTER + ": was expecting a colon to separate field name.*",
                    m -> character(m) + " where a ':' belongs, between a field name and its value"),
            new Rule("Unexpected character " + CHARACTER + ": was expecting comma to separate Array entries.*",
                    m -> character(m) + " where a ',' (or the closing ]) belongs, after an item of a list"),
            new Rule("Unexpected character " + CHARACTER + ": was expecting comma to separate Object entries.*",
                    m -> character(m) + " where a ',' (or the closing }) belongs, after a field: is a comma missing?"),
            new Rule("Unexpected character " + CHARACTER + ": was expecting double-quote to start field name.*",
                    m -> character(m) + " where a field name in double quotes belongs"
                            + (m.group(1) != null && m.group(1).startsWith("'") ? " (single quotes are not JSON)"
                            : m.group(1) != null && m.group(1).equals("}") ? " (a ',' before a '}' is not JSON)"
                            : "")),
            new Rule("Unexpected character " + CHARACTER + ": Expected space separating root-level values.*",
                    m -> character(m) + " right after a value at the top level"),
            new Rule("Unexpected character " + CHARACTER + ".*",
                    m -> character(m) + " where a value belongs: a string in double quotes, a number, an object,"
                            + " a list, true, false or null" + (m.group(1) != null && m.group(1).equals("]")
                            ? " (a ',' before a ']' is not JSON)" : "")),
            new Rule("Unexpected close marker '(.)': expected '(.)' \\(for (Array|Object) starting at line (\\d+)\\).*",
                    m -> "a '" + m.group(1) + "' where the " + (m.group(3).equals("Array") ? "list" : "object")
                            + " opened on line " + m.group(4) + " needs its '" + m.group(2) + "'"),
            new Rule("Unexpected close marker '(.)': expected '(.)' \\(for root.*",
                    m -> "a '" + m.group(1) + "' that closes nothing"),
            new Rule("Unrecognized character escape '(.)' \\(code (\\d+)\\).*",
                    m -> "'\\" + m.group(1) + "' is not a JSON escape (these are: \\\" \\\\"
                            + " \\/ \\b \\f \\n \\r \\t \\uXXXX)"),
            new Rule("Invalid UTF-8 (?:start|middle) byte (0x[0-9a-fA-F]{2}).*",
                    m -> "the byte " + m.group(1) + " is not valid UTF-8 here; save the file as UTF-8"),
            new Rule("Unrecognized token '([^']*)'.*",
                    m -> "'" + m.group(1) + "' is not a JSON value: strings need double quotes, and the only words"
                            + " are true, false and null"));

    private JsonMessages() {
    }

    /** The syntax message for Jackson's original message (without its location). */
    static String syntax(String jackson) {
        String message = SOURCE.matcher(jackson == null ? "" : jackson).replaceAll(match ->
                match.group(1) == null ? "the start" : "line " + match.group(1));
        message = message.replace('\n', ' ').replaceAll("\\s+", " ").trim();
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(message);
            if (matcher.matches()) {
                return PREFIX + rule.say().apply(matcher);
            }
        }
        // not one Jackson gave in our tests: its words, without the advice meant for programmers
        return PREFIX + message.replaceAll(":? ?enable `[^`]*` to allow", "")
                .replaceAll("\\(`StreamReadFeature[^)]*\\)", "").trim();
    }

    /** "'x'", "a NUL byte", "the control character U+0007" for the CHARACTER groups of a match. */
    private static String character(Matcher matcher) {
        String shown = matcher.group("ch");
        int code = Integer.parseInt(matcher.group("code"));
        if (code == 0) {
            return "a NUL byte (0x00)";
        }
        if (code == '\'') {
            return "a single quote (')";
        }
        if (shown == null || code < 0x20) {
            return switch (code) {
                case '\t' -> "a tab";
                case '\n' -> "a line break";
                case '\r' -> "a carriage return";
                default -> String.format(Locale.ROOT, "the control character U+%04X", code);
            };
        }
        return "'" + shown + "'";
    }
}
