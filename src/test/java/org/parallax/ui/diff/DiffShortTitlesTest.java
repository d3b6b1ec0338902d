package org.parallax.ui.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiffShortTitlesTest {

    @Test
    void aSubtitleIsDropped() {
        assertThat(ShortTitles.of("Harbour Notes: What the Pilots Saw")).isEqualTo("Harbour Notes");
        assertThat(ShortTitles.of("Harbour Notes \u2014 a memoir")).isEqualTo("Harbour Notes");
    }

    @Test
    void aLongTitleIsCutAtAWordWithAnEllipsis() {
        String shortened = ShortTitles.of("Ferry operators gain ground through timetables and open piers");
        assertThat(shortened).isEqualTo("Ferry operators gain\u2026");
        assertThat(shortened.length()).isLessThanOrEqualTo(ShortTitles.MAX + 1);
    }

    @Test
    void aShortTitleIsKeptAndAWordLongerThanTheLimitIsCut() {
        assertThat(ShortTitles.of("Untitled, unsigned rewrite")).isEqualTo("Untitled, unsigned\u2026");
        assertThat(ShortTitles.of("Pier notes")).isEqualTo("Pier notes");
        assertThat(ShortTitles.of("Supercalifragilisticexpialidocious")).isEqualTo("Supercalifragilisticex\u2026");
    }
}
