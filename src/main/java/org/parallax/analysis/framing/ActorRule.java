package org.parallax.analysis.framing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.analysis.meaning.SentenceEncoder;

/**
 * Entity changes: the actor changes. Actors are names (capitalised words not opening a sentence, or not common
 * words when they do; acronyms) and role nouns (actors.txt). An actor of one side is matched when the other
 * side, or the other side's whole article, has one of its words (by stem), an alias of it (aliases.txt: a
 * country and its demonym), or an actor the sentence encoder finds close to it (a synonym). Only when both
 * sides keep an unmatched actor is it a change: an actor one side merely omits is not one.
 */
final class ActorRule {
    private static final double SYNONYM_COSINE = 0.62;
    /** Two proper names: the encoder places sibling names close ("Germany" / "Italy" 0.73), so ask for more. */
    private static final double NAME_SYNONYM_COSINE = 0.76;

    private final FramingLexicons lexicons;
    private final SentenceEncoder encoder;

    ActorRule(FramingLexicons lexicons, SentenceEncoder encoder) {
        this.lexicons = lexicons;
        this.encoder = encoder;
    }

    /** An actor: a name (capitalised) or a role noun. */
    private record Actor(Span span, String text, List<Word> words, boolean name, boolean located) {
    }

    /** Entity changes of a pair; actors inside the given source spans are attribution's, not entity's. */
    void apply(PairRules.Side a, PairRules.Side b, PairRules.Emitter out, List<Span> sourcesA,
               List<Span> sourcesB) {
        List<Actor> left = unmatched(actors(a), b);
        List<Actor> right = unmatched(actors(b), a);
        left.removeIf(actor -> sourcesA.stream().anyMatch(source -> source.contains(actor.span())));
        right.removeIf(actor -> sourcesB.stream().anyMatch(source -> source.contains(actor.span())));
        if (left.isEmpty() || right.isEmpty()) {
            return;
        }
        if (encoder != null) { // one batch instead of one call per actor (the cache serves sameActor)
            List<String> texts = new ArrayList<>();
            left.forEach(actor -> texts.add(actor.text()));
            right.forEach(actor -> texts.add(actor.text()));
            encoder.embedAll(texts);
        }
        for (Actor from : left) {
            for (Actor to : right) {
                // a name against a role noun may be the same actor, generalised ("Meta" / "the company"); a
                // place or nationality ("U.S.", "Chinese") is compared only with another
                if (comparableKinds(from, to) && !sameActor(from.text(), to.text())) {
                    out.add(FramingLabel.ENTITY, Direction.CHANGED, from.text(), to.text(), from.span(), to.span(),
                            "B names '" + to.text() + "' where A names '" + from.text() + "'");
                    return;
                }
            }
        }
    }

    /** Whether two names or role phrases name the same actor: shared alias group or encoder synonymy. */
    boolean sameActor(String first, String second) {
        Set<Integer> groups = aliasGroups(first);
        groups.retainAll(aliasGroups(second));
        if (!groups.isEmpty()) {
            return true;
        }
        if (encoder == null) {
            return false;
        }
        double threshold = SYNONYM_COSINE;
        if (properName(first) && properName(second)) {
            if (shortened(first, second) || shortened(second, first)) {
                return true; // "the Fed" / "the Federal Reserve"
            }
            threshold = NAME_SYNONYM_COSINE;
        }
        return SentenceEncoder.cosine(encoder.embed(first), encoder.embed(second)) >= threshold;
    }

    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** Every content word capitalised and no common word: a name, not a role phrase. */
    private boolean properName(String text) {
        List<Word> words = Words.of(text, 0, text.length());
        boolean any = false;
        for (Word word : words) {
            if (lexicons.isStopword(word.key())) {
                continue;
            }
            if (!word.capitalised() || lexicons.isCommon(word.key()) || CALENDAR.contains(word.key())) {
                return false; // "Scientists" opening a sentence, "March": not names of actors
            }
            any = true;
        }
        return any;
    }

