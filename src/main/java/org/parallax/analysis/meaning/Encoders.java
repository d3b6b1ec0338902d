package org.parallax.analysis.meaning;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The one shared sentence encoder of the process: loaded once, lazily, on a background daemon thread (never
 * the caller's), wrapped in a cache of embeddings. A load that fails (no native library for this platform, a
 * damaged jar, the system property {@code parallax.encoder=off}) gives an {@link EncoderLoad} with the reason;
 * nothing here throws.
 */
public final class Encoders {
    /** How many distinct texts the shared cache remembers (384 floats each: 10,000 texts ~ 16 MB). */
    public static final int CACHE_CAPACITY = 20_000;
    /** Set to {@code off} to run without the encoder (words alone). */
    public static final String SWITCH_PROPERTY = "parallax.encoder";

    private static final Object LOCK = new Object();
    private static CompletableFuture<EncoderLoad> shared;

    private Encoders() {
    }

    /**
     * The shared encoder's load, begun on the first call on a daemon thread; later calls return the same
     * future. Safe to call on the FX thread: it never blocks. Complete it with {@code thenAccept} or ask
     * {@link #ifLoaded()}.
     */
    public static CompletableFuture<EncoderLoad> shared() {
        synchronized (LOCK) {
            if (shared == null) {
                shared = CompletableFuture.supplyAsync(Encoders::loadCached, runnable -> {
                    Thread thread = new Thread(runnable, "parallax-encoder-load");
                    thread.setDaemon(true);
                    thread.start();
                });
            }
            return shared;
        }
    }

    /** Waits for the shared load (command line, tests, background tasks: never the FX thread). */
    public static EncoderLoad sharedNow() {
        return shared().join();
    }

    /** The shared encoder if it has already loaded; never waits, never starts a load. */
    public static Optional<SentenceEncoder> ifLoaded() {
        CompletableFuture<EncoderLoad> load;
        synchronized (LOCK) {
            load = shared;
        }
        if (load == null || !load.isDone()) {
            return Optional.empty();
        }
        return load.join().get();
    }

    /** A fresh, uncached load in the calling thread (benchmarks); the same failure values as {@link #shared()}. */
    public static EncoderLoad loadNow() {
        return load(() -> new MiniLmEncoder(workers()));
    }

    static EncoderLoad load(Supplier<SentenceEncoder> constructor) {
        long start = System.nanoTime();
        if ("off".equalsIgnoreCase(System.getProperty(SWITCH_PROPERTY, ""))) {
            return EncoderLoad.failed("the sentence encoder is switched off (-D" + SWITCH_PROPERTY + "=off)",
                    elapsed(start));
        }
        try {
            SentenceEncoder encoder = constructor.get();
            encoder.embed("warm up"); // the first call allocates the session's buffers; fail here, not later
            return EncoderLoad.loaded(encoder, elapsed(start));
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError nativeMissing) {
            return EncoderLoad.failed("ONNX Runtime's native library does not load on this platform ("
                    + message(nativeMissing) + ")", elapsed(start));
        } catch (Exception | LinkageError broken) {
            return EncoderLoad.failed("the sentence-encoder model could not be read (" + message(broken) + ")",
                    elapsed(start));
        } catch (OutOfMemoryError memory) {
            return EncoderLoad.failed("not enough memory to load the sentence encoder", elapsed(start));
        }
    }

    private static EncoderLoad loadCached() {
        EncoderLoad load = loadNow();
        return load.isLoaded()
                ? EncoderLoad.loaded(new CachingEncoder(load.encoder(), CACHE_CAPACITY), load.millis())
                : load;
    }

    private static ExecutorService workers() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "parallax-encoder-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())),
                factory);
    }

    private static String message(Throwable problem) {
        String text = problem.getMessage();
        return problem.getClass().getSimpleName() + (text == null ? "" : ": " + text);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
