package org.parallax.analysis.meaning;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * all-MiniLM-L6-v2 (quantised, 384 dimensions) on ONNX Runtime, in this process, offline: the model and its tokenizer
 * ship in the langchain4j model jar. Construct through {@link Encoders}; the constructor loads the native library and
 * the model (about 1.5 s) and throws whatever that throws.
 *
 * <p>It calls ONNX Runtime directly (decision 0153): one tokenizer pass gives the ids, the session runs with one
 * intra-op thread per call (the calls run side by side on the workers instead), the input tensors wrap reused direct
 * buffers, and the mean pooling reads the output buffer. Every step repeats what langchain4j's {@code
 * OnnxBertBiEncoder} (which this class replaced) does, in the same order and arithmetic, so the vectors are
 * identical to it, bit for bit ({@code MiniLmEncoderTest}); texts are never batched (padding changes the vectors).
 */
final class MiniLmEncoder implements SentenceEncoder {
    static final String NAME = "all-MiniLM-L6-v2 (quantised, ONNX Runtime)";
    static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";
    /** The longest input the model takes, special tokens included; the tokenizer truncates at 128 before this. */
    static final int MAX_TOKENS = 512;
    private static final int DIMENSION = 384;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final boolean tokenTypes;
    private final HuggingFaceTokenizer tokenizer;
    private final Executor executor;
    private final ThreadLocal<Inputs> inputs = ThreadLocal.withInitial(Inputs::new);

    MiniLmEncoder(Executor executor) {
        this.executor = executor;
        try {
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            session = environment.createSession(resource(MODEL_RESOURCE), options);
            tokenTypes = session.getInputNames().contains("token_type_ids");
            try (InputStream json = stream(TOKENIZER_RESOURCE)) {
                tokenizer = HuggingFaceTokenizer.newInstance(json, Map.of("padding", "false"));
            }
        } catch (OrtException | IOException broken) {
            throw new IllegalStateException(broken.getMessage(), broken);
        }
    }

    @Override
    public float[] embed(String text) {
        return SentenceEncoder.normalise(encode(safe(text)));
    }

    /**
     * Each text on its own, the texts shared out among the executor's threads in turns (one ONNX Runtime call per
     * thread at a time), the vectors in the texts' order.
     */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        if (texts.size() == 1) {
            return List.of(embed(texts.get(0)));
        }
        float[][] vectors = new float[texts.size()][];
        int lanes = 2;
        List<CompletableFuture<Void>> running = new ArrayList<>(lanes);
        for (int lane = 0; lane < lanes; lane++) {
            int first = lane;
            running.add(CompletableFuture.runAsync(() -> {
                for (int i = first; i < vectors.length; i += lanes) {
                    vectors[i] = embed(texts.get(i));
                }
            }, executor));
        }
        try {
            CompletableFuture.allOf(running.toArray(new CompletableFuture[0])).join();
        } catch (java.util.concurrent.CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : failed;
        }
        return List.of(vectors);
    }

    /** The text's vector as langchain4j's encoder gives it: mean over the tokens, then scaled to unit length. */
    private float[] encode(String text) {
        long[] ids = ids(text);
        int length = ids.length;
        Inputs buffers = inputs.get();
        long[] shape = {1, length};
        buffers.fill(ids);
        Map<String, OnnxTensor> feed = new HashMap<>(4);
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, buffers.ids.slice(0, length), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, buffers.mask.slice(0, length), shape);
             OnnxTensor typesTensor = OnnxTensor.createTensor(environment, buffers.types.slice(0, length), shape)) {
            feed.put("input_ids", idsTensor);
            feed.put("attention_mask", maskTensor);
            if (tokenTypes) {
                feed.put("token_type_ids", typesTensor);
            }
            try (OrtSession.Result result = session.run(feed, Set.of(session.getOutputNames().iterator().next()))) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                return unit(meanPool(hidden, length));
            }
        } catch (OrtException failed) {
            throw new IllegalStateException("the sentence encoder failed: " + failed.getMessage(), failed);
        }
    }

    /**
     * The ids langchain4j's encoder feeds the model: it tokenizes, rebuilds the text from the tokens (special tokens
     * left out) and encodes that text again, or the tokens joined when the rebuilt text tokenizes differently. The
     * rebuilt text gives the same tokens, hence the same ids, as the first pass, so one pass and a check suffice.
     */
    private long[] ids(String text) {
        Encoding encoding = tokenizer.encode(text, true, false);
        String[] tokens = encoding.getTokens();
        if (tokens.length <= 2) {
            return encoding.getIds(); // langchain4j embeds nothing then; never reached with safe(text)
        }
        List<String> inner = List.of(tokens).subList(1, tokens.length - 1);
        String rebuilt = tokenizer.buildSentence(inner);
        List<String> again = tokenizer.tokenize(rebuilt);
        if (again.size() == tokens.length && again.subList(1, again.size() - 1).equals(inner)) {
            return encoding.getIds();
        }
        return tokenizer.encode(String.join("", inner), true, false).getIds();
    }

    private static float[] meanPool(FloatBuffer hidden, int tokens) {
        float[] mean = new float[DIMENSION];
        for (int t = 0; t < tokens; t++) {
            int base = t * DIMENSION;
            for (int j = 0; j < DIMENSION; j++) {
                mean[j] += hidden.get(base + j);
            }
        }
        for (int j = 0; j < DIMENSION; j++) {
            mean[j] /= tokens;
        }
        return mean;
    }

    /** langchain4j's normalisation (float sum of squares, float norm). */
    private static float[] unit(float[] vector) {
        float sumSquare = 0;
        for (float v : vector) {
            sumSquare += v * v;
        }
        float norm = (float) Math.sqrt(sumSquare);
        float[] normalised = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            normalised[i] = vector[i] / norm;
        }
        return normalised;
    }

    /** Direct buffers reused by one thread's calls: ids, an all-ones attention mask, all-zero token types. */
    private static final class Inputs {
        LongBuffer ids = direct(MAX_TOKENS);
        LongBuffer mask = direct(MAX_TOKENS);
        LongBuffer types = direct(MAX_TOKENS);

        Inputs() {
            for (int i = 0; i < MAX_TOKENS; i++) {
                mask.put(i, 1L);
                types.put(i, 0L);
            }
        }

        void fill(long[] values) {
            if (values.length > ids.capacity()) {
                ids = direct(values.length);
                mask = direct(values.length);
                types = direct(values.length);
                for (int i = 0; i < values.length; i++) {
                    mask.put(i, 1L);
                }
            }
            for (int i = 0; i < values.length; i++) {
                ids.put(i, values[i]);
            }
        }

        private static LongBuffer direct(int size) {
            return ByteBuffer.allocateDirect(size * Long.BYTES).order(ByteOrder.nativeOrder()).asLongBuffer();
        }
    }

    /** TextSegment refused blank text, so a blank sentence was embedded as "."; kept, for the same vectors. */
    private static String safe(String text) {
        return text == null || text.isBlank() ? "." : text;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream stream(String name) {
        InputStream in = dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel.class
                .getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException(name + " is missing from the classpath"));
        }
        return in;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public String name() {
        return NAME;
    }
}