    /** A word of {@code short} (three letters or more) that begins a word of {@code full}: a shortened name. */
    private boolean shortened(String shortName, String full) {
        for (Word part : Words.of(shortName, 0, shortName.length())) {
            if (part.key().length() < 3 || lexicons.isStopword(part.key())) {
                continue;
            }
            for (Word word : Words.of(full, 0, full.length())) {
                if (word.key().startsWith(part.key())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Names compare with names and roles with roles; a name or a place against a role only when the role is a
     * plural group ("Google" / "many U.S. firms"), not one definite actor that may be the same one generalised
     * ("Meta" / "the company"). Places never against organisations' names ("U.S." / "OpenAI").
     */
    private boolean comparableKinds(Actor from, Actor to) {
        if (from.name() && to.name()) {
            return isPlace(from) == isPlace(to);
        }
        if (!from.name() && !to.name()) {
            return true;
        }
        Actor role = from.name() ? to : from;
        Actor name = from.name() ? from : to;
        return plural(role) && !name.located();
    }

    private static boolean plural(Actor role) {
        String key = role.words().get(role.words().size() - 1).key();
        return key.endsWith("s") && !key.endsWith("ss");
    }

    /** A country, city or nationality: in aliases.txt, or one word shaped like a demonym ("Kenyan"). */
    private boolean isPlace(Actor actor) {
        if (!aliasGroups(actor.text()).isEmpty()) {
            return allPlaceWords(actor); // "British Museum", "Bank of England" are bodies, not places
        }
        return actor.words().size() == 1 && actor.words().get(0).key().matches("\\p{L}{3,}(ian|ean|ese|ish|an)");
    }

    private boolean allPlaceWords(Actor actor) {
        List<Word> words = actor.words();
        for (int k = 0; k < words.size(); k++) {
            String key = words.get(k).key();
            if (lexicons.isStopword(key) || lexicons.aliasGroup(key) >= 0) {
                continue;
            }
            boolean paired = k + 1 < words.size() && lexicons.aliasGroup(key + "-" + words.get(k + 1).key()) >= 0
                    || k > 0 && lexicons.aliasGroup(words.get(k - 1).key() + "-" + key) >= 0;
            if (!paired) {
                return false;
            }
        }
        return true;
    }

    private Set<Integer> aliasGroups(String text) {
        Set<Integer> groups = new HashSet<>();
        List<Word> words = Words.of(text, 0, text.length());
        for (int k = 0; k < words.size(); k++) {
            int group = lexicons.aliasGroup(words.get(k).key());
            if (group >= 0) {
                groups.add(group);
            }
            if (k + 1 < words.size()) {
                int pair = lexicons.aliasGroup(words.get(k).key() + "-" + words.get(k + 1).key());
                if (pair >= 0) {
                    groups.add(pair);
                }
            }
        }
        return groups;
    }

    private List<Actor> actors(PairRules.Side side) {
        List<Actor> actors = new ArrayList<>();
        List<Word> words = side.words;
        int k = 0;
        while (k < words.size()) {
            Word word = words.get(k);
            if (isName(side, k)) {
                int end = k + 1;
                while (end < words.size() && isName(side, end) && !Words.breakBefore(side.text, words, end)) {
                    end++;
                }
                actors.add(actor(side, k, end, true));
                k = end;
            } else if (!word.number() && lexicons.actors().contains(word.key())) {
                actors.add(actor(side, k, k + 1, false));
                k++;
            } else {
                k++;
            }
        }
        return actors;
    }

    private static Actor actor(PairRules.Side side, int first, int end, boolean name) {
        Span span = new Span(side.words.get(first).start(), side.words.get(end - 1).end());
        String before = first > 0 ? side.words.get(first - 1).key() : "";
        boolean located = List.of("in", "from", "across", "within", "at", "inside", "outside", "throughout")
                .contains(before);
        return new Actor(span, span.of(side.text), side.words.subList(first, end), name, located);
    }

    private boolean isName(PairRules.Side side, int index) {
        Word word = side.words.get(index);
        if (word.number() || !word.capitalised()) {
            return false;
        }
        boolean acronym = word.text().length() >= 2 && word.text().replace(".", "").chars()
                .allMatch(Character::isUpperCase);
        if (acronym) {
            return true;
        }
        if (side.sentenceStart(index)) {
            // a capitalised first word is a name only when the text capitalises it elsewhere too, or a name
            // follows it ("New York"), and it is no common or marker word
            if (lexicons.isCommon(word.key()) || isMarkerWord(word.key()) || lexicons.actors().contains(word.key())) {
                return false;
            }
            String tag = side.tag(index);
            return tag == null || tag.equals("PROPN");
        }
        return !lexicons.isStopword(word.key()) && !isMarkerWord(word.key());
    }

    private static boolean capitalisedElsewhere(PairRules.Side side, int index) {
        String key = side.words.get(index).key();
        for (int k = 0; k < side.words.size(); k++) {
            Word other = side.words.get(k);
            if (k != index && other.key().equals(key) && other.capitalised() && !side.sentenceStart(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean isMarkerWord(String key) {
        return lexicons.hedges().startsEntry(key) || lexicons.boosters().startsEntry(key)
                || lexicons.quantifiers().startsEntry(key) || lexicons.qualifiers().startsEntry(key)
                || lexicons.negators().startsEntry(key) || lexicons.modals().startsEntry(key)
                || lexicons.reporting().startsEntry(key) || lexicons.hearsay().startsEntry(key)
                || lexicons.evaluative().startsEntry(key) || lexicons.approximators().startsEntry(key)
                || lexicons.figureWords().startsEntry(key);
    }

    /** Actors of one side that the other side (or its article) does not name in any way. */
    private List<Actor> unmatched(List<Actor> actors, PairRules.Side other) {
        List<Actor> left = new ArrayList<>();
        Set<Integer> otherGroups = new HashSet<>();
        for (int k = 0; k < other.words.size(); k++) {
            int group = lexicons.aliasGroup(other.words.get(k).key());
            if (group >= 0) {
                otherGroups.add(group);
            }
            if (k + 1 < other.words.size()) {
                int pair = lexicons.aliasGroup(other.words.get(k).key() + "-" + other.words.get(k + 1).key());
                if (pair >= 0) {
                    otherGroups.add(pair);
                }
            }
        }
        for (Actor actor : actors) {
            boolean named = false;
            for (Word word : actor.words()) {
                if (other.stems.contains(word.stem()) || other.articleStems.contains(word.stem())) {
                    named = true;
                }
            }
            Set<Integer> groups = aliasGroups(actor.text());
            groups.retainAll(otherGroups);
            if (!named && groups.isEmpty()) {
                left.add(actor);
            }
        }
        return left;
    }
}
