package org.parallax.analysis.framing;

import java.util.Optional;
import org.parallax.analysis.diff.Passage;
import org.parallax.analysis.meaning.CachingEncoder;
import org.parallax.analysis.meaning.EncoderLoad;
import org.parallax.analysis.meaning.Encoders;
import org.parallax.analysis.meaning.SentenceEncoder;

/**
 * Compares how two texts frame the same content: splits them into sentences, aligns the sentences by meaning
 * (sentence-encoder cosine combined with word overlap; word overlap alone without an encoder), diffs the words
 * inside each aligned pair and labels the framing changes. Thread-safe; may take tens of milliseconds (whole
 * articles: up to a second or two), so never call it on the FX thread.
 */
public final class FramingAnalyzer {
    private final SentenceEncoder encoder;
    private final String encoderNote;
    private final FramingEngine engine;

    /** With an encoder, or words alone when {@code encoder} is null ({@code note} says why). */
    public FramingAnalyzer(SentenceEncoder encoder, String note) {
        // the rules embed actors and clauses one by one after a batch: a cache makes the batch serve them
        this.encoder = encoder == null || encoder instanceof CachingEncoder ? encoder
                : new CachingEncoder(encoder, 5_000);
        this.encoderNote = encoder == null ? (note == null ? "no sentence encoder" : note) : null;
        this.engine = new FramingEngine(FramingLexicons.bundled(), this.encoder);
    }

    /** Over a finished encoder load: its encoder, or words alone with its reason. */
    public static FramingAnalyzer of(EncoderLoad load) {
        return new FramingAnalyzer(load.encoder(), load.reason());
    }

    /** Over the shared encoder, waiting for its load (never on the FX thread). */
    public static FramingAnalyzer withSharedEncoder() {
        return of(Encoders.sharedNow());
    }

    /** Words alone (no encoder). */
    public static FramingAnalyzer wordsOnly() {
        return new FramingAnalyzer(null, "words only");
    }

    /** Two plain texts (one quote each). */
    public FramingComparison compare(String from, String to) {
        return compare(Passage.of(from), Passage.of(to));
    }

    /** Two framings (their quotes: {@link Passage#of(org.parallax.model.Framing)}). */
    public FramingComparison compare(Passage from, Passage to) {
        return compare(from, to, null, null);
    }

    /**
     * Two framings, each with the whole article it comes from ({@code null} when unknown): an actor one framing
     * names is not an entity change when the other article names it anywhere.
     */
    public FramingComparison compare(Passage from, Passage to, String fromArticle, String toArticle) {
        return engine.compare(from, to, fromArticle, toArticle, Optional.ofNullable(encoderNote));
    }

    /** The encoder in use, if any. */
    public Optional<SentenceEncoder> encoder() {
        return Optional.ofNullable(encoder);
    }
}
