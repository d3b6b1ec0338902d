package org.parallax.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.io.Problem;

/** Prints problems in the one-line format of CONTRACTS.md and a one-line tally of them. */
final class ProblemPrinter {
    private ProblemPrinter() {
    }

    static void print(List<Problem> problems, PrintWriter out) {
        for (Problem problem : problems) {
            out.println(problem.format());
        }
    }

    /** "3 problems (2 dangling-ref, 1 missing)". */
    static String tally(List<Problem> problems) {
        Map<String, Integer> byKind = new TreeMap<>();
        for (Problem problem : problems) {
            byKind.merge(problem.kind().id(), 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder().append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        if (!byKind.isEmpty()) {
            out.append(" (");
            byKind.forEach((kind, count) -> out.append(count).append(' ').append(kind).append(", "));
            out.setLength(out.length() - 2);
            out.append(')');
        }
        return out.toString();
    }
}
