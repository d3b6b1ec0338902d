package org.parallax.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parallax.io.References.Target;
import org.parallax.model.Certainty;
import org.parallax.model.Framing;
import org.parallax.model.Ids;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;
import org.parallax.model.Side;
import org.parallax.model.Source;
import org.parallax.model.SourceKind;
import org.parallax.model.Stance;
import org.parallax.model.Theme;

/**
 * Reads one model file in a single streaming pass, building the model records and collecting every
 * problem with its location and JSON path. The format's rules live here; {@link JsonCursor} does the typed
 * reading and {@link References} the cross-references. One instance per file.
 */
final class ModelReader {
    private static final Fields ROOT = Fields.of().required("schemaVersion").required("title").required("sides")
            .required("themes").required("sources").required("points").optional("$schema");
    private static final Fields SIDE = Fields.of().required("id").required("label");
    private static final Fields THEME = Fields.of().required("id").required("label").optional("description");
    private static final Fields SOURCE = Fields.of().required("id").required("title").optional("author")
            .optional("publisher").required("kind").optional("language").optional("url").optional("published")
            .optional("derivedFrom").optional("file").optional("sha256").optional("shortName");
    private static final Fields POINT = Fields.of().required("id").required("theme").required("title")
            .optional("claims").required("framings");
    private static final Fields FRAMING = Fields.of().required("source").optional("speaker").optional("stance")
            .optional("certainty").optional("frame").required("quotes").optional("note");
    private static final Fields QUOTE = Fields.of().required("text").required("start").required("end")
            .optional("side").optional("occurrence");
    /** For {@code locate}: offsets may be absent, since filling them in is the point. */
    private static final Fields QUOTE_WITHOUT_OFFSETS = Fields.of().required("text").optional("start")
            .optional("end").optional("side").optional("occurrence");

    /** A source's derivedFrom and where it was written, for the cycle check after the pass. */
    record Derivation(String source, String derivedFrom, int line, int column, String path) {
    }

    private final JsonCursor in;
    private final Problems problems;
    private final References references;
    private final ModelLocations locations;
    private final boolean offsetsRequired;
    private final Map<String, Integer> pointIds = new HashMap<>();
    private final List<Derivation> derivations = new ArrayList<>();
    private boolean rootIsObject = true;

    ModelReader(JsonParser json, Problems problems, ModelLocations locations, boolean offsetsRequired) {
        this.in = new JsonCursor(json, problems);
        this.problems = problems;
        this.references = new References();
        this.locations = locations;
        this.offsetsRequired = offsetsRequired;
    }

    /** False when the file holds some other JSON value than an object: nothing after it is worth reading. */
    boolean rootIsObject() {
        return rootIsObject;
    }

    String path() {
        return in.path.toString();
    }

    JsonLocation currentLocation() {
        return in.json.currentLocation();
    }

    References references() {
        return references;
    }

    List<Derivation> derivations() {
        return derivations;
    }

    /** Reads the root value; returns the model when every part was readable (problems may still exist). */
    Model read() throws IOException {
        JsonToken first = in.json.nextToken();
        if (first != JsonToken.START_OBJECT) {
            in.report(ProblemKind.TYPE, "a model is a JSON object ({ ... }), found "
                    + (first == JsonToken.START_ARRAY ? "an array" : "a single value"));
            rootIsObject = false;
            return null;
        }
        Integer[] version = new Integer[1];
        String[] title = new String[1];
        String[] schema = new String[1];
        List<Side> sides = new ArrayList<>();
        List<Theme> themes = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        boolean[] complete = {true, true, true, true};
        in.object(ROOT, field -> {
            switch (field) {
                case 0 -> version[0] = schemaVersion();
                case 1 -> title[0] = in.text();
                case 2 -> complete[0] = list(sides, this::side, Target.SIDE);
                case 3 -> complete[1] = list(themes, this::theme, Target.THEME);
                case 4 -> complete[2] = list(sources, this::source, Target.SOURCE);
                case 5 -> complete[3] = list(points, this::point, null);
                default -> schema[0] = schemaHint(); // $schema: a hint for editors, kept for rewrites
            }
        });
        for (Target target : Target.values()) {
            references.complete(target);
        }
        boolean whole = complete[0] && complete[1] && complete[2] && complete[3];
        if (version[0] == null || title[0] == null || !whole) {
            return null;
        }
        return new Model(version[0], title[0], sides, themes, sources, points, schema[0]);
    }

