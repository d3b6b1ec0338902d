package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Random generated models, cut anywhere, with random damage that does not stop the parser (dangling references,
 * duplicate point ids, offsets out of range, unknown fields, here and there): the two-thread load gives the one
 * pass's model, problems and positions, and it holds (is not thrown away for the one pass).
 */
class SplitLoadProperties {
    private static final String[][] DAMAGE = {
        {"\"theme\" : \"", "\"theme\" : \"no-"},
        {"\"side\" : \"", "\"side\" : \"no-"},
        {"\"source\" : \"", "\"source\" : \"no-"},
        {"\"end\" : ", "\"end\" : 1"},
        {"\"start\" : ", "\"start\" : -"},
        {"\"title\" : ", "\"titel\" : "},
        {"\"stance\" : \"", "\"stance\" : \"x"},
    };

    @Property(tries = 40)
    void aSplitLoadIsTheOnePass(@ForAll @LongRange(min = 1, max = 10_000) long seed,
                                @ForAll @IntRange(min = 100, max = 1500) int quotes,
                                @ForAll @DoubleRange(min = 0, max = 1) double share,
                                @ForAll @IntRange(min = 0, max = 6) int damages) {
        Random random = new Random(seed);
        String model = SplitLoadTest.generated(quotes, seed);
        int points = model.indexOf("\"points\" : [");
        for (int i = 0; i < damages; i++) {
            model = damage(model, points, random);
        }
        model = duplicateAPointId(model, points, random);

        Boolean held = SplitLoadTest.assertSameAsOnePass(model.getBytes(StandardCharsets.UTF_8), share, true);

        assertThat(held).as("the split held, or there was nothing to cut").isNotEqualTo(Boolean.FALSE);
    }

    private static String damage(String model, int points, Random random) {
        String[] kind = DAMAGE[random.nextInt(DAMAGE.length)];
        int from = points + random.nextInt(model.length() - points);
        int at = model.indexOf(kind[0], from);
        if (at < 0) {
            return model;
        }
        return model.substring(0, at) + kind[1] + model.substring(at + kind[0].length());
    }

    /** Gives a random point the id of another, earlier or later. */
    private static String duplicateAPointId(String model, int points, Random random) {
        String marker = "}, {\n    \"id\" : \"";
        int a = model.indexOf(marker, points + random.nextInt(model.length() - points));
        int b = model.indexOf(marker, points + random.nextInt(model.length() - points));
        if (a < 0 || b < 0 || a == b) {
            return model;
        }
        int start = a + marker.length();
        String id = model.substring(start, model.indexOf('"', start));
        int target = b + marker.length();
        int end = model.indexOf('"', target);
        return model.substring(0, target) + id + model.substring(end);
    }
}
