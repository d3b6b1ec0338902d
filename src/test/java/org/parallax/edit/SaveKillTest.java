package org.parallax.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.LoadResult;
import org.parallax.io.ModelLoader;
import org.parallax.io.ModelWriter;
import org.parallax.model.Model;

/**
 * Kills a child process in the middle of saving, many times: the model file is always one whole version (never
 * a part), and so is its backup. 12 kills by default; {@code -Dparallax.saveKills=N} for a longer run.
 */
class SaveKillTest {
    @TempDir
    Path folder;

    @Test
    void theModelFileIsAlwaysAWholeVersionWhateverMomentTheProcessDies() throws Exception {
        int kills = Integer.getInteger("parallax.saveKills", 12);
        Path source = Path.of("data/china-us-ai-labs.json");
        Model a = new ModelLoader().load(source).model();
        Model b = new StructureEdits.SetTitle("Version B").apply(a);
        List<byte[]> versions = List.of(bytes(a), bytes(b));
        Path target = folder.resolve("model.json");
        Random random = new Random(13);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int kill = 0; kill < kills; kill++) {
            Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), SaveLoop.class.getName(), target.toString(),
                    source.toAbsolutePath().toString()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).as("the child started saving").isEqualTo("saving");
                Thread.sleep(random.nextInt(200));
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertWhole(target, versions, "model file after kill " + kill);
            assertWhole(ModelSaver.backupOf(target), versions, "backup after kill " + kill);
        }
        // the next save cleans up what the killed ones left
        new ModelSaver().save(a, target, null);
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("model.json", "model.json.bak");
        }
    }

    private static void assertWhole(Path file, List<byte[]> versions, String what) throws Exception {
        if (!Files.exists(file)) {
            return; // a backup is made from the second save on
        }
        byte[] now = Files.readAllBytes(file);
        assertThat(versions.stream().anyMatch(v -> java.util.Arrays.equals(v, now))).as(what).isTrue();
        LoadResult loaded = new ModelLoader().load(file);
        assertThat(loaded.problems()).as(what).isEmpty();
    }

    private static byte[] bytes(Model model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ModelWriter().write(model, out);
        return out.toByteArray();
    }
}
