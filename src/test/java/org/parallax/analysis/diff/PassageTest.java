package org.parallax.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Certainty;
import org.parallax.model.Framing;
import org.parallax.model.Quote;
import org.parallax.model.Stance;

class PassageTest {

    @Test
    void aFramingPassageHasTheJoinedTextAndOnePartPerQuote() {
        Framing framing = new Framing("alpha", null, Stance.NEUTRAL, Certainty.ASSERTED, "frame",
                List.of(new Quote("first quote", 0, 11, null), new Quote("Second one", 20, 30, null),
                        new Quote("\uD83D\uDE80 third", 40, 48, null)));
        Passage passage = Passage.of(framing);
        assertThat(passage.text()).isEqualTo(framing.joinedText());
        assertThat(passage.partStarts()).containsExactly(0, 12, 23);
        assertThat(passage.text().substring(23)).startsWith("\uD83D\uDE80");
    }

    @Test
    void aPlainTextIsOnePart() {
        assertThat(Passage.of("some text").partStarts()).containsExactly(0);
        assertThat(Passage.joined(List.of()).text()).isEmpty();
    }

    @Test
    void partStartsOutsideTheTextAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Passage("abc", new int[] {0, 4}));
    }
}
