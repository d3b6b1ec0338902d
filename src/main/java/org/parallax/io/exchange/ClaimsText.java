package org.parallax.io.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Side;

/**
 * A point's claims as the description of its code: one paragraph per side, {@code China: what the point says of
 * China}. Read back by the side labels the project names (its cases); a description that starts with no side
 * label is no claims text (a memo another tool wrote) and reads back as no claims.
 */
public final class ClaimsText {
    private ClaimsText() {
    }

    public static String format(Map<String, String> claims, List<Side> sides) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> claim : claims.entrySet()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(labelOf(claim.getKey(), sides)).append(": ").append(claim.getValue());
        }
        return text.toString();
    }

    private static String labelOf(String sideId, List<Side> sides) {
        for (Side side : sides) {
            if (side.id().equals(sideId)) {
                return side.label();
            }
        }
        return sideId;
    }

    /** The claims keyed by side id; empty when the text does not start with a side's label. */
    public static Map<String, String> parse(String text, List<Side> sides) {
        Map<String, StringBuilder> claims = new LinkedHashMap<>();
        if (text == null || sides.isEmpty()) {
            return Map.of();
        }
        StringBuilder current = null;
        for (String line : text.split("\n", -1)) {
            Side side = sideStarting(line, sides);
            if (side != null && !claims.containsKey(side.id())) {
                current = new StringBuilder(line.substring(side.label().length() + 2));
                claims.put(side.id(), current);
            } else if (current != null) {
                current.append('\n').append(line);
            } else {
                return Map.of(); // text before any side's label: not a claims text
            }
        }
        Map<String, String> result = new LinkedHashMap<>();
        claims.forEach((side, claim) -> result.put(side, claim.toString()));
        return result;
    }

    private static Side sideStarting(String line, List<Side> sides) {
        Side best = null;
        for (Side side : sides) {
            if (line.startsWith(side.label() + ": ")
                    && (best == null || side.label().length() > best.label().length())) {
                best = side;
            }
        }
        return best;
    }
}
