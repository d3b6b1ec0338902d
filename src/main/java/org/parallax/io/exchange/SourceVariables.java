package org.parallax.io.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.model.Source;

/**
 * A source's metadata as REFI-QDA document variables (MAXQDA "document variables", QualCoder "file attributes",
 * ATLAS.ti "document groups/variables"): one variable per field, typed Text except {@code published} (Date).
 * An import matches variable names ignoring case, so a MAXQDA file with an "Author" variable fills the author.
 */
public final class SourceVariables {
    public static final String KIND = "kind";
    public static final String AUTHOR = "author";
    public static final String PUBLISHER = "publisher";
    public static final String URL = "url";
    public static final String PUBLISHED = "published";
    public static final String LANGUAGE = "language";
    public static final String DERIVED_FROM = "derived from";
    public static final String FILE = "file";
    public static final String SHA256 = "sha256";
    public static final String SHORT_NAME = "short name";

    /** Every variable Parallax writes, in the order it declares them. */
    public static final List<String> NAMES = List.of(KIND, AUTHOR, PUBLISHER, URL, PUBLISHED, LANGUAGE,
            DERIVED_FROM, FILE, SHA256, SHORT_NAME);

    private SourceVariables() {
    }

    public static boolean isDate(String name) {
        return PUBLISHED.equals(name);
    }

    /** The source's values by variable name, absent fields left out. */
    public static Map<String, String> of(Source source) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(KIND, source.kind().id());
        put(values, AUTHOR, source.author());
        put(values, PUBLISHER, source.publisher());
        put(values, URL, source.url());
        LocalDate published = source.published();
        put(values, PUBLISHED, published == null ? null : published.toString());
        put(values, LANGUAGE, source.language());
        put(values, DERIVED_FROM, source.derivedFrom());
        put(values, FILE, source.file());
        put(values, SHA256, source.sha256());
        put(values, SHORT_NAME, source.explicitShortName());
        return values;
    }

    /** The variables any source of the model uses, in {@link #NAMES} order. */
    public static List<String> used(List<Source> sources) {
        List<String> used = new ArrayList<>();
        for (String name : NAMES) {
            for (Source source : sources) {
                if (of(source).containsKey(name)) {
                    used.add(name);
                    break;
                }
            }
        }
        return used;
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    /** The Parallax variable a name read from a file stands for, ignoring case and spaces; null when none. */
    public static String known(String name) {
        if (name == null) {
            return null;
        }
        String normal = name.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        return switch (normal) {
            case "derivedfrom" -> DERIVED_FROM;
            case "shortname" -> SHORT_NAME;
            case "date", "published on", "publication date" -> PUBLISHED;
            default -> NAMES.contains(normal) ? normal : null;
        };
    }
}
