package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignCommandTest {
    static final String MODEL = "data/china-us-ai-labs.json";
    static final Path ARTICLE = Path.of("src/test/resources/org/parallax/analysis/align/held-out-article.txt");

    @TempDir
    Path folder;

    @Test
    void jsonProposalsSliceTheArticleAndComeBestFirstWithinAParagraph() throws IOException {
        CliRun run = CliRun.of("align", MODEL, ARTICLE.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        String article = Files.readString(ARTICLE);
        JsonNode proposals = root.get("proposals");
        assertThat(proposals.size()).isGreaterThan(5);
        double previous = 2;
        int previousStart = -1;
        for (JsonNode proposal : proposals) {
            int start = proposal.get("start").asInt();
            int end = proposal.get("end").asInt();
            assertThat(slice(article, start, end)).isEqualTo(proposal.get("text").asText());
            assertThat(proposal.get("score").asDouble()).isBetween(0.0, 1.0);
            assertThat(proposal.get("evidence").isArray()).isTrue();
            assertThat(proposal.get("point").asText()).isNotBlank();
            if (start == previousStart) {
                assertThat(proposal.get("score").asDouble()).isLessThanOrEqualTo(previous);
            } else {
                assertThat(start).isGreaterThan(previousStart);
            }
            previous = proposal.get("score").asDouble();
            previousStart = start;
        }
        assertThat(root.get("unmatched").isArray()).isTrue();
        for (JsonNode unmatched : root.get("unmatched")) {
            assertThat(slice(article, unmatched.get("start").asInt(), unmatched.get("end").asInt()))
                    .isEqualTo(unmatched.get("text").asText());
        }
    }

    @Test
    void comparisonsThatMatchNoPointAreListedAsUnmatchedInJson() throws IOException {
        Path second = Path.of("src/test/resources/org/parallax/analysis/align/second-held-out-article.txt");
        CliRun run = CliRun.of("align", MODEL, second.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode unmatched = new ObjectMapper().readTree(run.out()).get("unmatched");
        java.util.List<String> texts = new java.util.ArrayList<>();
        unmatched.forEach(node -> texts.add(node.get("text").asText()));
        assertThat(texts).anySatisfy(text -> assertThat(text).startsWith("Housing is another"))
                .anySatisfy(text -> assertThat(text).startsWith("Patents show a"))
                .noneSatisfy(text -> assertThat(text).startsWith("The following evening"));
    }

    @Test
    void aHigherThresholdGivesFewerProposalsAndTextOutputNamesThePoints() {
        CliRun all = CliRun.of("align", MODEL, ARTICLE.toString(), "--min-score", "0.1");
        CliRun few = CliRun.of("align", MODEL, ARTICLE.toString(), "--min-score", "0.9");
        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).contains("nvidia-shortage: ").contains("words: ");
        assertThat(count(all.out(), "\n  0.")).isGreaterThan(count(few.out(), "\n  0."));
    }

    @Test
    void usageAndInputErrorsHaveTheirExitCodes() throws IOException {
        assertThat(CliRun.of("align", MODEL, ARTICLE.toString(), "--min-score", "1.5").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("align", MODEL).exitCode()).isEqualTo(2);
        CliRun missing = CliRun.of("align", MODEL, folder.resolve("absent.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("absent.txt").doesNotContain("Exception");
        Path latin = folder.resolve("latin.txt");
        Files.write(latin, "Caf\u00E9".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(CliRun.of("align", MODEL, latin.toString()).err()).contains("not UTF-8");
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    private static String slice(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }
}
