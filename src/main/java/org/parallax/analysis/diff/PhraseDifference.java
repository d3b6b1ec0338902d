package org.parallax.analysis.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The phrases of one side whose keys the other side lacks, counting repeats (a multiset difference). */
final class PhraseDifference {
    private PhraseDifference() {
    }

    static List<Phrase> only(List<Phrase> side, List<Phrase> other) {
        Map<String, Integer> available = new HashMap<>();
        for (Phrase phrase : other) {
            available.merge(phrase.key(), 1, Integer::sum);
        }
        List<Phrase> only = new ArrayList<>();
        for (Phrase phrase : side) {
            Integer count = available.get(phrase.key());
            if (count == null || count == 0) {
                only.add(phrase);
            } else {
                available.put(phrase.key(), count - 1);
            }
        }
        return only;
    }
}
