package org.parallax.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds loops in the sources' {@code derivedFrom} chains; each loop is reported once, at its first member. */
final class DerivationCycles {
    private DerivationCycles() {
    }

    static List<Problem> find(List<ModelReader.Derivation> derivations, String file) {
        Map<String, ModelReader.Derivation> bySource = new HashMap<>();
        for (ModelReader.Derivation derivation : derivations) {
            bySource.putIfAbsent(derivation.source(), derivation);
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (ModelReader.Derivation derivation : derivations) {
            if (reported.contains(derivation.source())) {
                continue;
            }
            LinkedHashSet<String> chain = new LinkedHashSet<>();
            String current = derivation.source();
            while (current != null && chain.add(current)) {
                ModelReader.Derivation next = bySource.get(current);
                current = next == null ? null : next.derivedFrom();
            }
            if (current != null && current.equals(derivation.source())) { // the walk came back to where it began
                reported.addAll(chain);
                problems.add(new Problem(file, derivation.line(), derivation.column(), ProblemKind.CYCLE,
                        derivation.path(), "derivedFrom loops: " + String.join(" -> ", chain) + " -> " + current));
            }
        }
        return problems;
    }
}
