package org.parallax.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.parallax.analysis.filter.QuoteCatalog;
import org.parallax.io.ModelLoader;
import org.parallax.model.Model;
import org.parallax.ui.explorer.ModelSnapshot;

/**
 * Heap retained by a loaded model, against the file's size (target: at most 3x). Used heap is read after
 * full GCs before and after loading, so only what the model keeps alive is counted, not the parser's garbage.
 * Also reports the quote catalog (filter and export) and the window's snapshot (catalog, point rows, comparison
 * rows, coverage counts) that the view-models hold while the model is open.
 *
 * <p>Run: {@code java -cp target/benchmarks.jar org.parallax.bench.HeapProbe [MODEL]} (default: the 100k corpus).
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : BenchCorpora.model(100_000);
        long fileSize = Files.size(file);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledHeap(memory);
        Model model = new ModelLoader().load(file).modelIfValid()
                .orElseThrow(() -> new IllegalStateException(file + " does not load"));
        long withModel = settledHeap(memory);
        QuoteCatalog catalog = QuoteCatalog.of(model);
        long withCatalog = settledHeap(memory);
        report("model", file, fileSize, withModel - before);
        report("model + quote catalog", file, fileSize, withCatalog - before);
        catalog = null; // the window's snapshot builds its own catalog
        ModelSnapshot snapshot = ModelSnapshot.of(model);
        long withSnapshot = settledHeap(memory);
        report("model + window snapshot", file, fileSize, withSnapshot - before);
        // keep the model and the snapshot reachable until measured
        if (model.quoteCount() != snapshot.quotes().size()) {
            throw new IllegalStateException("snapshot and model disagree");
        }
    }

    private static void report(String what, Path file, long fileSize, long retained) {
        System.out.printf(Locale.ROOT, "heap %-24s %8.1f MB retained, file %s %8.1f MB, ratio %.2f (target <= 3.00)%n",
                what, retained / 1e6, file.getFileName(), fileSize / 1e6, (double) retained / fileSize);
    }

    private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
