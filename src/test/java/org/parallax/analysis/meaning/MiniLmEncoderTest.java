package org.parallax.analysis.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.io.ModelLoader;
import org.parallax.model.Framing;
import org.parallax.model.Model;
import org.parallax.model.Point;
import org.parallax.model.Quote;

/**
 * The encoder that calls ONNX Runtime directly (decision 0153) gives the very vectors langchain4j's wrapper gave
 * (the encoder before it), bit for bit: on every point text of the bundled model, every paragraph of both held-out
 * articles, and texts at the edges (blank, non-Latin, emoji, past the tokenizer's 128-token truncation).
 */
class MiniLmEncoderTest {
    private static ExecutorService workers;
    private static MiniLmEncoder direct;
    private static AllMiniLmL6V2QuantizedEmbeddingModel wrapper;

    @BeforeAll
    static void load() {
        workers = Executors.newFixedThreadPool(2);
        direct = new MiniLmEncoder(workers);
        wrapper = new AllMiniLmL6V2QuantizedEmbeddingModel(workers);
    }

    @AfterAll
    static void stop() {
        workers.shutdownNow();
    }

    private static float[] before(String text) {
        String safe = text == null || text.isBlank() ? "." : text;
        return SentenceEncoder.normalise(wrapper.embed(TextSegment.from(safe)).content().vector());
    }

    static List<String> corpus() throws IOException {
        List<String> texts = new ArrayList<>();
        Model model = new ModelLoader().load(Path.of("data/china-us-ai-labs.json")).model();
        for (Point point : model.points()) {
            texts.add(point.title());
            texts.addAll(point.claims().values());
            for (Framing framing : point.framings()) {
                for (Quote quote : framing.quotes()) {
                    texts.add(quote.text());
                }
            }
        }
        for (String article : List.of("held-out-article.txt", "second-held-out-article.txt")) {
            try (InputStream in = MiniLmEncoderTest.class.getResourceAsStream(
                    "/org/parallax/analysis/align/" + article)) {
                texts.addAll(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n\n")));
            }
        }
        texts.addAll(List.of("", "   ", "a", "naïve café — “quoted” text", "北京的实验室 and Hangzhou's labs",
                "\uD83D\uDE80 rockets \uD83D\uDE80", "[UNK] [CLS] tokens typed by hand ## ##ing",
                "word ".repeat(400), "Donaudampfschifffahrtsgesellschaftskapitän unbelievably antidisestablishment"));
        return texts;
    }

    @Test
    void everyVectorIsIdenticalToTheWrappersOneByOne() throws IOException {
        List<String> texts = corpus();
        assertThat(texts).hasSizeGreaterThan(250);
        for (String text : texts) {
            assertThat(direct.embed(text)).as(text).isEqualTo(before(text));
        }
    }

    @Test
    void embedAllGivesTheSameVectorsInTheTextsOrder() throws IOException {
        List<String> texts = corpus();
        List<float[]> all = direct.embedAll(texts);
        assertThat(all).hasSameSizeAs(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(all.get(i)).as(texts.get(i)).isEqualTo(before(texts.get(i)));
        }
        assertThat(direct.embedAll(List.of())).isEmpty();
    }
}
