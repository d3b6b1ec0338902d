package org.parallax.analysis.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parallax.model.Model;
import org.parallax.model.Point;

/** The evidence API the workbench highlights with: spans in the article and in the point's texts. */
class AlignerEvidenceTest {
    private static final Model MODEL = HeldOutAlignmentTest.bundled();
    private static final Aligner ALIGNER = new Aligner(MODEL);

    private static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    @Test
    void everyParagraphSpanIsAnEvidenceWordOfTheProposalAtItsArticleOffsets() throws Exception {
        String article = HeldOutKey.read(HeldOutKey.ARTICLE);
        List<Proposal> proposals = ALIGNER.align(article, 0.2).proposals();
        assertThat(proposals).hasSizeGreaterThan(10);
        for (Proposal proposal : proposals) {
            assertThat(proposal.evidenceStems()).hasSameSizeAs(proposal.evidence());
            List<EvidenceSpan> spans = ALIGNER.paragraphEvidence(proposal);
            assertThat(spans).allSatisfy(span -> {
                assertThat(span.start()).isGreaterThanOrEqualTo(proposal.paragraph().start());
                assertThat(span.end()).isLessThanOrEqualTo(proposal.paragraph().end());
                assertThat(codePoints(article, span.start(), span.end())).isEqualTo(span.word());
                assertThat(proposal.evidenceStems()).contains(span.stem());
            });
            assertThat(spans.stream().map(EvidenceSpan::stem).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(proposal.evidenceStems());
        }
    }

    @Test
    void everyPointSpanIsInTheTextItNamesAndEveryStemIsFoundInThePoint() throws Exception {
        List<Proposal> proposals = ALIGNER.align(HeldOutKey.read(HeldOutKey.ARTICLE), 0.2).proposals();
        for (Proposal proposal : proposals) {
            Point point = MODEL.point(proposal.pointId()).orElseThrow();
            List<PointEvidence> spans = ALIGNER.pointEvidence(proposal);
            assertThat(spans).allSatisfy(span -> {
                String text = switch (span.part()) {
                    case TITLE -> point.title();
                    case CLAIM -> point.claims().get(span.key());
                    case QUOTE -> point.framingOf(span.key()).orElseThrow().quotes().get(span.index()).text();
                };
                assertThat(codePoints(text, span.start(), span.end())).isEqualTo(span.word());
                assertThat(proposal.evidenceStems()).contains(span.stem());
            });
            assertThat(spans.stream().map(PointEvidence::stem).collect(Collectors.toSet()))
                    .as(proposal.pointId()).containsExactlyInAnyOrderElementsOf(proposal.evidenceStems());
        }
    }

    @Test
    void offsetsCountCodePointsPastCharactersOutsideTheBasicPlane() {
        String article = "\uD83D\uDE80\uD83D\uDE80 Nvidia chips are scarce; every lab wants more Nvidia GPUs for training.";
        Proposal proposal = ALIGNER.align(article, 0.0).proposals().stream()
                .filter(p -> p.pointId().equals("nvidia-shortage")).findFirst().orElseThrow();
        List<EvidenceSpan> nvidia = ALIGNER.paragraphEvidence(proposal).stream()
                .filter(span -> span.word().equals("Nvidia")).toList();
        assertThat(nvidia).extracting(EvidenceSpan::start).containsExactly(3, 49);
        assertThat(nvidia).allSatisfy(span -> assertThat(codePoints(article, span.start(), span.end()))
                .isEqualTo("Nvidia"));
    }

    @Test
    void aProposalMadeWithoutStemsGetsTheSameSpansFromItsWords() throws Exception {
        Proposal made = ALIGNER.align(HeldOutKey.read(HeldOutKey.ARTICLE)).proposals().get(0);
        Proposal legacy = new Proposal(made.paragraph(), made.pointId(), made.score(), made.lexical(),
                made.semantic(), made.evidence());
        assertThat(legacy.evidenceStems()).isEmpty();
        assertThat(ALIGNER.paragraphEvidence(legacy)).isEqualTo(ALIGNER.paragraphEvidence(made));
        assertThat(ALIGNER.pointEvidence(legacy)).isEqualTo(ALIGNER.pointEvidence(made));
    }
}