    /** A top-level {@code "$schema"}: its text when it is a string (kept by rewrites), else skipped and null. */
    private String schemaHint() throws IOException {
        if (in.json.currentToken() == JsonToken.VALUE_STRING) {
            return in.json.getText();
        }
        in.json.skipChildren();
        return null;
    }

    private Integer schemaVersion() throws IOException {
        Integer version = in.integer();
        if (version != null && version != Model.SCHEMA_VERSION) {
            in.report(ProblemKind.VERSION, "schemaVersion " + version + " is not supported; this build reads version "
                    + Model.SCHEMA_VERSION);
            return null;
        }
        return version;
    }

    @FunctionalInterface
    private interface ItemReader<T> {
        T read() throws IOException;
    }

    /** Reads a list; false when it or one of its items could not be read (already reported). */
    private <T> boolean list(List<T> into, ItemReader<T> item, Target completes) throws IOException {
        boolean[] all = {true};
        int count = in.array(index -> {
            T value = item.read();
            if (value == null) {
                all[0] = false;
            } else {
                into.add(value);
            }
        });
        if (completes != null) {
            references.complete(completes);
        }
        return count >= 0 && all[0];
    }

    private Side side() throws IOException {
        String[] values = new String[2];
        if (!in.object(SIDE, field -> values[field] = field == 0 ? id(Target.SIDE) : in.text())) {
            return null;
        }
        return values[0] == null || values[1] == null ? null : new Side(values[0], values[1]);
    }

    private Theme theme() throws IOException {
        String[] values = new String[3];
        if (!in.object(THEME, field -> values[field] = switch (field) {
            case 0 -> id(Target.THEME);
            case 1 -> in.text();
            default -> in.string(); // an optional description may be empty
        })) {
            return null;
        }
        return values[0] == null || values[1] == null ? null : new Theme(values[0], values[1], values[2]);
    }

    private Source source() throws IOException {
        JsonLocation start = in.here();
        String[] values = new String[SOURCE.size()];
        int[] derivedAt = new int[2]; // line and column of derivedFrom's value
        String[] derivedPath = new String[1];
        SourceKind[] kind = new SourceKind[1];
        LocalDate[] published = new LocalDate[1];
        boolean[] bad = {false};
        boolean isObject = in.object(SOURCE, field -> {
            switch (field) {
                case 0 -> values[0] = id(Target.SOURCE);
                case 1 -> values[1] = in.text();
                case 4 -> kind[0] = enumValue(SourceKind.values(), SourceKind::id, "kind");
                case 7 -> {
                    published[0] = date();
                    bad[0] |= published[0] == null;
                }
                case 8 -> {
                    values[8] = in.string();
                    if (values[8] != null) {
                        derivedAt[0] = problems.line(in.here());
                        derivedAt[1] = problems.column(in.here());
                        derivedPath[0] = in.path.toString();
                        values[8] = references.use(Target.SOURCE, values[8], in);
                    } else {
                        bad[0] = true;
                    }
                }
                case 10 -> {
                    values[10] = sha256();
                    bad[0] |= values[10] == null;
                }
                default -> {
                    values[field] = in.string();
                    bad[0] |= values[field] == null;
                }
            }
        });
        if (!isObject) {
            return null;
        }
        locations.addSource(problems.line(start), problems.column(start));
        if (values[0] != null && values[8] != null) {
            derivations.add(new Derivation(values[0], values[8], derivedAt[0], derivedAt[1], derivedPath[0]));
        }
        if (values[0] == null || values[1] == null || kind[0] == null || bad[0]) {
            return null;
        }
        return new Source(values[0], values[1], values[2], values[3], kind[0], values[5], values[6], published[0],
                values[8], values[9], values[10], values[11]);
    }

    private Point point() throws IOException {
        String[] values = new String[3];
        Map<String, String> claims = new LinkedHashMap<>();
        List<Framing> framings = new ArrayList<>();
        Set<String> framedSources = new HashSet<>();
        boolean[] ok = {true};
        boolean isObject = in.object(POINT, field -> {
            switch (field) {
                case 0 -> {
                    values[0] = id(null);
                    if (values[0] != null) {
                        Integer earlier = pointIds.putIfAbsent(values[0], problems.line(in.here()));
                        if (earlier != null) {
                            in.report(ProblemKind.DUPLICATE_ID, duplicatePoint(values[0], earlier));
                        }
                    }
                }
                case 1 -> {
                    values[1] = in.string();
                    if (values[1] != null) {
                        values[1] = references.use(Target.THEME, values[1], in);
                    }
                }
                case 2 -> values[2] = in.text();
                case 3 -> ok[0] &= claims(claims);
                default -> ok[0] &= list(framings, () -> framing(framedSources), null); // may be empty
            }
        });
        if (!isObject || !ok[0] || values[0] == null || values[1] == null || values[2] == null) {
            return null;
        }
        return new Point(values[0], values[1], values[2], claims, framings);
    }

