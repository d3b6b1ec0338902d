package org.parallax.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints rows as a table for a terminal: the first column left-aligned, the others right-aligned (numbers),
 * two spaces between columns, widths measured in code points so accented ids line up too.
 */
final class TextTable {
    private TextTable() {
    }

    static void print(List<List<String>> rows, PrintWriter out) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                String padding = " ".repeat(widths[c] - width(cell));
                if (c > 0) {
                    line.append("  ").append(padding).append(cell);
                } else {
                    line.append(cell).append(padding);
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
