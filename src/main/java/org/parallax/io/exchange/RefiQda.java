package org.parallax.io.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The vocabulary of REFI-QDA (QDA-XML 1.0) as Parallax writes and reads it: namespaces, the deterministic GUIDs
 * Parallax derives from its ids, GUID comparison across tools, and the theme colours.
 */
public final class RefiQda {
    public static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    public static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    /** The {@code origin} attribute Parallax writes; an import recognises its own files by it. */
    public static final String ORIGIN = "Parallax";
    /** Entries of the texts inside a .qdpx, as the standard names them (MAXQDA writes {@code Sources/}). */
    public static final String SOURCES_FOLDER = "sources/";
    public static final String INTERNAL = "internal://";

    /** Okabe-Ito and Tol colours, distinguishable for colour-blind readers; theme i gets colour i mod size. */
    private static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#332288", "#117733", "#882255", "#44AA99", "#999933");

    private RefiQda() {
    }

    /**
     * A GUID derived from what it names ({@code "point", "students-core-contributors"}): the same model exports
     * the same GUIDs every time, so another tool recognises a re-exported code (a name-based UUID, RFC 4122 v3).
     */
    public static String guid(String kind, String... parts) {
        String name = "parallax/" + kind + "/" + String.join("/", parts);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * A GUID as compared: lowercase, braces removed. MAXQDA writes uppercase GUIDs, QualCoder lowercase, and the
     * schema allows {@code {...}}; a reference written one way must find its target written another.
     */
    public static String normalGuid(String guid) {
        if (guid == null) {
            return null;
        }
        String trimmed = guid.trim();
        if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    public static String colour(int themeIndex) {
        return COLOURS.get(Math.floorMod(themeIndex, COLOURS.size()));
    }
}
