package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Defect 1 of issue 18: the column of each source and each problem was found by walking back to the start of its
 * line, so a model on one line cost objects x file size (10,000 sources: 9.5 s minified, 1.5 s pretty-printed;
 * 20,000: 32 s). The work is measured in bytes looked at, not in time.
 */
class ColumnFinderTest {
    private static byte[] oneLineModel(int sources) {
        StringBuilder json = new StringBuilder("{\"schemaVersion\":1,\"title\":\"t\",\"sides\":[{\"id\":\"a\",\"label\":"
                + "\"A\"}],\"themes\":[{\"id\":\"t\",\"label\":\"T\"}],\"sources\":[");
        for (int i = 0; i < sources; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i).append("\",\"title\":\"Sourcé ")
                    .append(i).append("\",\"kind\":\"original\"}");
        }
        json.append("],\"points\":[{\"id\":\"p\",\"theme\":\"t\",\"title\":\"P\",\"framings\":[{\"source\":\"s0\","
                + "\"quotes\":[{\"text\":\"abc\",\"start\":0,\"end\":3}]}]}]}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aOneLineModelIsLocatedInWorkLinearInItsSize() {
        for (int sources : new int[] {2_000, 8_000}) {
            byte[] model = oneLineModel(sources);
            Problems problems = new Problems("m.json", model);
            LocatedLoad loaded = new ModelLoader().loadWithLocations(model, "m.json", problems);

            assertThat(loaded.result().problems()).isEmpty();
            assertThat(loaded.locations().source(sources - 1).column()).isGreaterThan(model.length / 2);
            // one pass over the file; walking back per source was sources x size / 2 (8,000 x 0.5 MB = 2 GB)
            assertThat(problems.columnBytesScanned()).as("bytes scanned for %d sources", sources)
                    .isLessThanOrEqualTo(model.length);
        }
    }

    @Test
    void itAgreesWithTheWalkBackOnEveryOffsetInAnyOrder() {
        String text = "\uFEFF{\"a\": \"é🚀\",\r\n  \"b\": [1,\r 2],\n\"ü\": \"x\"}\n\n  end";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ColumnFinder forward = new ColumnFinder(bytes);
        for (int offset = 0; offset <= bytes.length; offset++) {
            assertThat(forward.column(offset)).as("offset %d", offset).isEqualTo(TextPosition.column(bytes, offset));
        }
        ColumnFinder random = new ColumnFinder(bytes);
        Random order = new Random(18);
        for (int i = 0; i < 500; i++) {
            int offset = order.nextInt(bytes.length + 1);
            assertThat(random.column(offset)).as("offset %d", offset).isEqualTo(TextPosition.column(bytes, offset));
        }
    }
}