    private static String duplicatePoint(String id, int earlierLine) {
        return "point id \"" + id + "\" is already used (line " + earlierLine + ")";
    }

    /** {@code claims}: an object keyed by side id, each value the claim's text. */
    private boolean claims(Map<String, String> claims) throws IOException {
        if (in.json.currentToken() != JsonToken.START_OBJECT) {
            in.typeMismatch("an object");
            return false;
        }
        boolean ok = true;
        String side;
        while ((side = in.json.nextFieldName()) != null) {
            in.path.enterField(side);
            JsonLocation keyAt = in.here();
            side = references.use(Target.SIDE, side, in);
            if (in.json.nextToken() != JsonToken.VALUE_NULL) {
                String claim = in.string();
                if (claim == null) {
                    ok = false;
                } else if (claims.putIfAbsent(side, claim) != null) {
                    problems.add(ProblemKind.SYNTAX, keyAt, in.path.toString(),
                            "field \"" + side + "\" appears twice in this object");
                    ok = false;
                }
            }
            in.path.leave();
        }
        return ok;
    }

    private Framing framing(Set<String> framedSources) throws IOException {
        String[] values = new String[FRAMING.size()];
        Stance[] stance = new Stance[1];
        Certainty[] certainty = new Certainty[1];
        List<Quote> quotes = new ArrayList<>();
        boolean[] ok = {true};
        boolean isObject = in.object(FRAMING, field -> {
            switch (field) {
                case 0 -> {
                    values[0] = in.string();
                    if (values[0] != null) {
                        values[0] = references.use(Target.SOURCE, values[0], in);
                        if (!framedSources.add(values[0])) {
                            in.report(ProblemKind.DUPLICATE_ID, "source \"" + values[0]
                                    + "\" already has a framing of this point");
                        }
                    }
                }
                case 2 -> {
                    stance[0] = enumValue(Stance.values(), Stance::id, "stance");
                    ok[0] &= stance[0] != null;
                }
                case 3 -> {
                    certainty[0] = enumValue(Certainty.values(), Certainty::id, "certainty");
                    ok[0] &= certainty[0] != null;
                }
                case 5 -> ok[0] &= nonEmptyList(quotes, this::quote, "a framing needs at least one quote");
                default -> {
                    values[field] = in.string();
                    ok[0] &= values[field] != null;
                }
            }
        });
        if (!isObject || !ok[0] || values[0] == null) {
            return null;
        }
        return new Framing(values[0], values[1], stance[0], certainty[0], values[4], quotes, values[6]);
    }

    private <T> boolean nonEmptyList(List<T> into, ItemReader<T> item, String emptyMessage) throws IOException {
        JsonLocation start = in.here();
        boolean whole = list(into, item, null);
        if (whole && into.isEmpty()) {
            problems.add(ProblemKind.EMPTY, start, in.path.toString(), emptyMessage);
            return false;
        }
        return whole;
    }

    private Quote quote() throws IOException {
        String[] text = new String[1];
        String[] side = new String[1];
        Integer[] occurrence = new Integer[1];
        Integer[] offsets = new Integer[2];
        int[] textAt = new int[2];
        JsonLocation[] offsetAt = new JsonLocation[2];
        boolean[] ok = {true};
        boolean isObject = in.object(offsetsRequired ? QUOTE : QUOTE_WITHOUT_OFFSETS, field -> {
            switch (field) {
                case 0 -> {
                    JsonLocation at = in.here();
                    textAt[0] = problems.line(at);
                    textAt[1] = problems.column(at);
                    text[0] = in.text();
                }
                case 1, 2 -> {
                    offsetAt[field - 1] = in.here();
                    offsets[field - 1] = in.integer();
                    ok[0] &= offsets[field - 1] != null;
                }
                case 3 -> {
                    side[0] = in.string();
                    if (side[0] == null) {
                        ok[0] = false;
                    } else {
                        side[0] = references.use(Target.SIDE, side[0], in);
                    }
                }
                default -> {
                    occurrence[0] = occurrence();
                    ok[0] &= occurrence[0] != null;
                }
            }
        });
        if (!isObject || !ok[0] || text[0] == null) {
            return null;
        }
        if (!offsetsRequired) {
            locations.addQuote(textAt[0], textAt[1]);
            return new Quote(text[0], offsets[0] == null ? -1 : offsets[0], offsets[1] == null ? -1 : offsets[1],
                    side[0], occurrence[0]);
        }
        if (offsets[0] == null || offsets[1] == null || !offsetsInRange(text[0], offsets, offsetAt)) {
            return null;
        }
        locations.addQuote(textAt[0], textAt[1]);
        return new Quote(text[0], offsets[0], offsets[1], side[0], occurrence[0]);
    }

