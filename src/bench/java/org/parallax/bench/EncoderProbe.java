package org.parallax.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parallax.analysis.meaning.EncoderLoad;
import org.parallax.analysis.meaning.Encoders;
import org.parallax.analysis.meaning.SentenceEncoder;

/**
 * Load time, sentences per second and memory (heap used, process RSS) of the sentence encoder: run as a plain
 * main (docs/benchmarks.md, "Issue 12"). Sentences are generated, 12 to 30 words, all distinct (no cache).
 */
public final class EncoderProbe {
    private EncoderProbe() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long rssBefore = rssKb();
        long heapBefore = heapUsed();
        EncoderLoad load = Encoders.loadNow();
        if (!load.isLoaded()) {
            System.out.println("encoder did not load: " + load.reason());
            return;
        }
        SentenceEncoder encoder = load.encoder();
        System.out.printf("load (incl. first embedding): %d ms%n", load.millis());
        System.out.printf("after load: heap +%.1f MB, RSS +%.1f MB (RSS %.1f MB)%n",
                (heapUsed() - heapBefore) / 1048576.0, (rssKb() - rssBefore) / 1024.0, rssKb() / 1024.0);
        List<String> sentences = sentences(count, new Random(12));
        encoder.embedAll(sentences.subList(0, 200)); // warm
        for (int round = 0; round < 3; round++) {
            List<String> batch = sentences(count, new Random(100 + round));
            long start = System.nanoTime();
            encoder.embedAll(batch);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("embedAll %d sentences: %.2f s, %.0f sentences/s%n", count, seconds, count / seconds);
        }
        long start = System.nanoTime();
        for (String sentence : sentences.subList(0, 300)) {
            encoder.embed(sentence);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("embed one at a time, 300 sentences: %.0f sentences/s%n", 300 / seconds);
        System.gc();
        System.out.printf("end: heap used %.1f MB, RSS %.1f MB%n", heapUsed() / 1048576.0, rssKb() / 1024.0);
    }

    private static List<String> sentences(int count, Random random) {
        String[] words = ("the council court union club minister judge striker budget hospital nurses players "
                + "voted fined ruled said announced warned cut raised rejected approved million percent "
                + "on in after before with without against for because although season trial strike ward "
                + "year week spending deficit verdict appeal transfer goal patients waiting lists").split(" ");
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = 12 + random.nextInt(19);
            StringBuilder sentence = new StringBuilder();
            for (int w = 0; w < length; w++) {
                sentence.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            out.add(sentence.append(" ").append(i).append('.').toString());
        }
        return out;
    }

    private static long heapUsed() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
