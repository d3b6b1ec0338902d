package org.parallax.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parallax.model.Model;

/**
 * Reads a large model on two threads (decision 0019): this thread parses the file without the points after the
 * cut (the head), a second one parses those points (the tail) with the head's references, and the head takes the
 * tail's findings in where it reaches the cut, so problems, locations and model come out as one pass makes them.
 * Anything unexpected (malformed JSON, a limit, parts that disagree) gives up: the caller then reads the file in
 * one pass, so a broken file gets exactly the one-pass problems.
 */
final class SplitLoad {
    private static final Logger LOG = Logger.getLogger(SplitLoad.class.getName());

    /**
     * What the load found: the model (null when it has problems), the problems and the locations. When the file had
     * no cut, the head alone read it, in one pass.
     */
    record Outcome(Model model, Problems problems, ModelLocations locations) {
    }

    /** The two parts disagree with each other or with the scan: the split is not trusted. */
    private static final class Disagreement extends IOException {
        private static final long serialVersionUID = 1L;

        Disagreement(String message) {
            super(message);
        }
    }

    private final JsonFactory headJson;
    private final JsonFactory tailJson;
    private final boolean offsetsRequired;

    /** {@code tailJson} must nest one level less deep than {@code headJson}: the tail has no root object. */
    SplitLoad(JsonFactory headJson, JsonFactory tailJson, boolean offsetsRequired) {
        this.headJson = headJson;
        this.tailJson = tailJson;
        this.offsetsRequired = offsetsRequired;
    }

    /**
     * The outcome, or empty when the load gave up and the file is to be read in one pass; {@code tried} hears
     * whether a cut was found (and so whether the outcome, if any, is a split one).
     */
    Optional<Outcome> parse(byte[] content, String file, double share, Consumer<Boolean> tried) {
        AtomicInteger scanned = new AtomicInteger();
        CompletableFuture<Optional<PointsCut>> scan = new CompletableFuture<>();
        CompletableFuture<References> handoff = new CompletableFuture<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        FutureTask<ModelReader.PointsPart> tail = new FutureTask<>(() -> {
            Optional<PointsCut> cut;
            try {
                cut = PointsCut.find(content, share, scanned);
            } catch (RuntimeException | Error failed) {
                scan.completeExceptionally(failed);
                throw failed;
            }
            scan.complete(cut);
            return cut.isEmpty() ? null : readTail(content, file, cut.get(), handoff, abandoned);
        });
        Thread thread = new Thread(tail, "parallax-points-tail");
        thread.setDaemon(true);
        try {
            thread.start();
        } catch (OutOfMemoryError | RuntimeException noThread) {
            LOG.log(Level.FINE, "no second thread for {0}: {1}", new Object[] {file, noThread});
            return Optional.empty(); // the one pass then, without telling tests a split was tried
        }
        Optional<Outcome> outcome = Optional.empty();
        try {
            outcome = Optional.of(readHead(content, file, new Join(scan, handoff, tail), scanned));
        } catch (IOException | RuntimeException failed) {
            LOG.log(Level.FINE, "two-thread load of {0} gave up, reading it in one pass: {1}",
                    new Object[] {file, failed});
        } finally {
            abandoned.set(true); // stops a tail that is still reading
            handoff.cancel(false); // and one that never started
        }
        boolean noCut = scan.isDone() && !scan.isCompletedExceptionally() && scan.join().isEmpty();
        if (!noCut) {
            tried.accept(outcome.isPresent());
        }
        return outcome;
    }

    private Outcome readHead(byte[] content, String file, Join join, AtomicInteger scanned) throws IOException {
        Problems problems = new Problems(file, content, join.shift);
        ModelLocations locations = new ModelLocations(file);
        try (JsonParser parser = headJson.createParser(new HeadInput(content, scanned, join.scan, join.shift))) {
            ModelReader reader = ModelReader.head(parser, problems, locations, offsetsRequired, join);
            Model model = reader.read();
            if (!reader.rootIsObject() || !join.joined) {
                throw new Disagreement("the head did not read the points array");
            }
            long after = join.shift.offset(parser.currentLocation().getByteOffset());
            for (long i = Math.max(after, 0); i < content.length; i++) {
                byte b = content[(int) i];
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    throw new Disagreement("content after the root object"); // the one pass reports it
                }
            }
            problems.list().addAll(reader.references().unresolved(file));
            problems.list().addAll(DerivationCycles.find(reader.derivations(), file));
            return new Outcome(model, problems, locations);
        }
    }

    private ModelReader.PointsPart readTail(byte[] content, String file, PointsCut cut,
                                            CompletableFuture<References> handoff, AtomicBoolean abandoned)
            throws Exception {
        // "[" and the elements after the cut, with the array's "]"; read in place, not copied
        InputStream bytes = new SequenceInputStream(new ByteArrayInputStream(new byte[] {'['}),
                new ByteArrayInputStream(content, cut.cut() + 1, cut.pointsEnd() - cut.cut()));
        References references = handoff.get();
        // lines and element numbers as if the tail were the file; the head moves them once it knows where it cut
        Problems problems = new Problems(file, content, new PartShift(0, cut.cut(), 0));
        try (JsonParser parser = tailJson.createParser(bytes)) {
            return ModelReader.tail(parser, problems, offsetsRequired, references).readPoints(abandoned::get);
        }
    }

    /** The head's side: hands over its references at the points, and checks and takes the tail at the cut. */
    private static final class Join implements ModelReader.SplitPoints {
        final CompletableFuture<Optional<PointsCut>> scan;
        final PartShift shift = PartShift.none();
        private final CompletableFuture<References> handoff;
        private final FutureTask<ModelReader.PointsPart> tail;
        private PointsCut cut;
        private boolean joined;

        Join(CompletableFuture<Optional<PointsCut>> scan, CompletableFuture<References> handoff,
             FutureTask<ModelReader.PointsPart> tail) {
            this.scan = scan;
            this.handoff = handoff;
            this.tail = tail;
        }

        @Override
        public void start(References references) {
            handoff.complete(references.forPointsPart());
        }

        @Override
        public ModelReader.PointsPart finish(int count, JsonLocation end) throws IOException {
            ModelReader.PointsPart part;
            try {
                part = tail.get();
                cut = scan.get().orElse(null);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new Disagreement("interrupted");
            } catch (ExecutionException failed) {
                throw new Disagreement("the tail failed: " + failed.getCause());
            }
            joined = true;
            if (cut == null) {
                return null;
            }
            // the head's points array must end exactly at the cut, after at least one element; the tail must hold at
            // least one element and nothing after its array: then one pass goes through the same tokens (0019)
            if (count < 1 || end.getByteOffset() != cut.cut() || part.count() < 1 || !part.alone()) {
                throw new Disagreement("the parts disagree at the cut");
            }
            shift.lines(part.endLine() - 1);
            return part;
        }
    }
}
