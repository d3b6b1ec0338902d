package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Whatever the bytes, the loader answers with a model or located problems; it never throws. */
class LoaderNeverThrowsTest {
    private static final byte[] SMALL;

    static {
        try {
            SMALL = Files.readAllBytes(ModelLoaderTest.SMALL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertAnswered(LoadResult result) {
        assertThat(result.isValid() ^ !result.problems().isEmpty()).isTrue();
        for (Problem problem : result.problems()) {
            assertThat(problem.line()).isPositive();
            assertThat(problem.column()).isPositive();
            assertThat(problem.path()).startsWith("$");
            assertThat(problem.message()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void randomBytes(@ForAll @Size(max = 200) byte[] bytes) {
        assertAnswered(new ModelLoader().load(bytes, "random.json"));
    }

    @Property(tries = 300)
    void everyTruncationOfAValidModelIsAProblem(@ForAll @IntRange(min = 0, max = 100_000) int cut) {
        int closingBrace = new String(SMALL, java.nio.charset.StandardCharsets.UTF_8).lastIndexOf('}');
        int length = cut % closingBrace; // always loses at least the model's closing brace
        LoadResult result = new ModelLoader().load(Arrays.copyOf(SMALL, length), "cut.json");

        assertAnswered(result);
        assertThat(result.isValid()).isFalse();
    }

    @Property(tries = 500)
    void anySingleByteChangeOfAValidModel(@ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll byte value) {
        byte[] mutated = SMALL.clone();
        mutated[at % mutated.length] = value;

        assertAnswered(new ModelLoader().load(mutated, "mutated.json"));
    }
}
