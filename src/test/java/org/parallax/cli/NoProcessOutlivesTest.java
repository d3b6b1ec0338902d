package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defect 4 of issue 18: {@code kill -9} of the command a user started left its child JVM running and still writing.
 * Issue 14 removed the child JVMs; this proves it stays so: a long command, killed with SIGKILL while it works,
 * leaves no process behind, and it never started one. Every process that inherits its JVM options carries a marker,
 * so a child is found whoever its parent became. {@code -Dparallax.kills=N} repeats the kill N times (default 1).
 */
class NoProcessOutlivesTest {
    private static List<ProcessHandle> carrying(String marker) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains(marker)).orElse(false))
                .toList();
    }

    @Test
    void aKilledCommandLeavesNoProcessBehind(@TempDir Path dir) throws Exception {
        killedLeavesNothing(dir, false);
    }

    /** The jar as users run it ({@code java -jar}, where the child JVMs were started), once {@code mvn package} made it. */
    @Test
    void aKilledJarCommandLeavesNoProcessBehind(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "target/parallax.jar is built by mvn package, after the tests");
        killedLeavesNothing(dir, true);
    }

    private static final Path JAR = Path.of("target/parallax.jar");

    private static Process start(Path dir, boolean jar, String marker, Path out) throws IOException {
        String[] args = {"generate", "--quotes", "1000000", "--seed", "1", "--out", out.toString()};
        if (!jar) {
            return JavaRun.start(dir.resolve("out.txt").toFile(), dir.resolve("err.txt").toFile(), List.of(marker),
                    args);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), marker, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
    }

    private static void killedLeavesNothing(Path dir, boolean jar) throws Exception {
        int kills = Integer.getInteger("parallax.kills", 1);
        for (int round = 0; round < kills; round++) {
            String marker = "-Dparallax.test.marker=" + UUID.randomUUID();
            Path out = dir.resolve("run-" + round);
            Process command = start(dir, jar, marker, out);
            List<ProcessHandle> seen = new ArrayList<>();
            List<ProcessHandle> whileWorking;
            boolean aliveWhenKilled;
            try {
                // let it work for a second and a half of CPU (into the generation), looking for descendants meanwhile
                for (int wait = 0; wait < 1200 && command.isAlive() && cpuMillis(marker) < 1500; wait++) {
                    seen.addAll(command.descendants().toList());
                    TimeUnit.MILLISECONDS.sleep(50);
                }
                aliveWhenKilled = command.isAlive();
                seen.addAll(command.descendants().toList());
                whileWorking = carrying(marker);
            } finally {
                command.destroyForcibly(); // SIGKILL, as kill -9
                assertThat(command.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            List<ProcessHandle> left = carrying(marker);
            left.forEach(ProcessHandle::destroyForcibly); // never leave one running, even when this test fails

            assertThat(aliveWhenKilled).as("the command is still working when it is killed").isTrue();
            assertThat(whileWorking).as("processes carrying this run's marker while it works").hasSize(1);
            assertThat(left).as("processes left after kill -9").isEmpty();
            assertThat(seen).as("processes the command started").isEmpty();
        }
    }

    /** CPU time of every process carrying the marker: the command's work wherever it runs. */
    private static long cpuMillis(String marker) {
        return carrying(marker).stream()
                .mapToLong(process -> process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L))
                .sum();
    }

    @Test
    void theMarkerFindsTheRunningCommand(@TempDir Path dir) throws Exception {
        String marker = "-Dparallax.test.marker=" + UUID.randomUUID();
        File out = dir.resolve("out.txt").toFile();
        Process command = JavaRun.start(out, dir.resolve("err.txt").toFile(), List.of(marker),
                "generate", "--quotes", "1000000", "--seed", "2", "--out", dir.resolve("g").toString());
        try {
            for (int wait = 0; wait < 100 && carrying(marker).isEmpty(); wait++) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            assertThat(carrying(marker)).extracting(ProcessHandle::pid).containsExactly(command.pid());
        } finally {
            command.destroyForcibly().waitFor();
        }
    }
}
