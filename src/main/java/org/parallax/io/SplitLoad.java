package org.parallax.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /** What the split load found: the model (null when it has problems), the problems and the locations. */
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

    /** The outcome, or empty when the split gave up and the file is to be read in one pass. */
    Optional<Outcome> parse(byte[] content, String file, PointsCut cut) {
        AtomicBoolean abandoned = new AtomicBoolean();
        CompletableFuture<References> handoff = new CompletableFuture<>();
        FutureTask<ModelReader.PointsPart> tail = new FutureTask<>(() -> readTail(content, file, cut, handoff,
                abandoned));
        Thread thread = new Thread(tail, "parallax-points-tail");
        thread.setDaemon(true);
        thread.start();
        try {
            return Optional.ofNullable(readHead(content, file, cut, handoff, tail));
        } catch (IOException | RuntimeException | InterruptedException failed) {
            if (failed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.log(Level.FINE, "two-thread load of {0} gave up, reading it in one pass: {1}",
                    new Object[] {file, failed});
            return Optional.empty();
        } finally {
            abandoned.set(true); // stops a tail that is still reading
            handoff.cancel(false); // and one that never started
        }
    }

    private Outcome readHead(byte[] content, String file, PointsCut cut, CompletableFuture<References> handoff,
                             FutureTask<ModelReader.PointsPart> tail) throws IOException, InterruptedException {
        int after = content.length - cut.pointsEnd();
        byte[] head = new byte[cut.cut() + after];
        System.arraycopy(content, 0, head, 0, cut.cut());
        System.arraycopy(content, cut.pointsEnd(), head, cut.cut(), after);
        PartShift shift = new PartShift(cut.cut(), cut.pointsEnd() - cut.cut(), 0);
        Problems problems = new Problems(file, content, shift);
        ModelLocations locations = new ModelLocations(file);
        Join join = new Join(cut, handoff, tail, shift);
        try (JsonParser parser = headJson.createParser(head)) {
            ModelReader reader = ModelReader.head(parser, problems, locations, offsetsRequired, join);
            Model model = reader.read();
            if (!reader.rootIsObject() || !join.joined) {
                throw new Disagreement("the head did not read the points array the scan found");
            }
            long end = parser.currentLocation().getByteOffset();
            for (long i = Math.max(end, 0); i < head.length; i++) {
                if (head[(int) i] != ' ' && head[(int) i] != '\n' && head[(int) i] != '\r' && head[(int) i] != '\t') {
                    throw new Disagreement("content after the root object");
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
        // "[" and the elements after the cut, with the array's "]"
        int length = cut.pointsEnd() - cut.cut();
        byte[] bytes = new byte[length + 1];
        bytes[0] = '[';
        System.arraycopy(content, cut.cut() + 1, bytes, 1, length);
        References references = handoff.get();
        Problems problems = new Problems(file, content, new PartShift(0, cut.cut(), cut.linesBeforeCut()));
        try (JsonParser parser = tailJson.createParser(bytes)) {
            return ModelReader.tail(parser, problems, offsetsRequired, references)
                    .readPoints(cut.elementsBefore(), abandoned::get);
        }
    }

    /** The head's side: hands over its references at the points, and checks and takes the tail at the cut. */
    private static final class Join implements ModelReader.SplitPoints {
        private final PointsCut cut;
        private final CompletableFuture<References> handoff;
        private final FutureTask<ModelReader.PointsPart> tail;
        private final PartShift shift;
        private boolean joined;

        Join(PointsCut cut, CompletableFuture<References> handoff, FutureTask<ModelReader.PointsPart> tail,
             PartShift shift) {
            this.cut = cut;
            this.handoff = handoff;
            this.tail = tail;
            this.shift = shift;
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
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new Disagreement("interrupted");
            } catch (ExecutionException failed) {
                throw new Disagreement("the tail failed: " + failed.getCause());
            }
            // the head's array must end at the cut, after the elements the scan counted, on the line it counted;
            // the tail must hold at least one element and nothing after its array
            if (count != cut.elementsBefore() || end.getByteOffset() != cut.cut()
                    || end.getLineNr() != cut.linesBeforeCut() + 1 || part.count() < 1 || !part.alone()) {
                throw new Disagreement("the parts disagree at the cut");
            }
            shift.lines(part.endLine() - 1);
            joined = true;
            return part;
        }
    }
}
