package org.parallax.analysis.meaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EncodersTest {

    @Test
    void theSharedEncoderLoadsOnceAndRanksAParaphraseAboveAnUnrelatedSentence() {
        EncoderLoad load = Encoders.sharedNow();
        assertThat(load.failure()).isEmpty();
        assertThat(Encoders.shared()).isSameAs(Encoders.shared());
        SentenceEncoder encoder = load.get().orElseThrow();
        assertThat(encoder.dimension()).isEqualTo(384);
        float[] a = encoder.embed("The court fined the club two million pounds on Tuesday.");
        float[] b = encoder.embed("On Tuesday judges ordered the club to pay a £2m penalty.");
        float[] c = encoder.embed("Rainfall in the valley was heavier than usual this spring.");
        assertThat(a).hasSize(384);
        assertThat(SentenceEncoder.cosine(a, a)).isCloseTo(1.0, within(1e-4));
        assertThat(SentenceEncoder.cosine(a, b)).isGreaterThan(SentenceEncoder.cosine(a, c) + 0.3);
        assertThat(Encoders.ifLoaded()).contains(encoder);
    }

    @Test
    void embedAllKeepsOrderAndMatchesSingleEmbeddings() {
        SentenceEncoder encoder = Encoders.sharedNow().get().orElseThrow();
        List<String> texts = List.of("Nurses walked out at dawn.", "", "Inflation rose to 4.5%.");
        List<float[]> all = encoder.embedAll(texts);
        assertThat(all).hasSize(3);
        assertThat(SentenceEncoder.cosine(all.get(2), encoder.embed(texts.get(2)))).isCloseTo(1.0, within(1e-3));
    }

    @Test
    void theCacheEmbedsEachTextOnce() {
        AtomicInteger calls = new AtomicInteger();
        SentenceEncoder counting = new SentenceEncoder() {
            @Override
            public float[] embed(String text) {
                calls.incrementAndGet();
                return SentenceEncoder.normalise(new float[] {text.length(), 1});
            }

            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public String name() {
                return "counting";
            }
        };
        CachingEncoder cache = new CachingEncoder(counting, 2);
        cache.embed("one");
        cache.embedAll(List.of("one", "three"));
        cache.embed("three");
        assertThat(calls).hasValue(2);
        cache.embed("fifteen"); // evicts "one", the least recently used
        cache.embed("one");
        assertThat(calls).hasValue(4);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void aLoadThatFailsIsAValueWithAReasonNotAnException() {
        EncoderLoad missingNative = Encoders.load(() -> {
            throw new UnsatisfiedLinkError("no onnxruntime in java.library.path");
        });
        assertThat(missingNative.isLoaded()).isFalse();
        assertThat(missingNative.failure()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("native library").contains("onnxruntime"));
        EncoderLoad damaged = Encoders.load(() -> {
            throw new IllegalStateException("model file truncated");
        });
        assertThat(damaged.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("truncated"));
    }

    @Test
    void theSwitchTurnsTheEncoderOff() {
        System.setProperty(Encoders.SWITCH_PROPERTY, "off");
        try {
            EncoderLoad off = Encoders.load(() -> {
                throw new AssertionError("must not construct");
            });
            assertThat(off.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("switched off"));
        } finally {
            System.clearProperty(Encoders.SWITCH_PROPERTY);
        }
    }

    @Test
    void cosineOfOrthogonalVectorsIsZero() {
        assertThat(SentenceEncoder.cosine(new float[] {1, 0}, new float[] {0, 1})).isZero();
        assertThat(SentenceEncoder.normalise(new float[] {3, 4})).containsExactly(0.6f, 0.8f);
    }
}
