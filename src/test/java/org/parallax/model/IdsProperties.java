package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Ids#isSlug} is a hand-written loop; it must accept exactly what the {@link Ids#SLUG} pattern accepts. */
class IdsProperties {
    @Property(tries = 3000)
    void isSlugAgreesWithTheSlugPattern(@ForAll("idLike") String id) {
        assertThat(Ids.isSlug(id)).as("'%s'", id).isEqualTo(Ids.SLUG.matcher(id).matches());
    }

    @Example
    void edgesOfTheRule() {
        assertThat(Ids.isSlug("a-1-b2")).isTrue();
        assertThat(Ids.isSlug("7")).isTrue();
        assertThat(Ids.isSlug("")).isFalse();
        assertThat(Ids.isSlug("-a")).isFalse();
        assertThat(Ids.isSlug("a-")).isFalse();
        assertThat(Ids.isSlug("a--b")).isFalse();
        assertThat(Ids.isSlug("A")).isFalse();
        assertThat(Ids.isSlug(null)).isFalse();
    }

    /** Strings over the characters that matter: slug characters, hyphens and a few that are never allowed. */
    @Provide
    Arbitrary<String> idLike() {
        return Arbitraries.strings().withChars("ab09-Z_ é\u0000").ofMaxLength(8);
    }
}
