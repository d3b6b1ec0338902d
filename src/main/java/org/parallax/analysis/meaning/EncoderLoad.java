package org.parallax.analysis.meaning;

import java.util.Optional;

/**
 * What loading the sentence encoder came to: the encoder, or the reason it could not load ("ONNX Runtime's
 * native library does not load on this platform: ..."). Callers fall back to words alone when it is absent.
 *
 * @param encoder the encoder, or null when it could not load
 * @param reason  why it could not load, or null when it loaded
 * @param millis  how long the load took (wall clock)
 */
public record EncoderLoad(SentenceEncoder encoder, String reason, long millis) {

    public EncoderLoad {
        if ((encoder == null) == (reason == null)) {
            throw new IllegalArgumentException("exactly one of encoder and reason");
        }
    }

    public static EncoderLoad loaded(SentenceEncoder encoder, long millis) {
        return new EncoderLoad(encoder, null, millis);
    }

    public static EncoderLoad failed(String reason, long millis) {
        return new EncoderLoad(null, reason, millis);
    }

    public boolean isLoaded() {
        return encoder != null;
    }

    /** The encoder when it loaded. */
    public Optional<SentenceEncoder> get() {
        return Optional.ofNullable(encoder);
    }

    /** Why it did not load, when it did not. */
    public Optional<String> failure() {
        return Optional.ofNullable(reason);
    }
}
