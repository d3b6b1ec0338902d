package org.parallax.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the paragraph map of docs/dataset.md: per article file, each mapped line number and the point ids
 * named on it ({@code none} rows map to an empty set).
 */
final class ParagraphMap {
    private static final Pattern SECTION = Pattern.compile("^### `([^`]+)`");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*(\\d+)\\s*\\|([^|]*)\\|([^|]*)\\|\\s*$");
    private static final Pattern POINT_ID = Pattern.compile("`([a-z0-9]+(?:-[a-z0-9]+)*)`");

    private ParagraphMap() {
    }

    static Map<String, Map<Integer, Set<String>>> read(Path doc) throws IOException {
        Map<String, Map<Integer, Set<String>>> byFile = new LinkedHashMap<>();
        Map<Integer, Set<String>> current = null;
        for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
            Matcher section = SECTION.matcher(line);
            if (section.find()) {
                current = byFile.computeIfAbsent(section.group(1), file -> new LinkedHashMap<>());
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (current != null && row.matches()) {
                Set<String> ids = new LinkedHashSet<>();
                String cell = row.group(2).trim();
                if (cell.equals("none")) {
                    if (row.group(3).isBlank()) {
                        throw new IllegalStateException(doc + ": a 'none' row needs a reason: " + line);
                    }
                } else {
                    Matcher id = POINT_ID.matcher(cell);
                    while (id.find()) {
                        ids.add(id.group(1));
                    }
                }
                current.put(Integer.parseInt(row.group(1)), ids);
            }
        }
        return byFile;
    }
}