    /** A quote's {@code occurrence}: a whole number from 1 (which occurrence of the text locate takes). */
    private Integer occurrence() throws IOException {
        Integer value = in.integer();
        if (value != null && value < 1) {
            in.report(ProblemKind.RANGE, "occurrence " + value + " is not 1 or more (1 is the first occurrence of "
                    + "the text in the article)");
            return null;
        }
        return value;
    }

    /** Checked after the quote object was read, so the path stack is at the quote; paths are built only on a problem. */
    private boolean offsetsInRange(String text, Integer[] offsets, JsonLocation[] at) {
        int start = offsets[0];
        int end = offsets[1];
        if (start < 0) {
            problems.add(ProblemKind.RANGE, at[0], in.path.child("start"), "start " + start + " is negative");
            return false;
        }
        if (end < 0) {
            problems.add(ProblemKind.RANGE, at[1], in.path.child("end"), "end " + end + " is negative");
            return false;
        }
        if (start >= end) {
            problems.add(ProblemKind.RANGE, at[0], in.path.child("start"), "start " + start + " is not before end " + end);
            return false;
        }
        int length = text.codePointCount(0, text.length());
        if (end - start != length) {
            problems.add(ProblemKind.RANGE, at[1], in.path.child("end"), "the offsets [" + start + ", " + end + ") span "
                    + (end - start) + " characters but the text has " + length
                    + " (run parallax locate to compute them)");
            return false;
        }
        return true;
    }

    /** An id: a non-empty slug, unique in its list (the caller checks points). Returned even when not a slug. */
    private String id(Target list) throws IOException {
        String id = in.string();
        if (id == null) {
            return null;
        }
        if (id.isEmpty()) {
            in.report(ProblemKind.EMPTY, "an id must not be empty");
            return null;
        }
        if (!Ids.isSlug(id)) {
            in.report(ProblemKind.ENUM, "id \"" + id + "\" is not a slug: use lowercase letters, digits and single "
                    + "hyphens, like \"" + slugLike(id) + "\"");
        }
        if (list != null) {
            int earlier = references.define(list, id, problems.line(in.here()));
            if (earlier > 0) {
                in.report(ProblemKind.DUPLICATE_ID, list.noun + " id \"" + id + "\" is already used (line "
                        + earlier + ")");
            }
        }
        return id;
    }

    private static String slugLike(String id) {
        String slug = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "my-id" : slug;
    }

    private <E> E enumValue(E[] constants, Function<E, String> idOf, String what) throws IOException {
        String value = in.string();
        if (value == null) {
            return null;
        }
        for (E constant : constants) {
            if (idOf.apply(constant).equals(value)) {
                return constant;
            }
        }
        List<String> ids = Arrays.stream(constants).map(idOf).collect(Collectors.toList());
        in.report(ProblemKind.ENUM, what + " \"" + value + "\" is not one of " + String.join(", ", ids)
                + DidYouMean.hint(value, ids));
        return null;
    }

    private LocalDate date() throws IOException {
        String value = in.string();
        if (value == null) {
            return null;
        }
        try {
            return isoDate(value);
        } catch (DateTimeException notIso) {
            in.report(ProblemKind.FORMAT, "\"" + value + "\" is not an ISO date (YYYY-MM-DD)");
            return null;
        }
    }

    /**
     * {@link LocalDate#parse}, with the usual {@code YYYY-MM-DD} read directly: the formatter costs more than the
     * rest of a source when the code is cold (a command-line run reads 2,500 sources once). Both refuse the same
     * dates (month 13, February 30).
     */
    static LocalDate isoDate(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(value);
    }

    /** The ASCII digits {@code value[from, to)} as a number, or -1 when one is not a digit. */
    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    /** {@code [0-9a-f]{64}} without a regular expression (one per source, on cold code). */
    static boolean isSha256(String value) {
        if (value.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private String sha256() throws IOException {
        String value = in.string();
        if (value != null && !isSha256(value)) {
            in.report(ProblemKind.FORMAT, "\"" + abbreviate(value) + "\" is not a SHA-256 digest (64 lowercase hex "
                    + "digits)");
            return null;
        }
        return value;
    }

    static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}
