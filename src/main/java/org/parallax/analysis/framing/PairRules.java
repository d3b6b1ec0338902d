package org.parallax.analysis.framing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.analysis.meaning.SentenceEncoder;

/**
 * Labels the framing changes of one aligned pair by comparing what each side's words mark: hedges, boosters,
 * reporting frames, negators, quantifiers, modal markers, figures, actors, loaded words and qualifying clauses.
 * A marker cancels a marker of the same function on the other side (a hedge for a hedge: "may" vs "might" is
 * no change), so a faithful paraphrase gets no label; what is left over is a change. docs/diff.md states every
 * rule with examples. Stateless, thread-safe.
 */
final class PairRules {
    private final FramingLexicons lexicons;
    private final SentenceEncoder encoder;
    private final FigureReader figures;
    private final ActorRule actors;

    PairRules(FramingLexicons lexicons, SentenceEncoder encoder) {
        this.lexicons = lexicons;
        this.encoder = encoder;
        this.figures = new FigureReader(lexicons);
        this.actors = new ActorRule(lexicons, encoder);
    }

    /** A marked word or phrase: where it is, its text, its tag (class, valence, kind) and its word indexes. */
    record Marker(Span span, String text, String tag, int first, int last) {
    }

    List<FramingChange> label(FramingEngine.Context context, AlignedPair pair, int index,
                              SentenceAligner.Link link) {
        Side a = new Side(context.fromText(), words(context.fromSentences(), link.fromFirst(), link.fromLast()),
                pair.from(), context.fromArticleStems());
        Side b = new Side(context.toText(), words(context.toSentences(), link.toFirst(), link.toLast()),
                pair.to(), context.toArticleStems());
        Emitter out = new Emitter(context, pair, index);
        figureDrift(a, b, out);
        hedging(a, b, out);
        boosting(a, b, out);
        List<Frame> framesA = frames(a);
        List<Frame> framesB = frames(b);
        attribution(new ArrayList<>(framesA), new ArrayList<>(framesB), a, b, out);
        negation(a, b, out);
        quantifiers(a, b, out);
        modality(a, b, out);
        if (framesA.isEmpty() || framesB.isEmpty()) {
            actors.apply(a, b, out, List.of(), List.of());
        } else {
            actors.apply(a, b, out, sourceSpans(framesA), sourceSpans(framesB));
        }
        evaluative(a, b, out);
        omission(a, b, out);
        attachedOmissions(context, link, a, b, out);
        return out.subsumedByOmission();
    }

    private static List<Word> words(List<Sentence> sentences, int first, int last) {
        List<Word> words = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            words.addAll(sentences.get(k).words());
        }
        return words;
    }

    // --- figure drift ------------------------------------------------------------------------------------

    private void figureDrift(Side a, Side b, Emitter out) {
        List<Figure> allLeft = figures.read(a.text, a.words);
        List<Figure> allRight = figures.read(b.text, b.words);
        List<Figure> left = new ArrayList<>(allLeft);
        List<Figure> right = new ArrayList<>(allRight);
        left.removeIf(figure -> allRight.stream().anyMatch(figure::sameValue));
        right.removeIf(figure -> allLeft.stream().anyMatch(figure::sameValue));
        for (Figure from : new ArrayList<>(left)) {
            for (Figure to : right) {
                if (from.comparable(to)) {
                    out.add(FramingLabel.FIGURE_DRIFT, Direction.CHANGED, from.text(), to.text(), from.span(),
                            to.span(), "B gives '" + to.text() + "' where A gives '" + from.text() + "'");
                    right.remove(to);
                    left.remove(from);
                    break;
                }
            }
        }
        // a figure one side gives and the other leaves out; a vague amount in its place is a quantifier
        left.removeIf(figure -> !anchored(figure, a, b));
        right.removeIf(figure -> !anchored(figure, b, a));
        if (!left.isEmpty() && right.isEmpty() && quantifierMarkers(b).isEmpty() && !left.get(0).isDateName()) {
            Figure from = left.get(0);
            out.add(FramingLabel.FIGURE_DRIFT, Direction.DROPPED, from.text(), "", from.span(),
                    out.mapToB(from.span().start()), "B leaves out the figure '" + from.text() + "'");
        } else if (left.isEmpty() && !right.isEmpty() && quantifierMarkers(a).isEmpty()
                && !right.get(0).isDateName()) {
            Figure to = right.get(0);
            out.add(FramingLabel.FIGURE_DRIFT, Direction.ADDED, "", to.text(), out.mapToA(to.span().start()),
                    to.span(), "B adds the figure '" + to.text() + "'");
        }
    }

    /** A figure whose neighbouring content words (three a side) the other side shares: about the same thing. */
    private boolean anchored(Figure figure, Side side, Side other) {
        int index = -1;
        for (int k = 0; k < side.words.size(); k++) {
            if (side.words.get(k).start() >= figure.span().start()) {
                index = k;
                break;
            }
        }
        if (index < 0) {
            return false;
        }
        for (int k = Math.max(0, index - 3); k < Math.min(side.words.size(), index + 5); k++) {
            Word word = side.words.get(k);
            if (word.start() >= figure.span().start() && word.end() <= figure.span().end()) {
                continue;
            }
            if (!word.number() && !lexicons.isStopword(word.key()) && other.stems.contains(word.stem())) {
                return true;
            }
        }
        return false;
    }

    // --- hedging and boosting ------------------------------------------------------------------------------

    private void hedging(Side a, Side b, Emitter out) {
        List<Marker> left = hedges(a, b);
        List<Marker> right = hedges(b, a);
        cancelAny(left, right);
        cancelByLitotes(left, litotes(b, a), DEGREE_HEDGES);
        cancelByLitotes(right, litotes(a, b), DEGREE_HEDGES);
        for (Marker marker : left) {
            out.dropped(FramingLabel.HEDGING, marker, "B drops the hedge '" + marker.text() + "'");
        }
        for (Marker marker : right) {
            out.added(FramingLabel.HEDGING, marker, "B adds the hedge '" + marker.text() + "'");
        }
    }

    /** True when the figure at word {@code index} has an equal figure on the other side. */
    private boolean figureKept(Side side, Side other, int index) {
        int start = side.words.get(index).start();
        List<Figure> mine = figures.read(side.text, side.words);
        List<Figure> theirs = figures.read(other.text, other.words);
        for (Figure figure : mine) {
            if (figure.span().start() == start) {
                return theirs.stream().anyMatch(figure::sameValue);
            }
        }
        return false;
    }

    private List<Marker> hedges(Side side, Side other) {
        List<Marker> hedges = new ArrayList<>();
        for (Marker marker : side.find(lexicons.hedges())) {
            Word first = side.words.get(marker.first());
            if (first.capitalised() && !side.sentenceStart(marker.first())
                    && first.key().equals("may")) {
                continue; // the month
            }
            if (!side.modalUse(marker.first()) || embeddedQuestion(side, marker.first())
                    || side.inQuestion(marker.first()) || beforeReporting(side, marker.last() + 1)) {
                continue; // "how fast they can", "Can they help?" (modality), "often claimed" (the frame's)
            }
            hedges.add(marker);
        }
        for (Marker marker : side.find(lexicons.approximators())) {
            if (marker.last() + 1 < side.words.size() && isFigureStart(side, marker.last() + 1)
                    && figureKept(side, other, marker.last() + 1)) {
                hedges.add(new Marker(marker.span(), marker.text(), "approximator", marker.first(),
                        marker.last()));
            }
        }
        return hedges;
    }

    private boolean beforeReporting(Side side, int index) {
        return index < side.words.size() && (lexicons.reporting().matchAt(side.words, index) != null
                || lexicons.hearsay().matchAt(side.words, index) != null);
    }

    private boolean isFigureStart(Side side, int index) {
        Word word = side.words.get(index);
        return word.number() || lexicons.figureWords().matchAt(side.words, index) != null;
    }

    private void boosting(Side a, Side b, Emitter out) {
        List<Marker> left = boosters(a);
        List<Marker> right = boosters(b);
        cancelAny(left, right);
        cancelByLitotes(left, litotes(b, a), ALWAYS_BOOSTERS);
        cancelByLitotes(right, litotes(a, b), ALWAYS_BOOSTERS);
        // an intensifier against a loaded word of the other side ("severe delays" / "chaos") is evaluative's
        int loadedB = loaded(b, a).size();
        int loadedA = loaded(a, b).size();
        while (!left.isEmpty() && loadedB-- > 0) {
            left.remove(left.size() - 1);
        }
        while (!right.isEmpty() && loadedA-- > 0) {
            right.remove(right.size() - 1);
        }
        for (Marker marker : left) {
            out.dropped(FramingLabel.BOOSTING, marker, "B drops the intensifier '" + marker.text() + "'");
        }
        for (Marker marker : right) {
            out.added(FramingLabel.BOOSTING, marker, "B adds the intensifier '" + marker.text() + "'");
        }
    }

    private List<Marker> boosters(Side side) {
        List<Marker> boosters = new ArrayList<>();
        for (Marker marker : side.find(lexicons.boosters())) {
            String key = side.words.get(marker.first()).key();
            if (key.equals("so")) {
                int next = marker.last() + 1;
                String tag = next < side.words.size() ? side.tag(next) : null;
                if (tag == null || !(tag.equals("ADJ") || tag.equals("ADV"))) {
                    continue; // "so" as a conjunction
                }
            }
            boosters.add(marker);
        }
        return boosters;
    }

    // --- attribution ---------------------------------------------------------------------------------------

    private static List<Span> sourceSpans(List<Frame> frames) {
        List<Span> spans = new ArrayList<>();
        for (Frame frame : frames) {
            if (frame.sourceSpan != null) {
                spans.add(frame.sourceSpan);
            }
        }
        return spans;
    }

    private void attribution(List<Frame> left, List<Frame> right, Side a, Side b, Emitter out) {
        if (left.isEmpty() && right.isEmpty()) {
            return;
        }
        if (right.isEmpty()) {
            left.removeIf(frame -> sourceMoved(frame, b));
        }
        if (left.isEmpty()) {
            right.removeIf(frame -> sourceMoved(frame, a));
        }
        if (left.isEmpty() && right.isEmpty()) {
            return;
        }
        if (right.isEmpty()) {
            Frame frame = left.get(0);
            out.dropped(FramingLabel.ATTRIBUTION, frame.whole(a), "B drops the attribution '" + frame.phrase + "'");
            return;
        }
        if (left.isEmpty()) {
            Frame frame = right.get(0);
            out.added(FramingLabel.ATTRIBUTION, frame.whole(b), "B adds the attribution '" + frame.phrase + "'");
            return;
        }
        Frame from = left.get(0);
        Frame to = right.get(0);
        boolean sameSource = sameSource(from, to, a, b);
        if (!sameSource) {
            out.add(FramingLabel.ATTRIBUTION, Direction.CHANGED, from.phrase, to.phrase, from.marker.span(),
                    to.marker.span(), "B attributes it to '" + (to.source.isEmpty() ? to.phrase : to.source)
                            + "' where A has '" + (from.source.isEmpty() ? from.phrase : from.source) + "'");
        } else if (!from.kind.equals(to.kind) && SPEECH_KINDS.contains(from.kind) && SPEECH_KINDS.contains(to.kind)) {
            out.add(FramingLabel.ATTRIBUTION, Direction.CHANGED, from.marker.text(), to.marker.text(),
                    from.marker.span(), to.marker.span(), "B reports it with '" + to.marker.text()
                            + "' where A has '" + from.marker.text() + "'");
        }
    }

    /** A reporting frame: its verb or phrase, its kind, the source it names ("" for hearsay), the whole text. */
    private record Frame(Marker marker, String kind, String source, Set<String> sourceStems, String phrase,
                         Span sourceSpan) {
        /** The frame with its source, as one marker. */
        Marker whole(Side side) {
            if (sourceSpan == null) {
                return marker;
            }
            Span span = new Span(Math.min(sourceSpan.start(), marker.span().start()),
                    Math.max(sourceSpan.end(), marker.span().end()));
            return new Marker(span, span.of(side.text), marker.tag(), marker.first(), marker.last());
        }
    }

    private List<Frame> frames(Side side) {
        List<Frame> frames = new ArrayList<>();
        for (Marker marker : side.find(lexicons.hearsay())) {
            frames.add(new Frame(marker, "hearsay", "", Set.of(), marker.text(), null));
        }
        for (Marker marker : side.find(lexicons.reporting())) {
            if (overlaps(marker, frames) || !reportingUse(side, marker)) {
                continue;
            }
            int first;
            int last;
            if (marker.text().toLowerCase(java.util.Locale.ROOT).startsWith("according")) {
                first = marker.last() + 1;
                last = first - 1;
                while (last + 1 < side.words.size() && last + 1 - first < 5
                        && !Words.breakBefore(side.text, side.words, last + 1)) {
                    last++;
                }
            } else {
                last = marker.first() - 1;
                first = marker.first();
                while (first - 1 >= 0 && marker.first() - first < 5 && !Words.breakBefore(side.text, side.words,
                        first)) {
                    first--;
                }
                if (first > last) { // inverted: "..., said the minister"
                    first = marker.last() + 1;
                    last = first - 1;
                    while (last + 1 < side.words.size() && last + 1 - first < 5
                            && !Words.breakBefore(side.text, side.words, last + 1)) {
                        last++;
                    }
                }
            }
            Set<String> stems = new HashSet<>();
            String source = "";
            Span sourceSpan = null;
            if (first <= last) {
                sourceSpan = new Span(side.words.get(first).start(), side.words.get(last).end());
                source = side.text.substring(side.words.get(first).start(), side.words.get(last).end());
                for (int k = first; k <= last; k++) {
                    Word word = side.words.get(k);
                    if (!lexicons.isStopword(word.key())) {
                        stems.add(word.stem());
                    }
                }
            }
            String kind = marker.tag().isEmpty() ? "neutral" : marker.tag();
            String phrase = source.isEmpty() ? marker.text()
                    : marker.text().toLowerCase(java.util.Locale.ROOT).startsWith("according")
                    ? marker.text() + " " + source : source + " " + marker.text();
            if (marker.first() > 0 && first == marker.last() + 1 && !source.isEmpty()) {
                phrase = marker.text() + " " + source;
            }
            frames.add(new Frame(marker, kind, source, stems, phrase, sourceSpan));
        }
        frames.sort(java.util.Comparator.comparingInt(frame -> frame.marker.first()));
        return frames;
    }

    private static final Set<String> OBJECT_STARTS = Set.of("a", "an", "the", "its", "their", "his", "her",
            "victory", "title", "credit", "responsibility", "for", "on", "off", "in", "up", "out");

    /** "claimed a victory", "called for", "show up": the verb takes an object, it reports nothing. */
    private static boolean reportingUse(Side side, Marker marker) {
        String key = side.words.get(marker.first()).key();
        int next = marker.last() + 1;
        String following = next < side.words.size() ? side.words.get(next).key() : "";
        if ((key.startsWith("claim") || key.equals("called") || key.startsWith("show")
                || key.equals("considered") || key.equals("estimated")) && OBJECT_STARTS.contains(following)) {
            return false;
        }
        return true;
    }

    private static final Set<String> SPEECH_KINDS = Set.of("neutral", "distancing", "factive", "warn", "deny");

    private static boolean overlaps(Marker marker, List<Frame> frames) {
        for (Frame frame : frames) {
            if (marker.first() <= frame.marker.last() && frame.marker.first() <= marker.last()) {
                return true;
            }
        }
        return false;
    }

    /** A frame whose named source the other side has as its subject ("Exit polls put..." / "according to"). */
    private static boolean sourceMoved(Frame frame, Side other) {
        return !frame.sourceStems.isEmpty() && other.stems.containsAll(frame.sourceStems);
    }

    private boolean sameSource(Frame from, Frame to, Side a, Side b) {
        if (from.source.isEmpty() && to.source.isEmpty()) {
            return true;
        }
        if (from.source.isEmpty() != to.source.isEmpty()) {
            // a named source against a vague one: the same only if the vague side's text names it elsewhere
            Frame named = from.source.isEmpty() ? to : from;
            Side other = from.source.isEmpty() ? a : b;
            return other.stems.containsAll(named.sourceStems) && !named.sourceStems.isEmpty();
        }
        for (String stem : from.sourceStems) {
            if (to.sourceStems.contains(stem)) {
                return true;
            }
        }
        if (from.sourceStems.isEmpty() || to.sourceStems.isEmpty()) {
            return true; // pronouns on one side ("he said"): not a change of source we can judge
        }
        if (actors.sameActor(from.source, to.source)) {
            return true;
        }
        // "Dell said" / "according to the company" where B names Dell: a description of the named actor
        return describes(to, from, b) || describes(from, to, a);
    }

    /**
     * True when {@code generic} is a definite description ("the company", "the ministry's spokesman") and its
     * side's text names the other frame's source ("Dell's shipments ..., according to the company").
     */
    private static boolean describes(Frame generic, Frame named, Side genericSide) {
        String source = generic.source.toLowerCase(java.util.Locale.ROOT);
        if (!(source.startsWith("the ") || source.startsWith("its ")) || !source.equals(generic.source)
                && !generic.source.startsWith("The ")) {
            return false;
        }
        if (named.sourceStems.isEmpty() || named.source.equals(named.source.toLowerCase(java.util.Locale.ROOT))) {
            return false; // the other source must be a name
        }
        return genericSide.stems.containsAll(named.sourceStems);
    }

    // --- negation ------------------------------------------------------------------------------------------

    private void negation(Side a, Side b, Emitter out) {
        List<Marker> left = negators(a, b);
        List<Marker> right = negators(b, a);
        List<Marker> litotesA = litotes(a, b);
        List<Marker> litotesB = litotes(b, a);
        int flips = 0;
        Marker evidenceA = null;
        Marker evidenceB = null;
        boolean cancelled = false;
        if ((left.size() + right.size()) % 2 == 1) {
            List<Marker> odd = left.size() > right.size() ? left : right;
            Side oddSide = odd == left ? a : b;
            Side otherSide = odd == left ? b : a;
            if (hasWeakNegative(otherSide, oddSide)) {
                cancelled = true; // "did not meet" / "missed", "no" / "few": the same polarity in other words
                odd = List.of();
            }
            for (Marker marker : odd) {
                if (scopeShared(oddSide, otherSide, marker) || replaced(out, marker, odd == left)) {
                    flips++;
                    if (odd == left) {
                        evidenceA = marker;
                    } else {
                        evidenceB = marker;
                    }
                    break;
                }
            }
        }
        int antonymFlips = 0;
        Marker antonymA = null;
        Marker antonymB = null;
        for (Lexicon.Entry entry : cancelled ? List.<Lexicon.Entry>of() : lexicons.antonyms().entries()) {
            String x = Words.stem(entry.phrase());
            String y = Words.stem(entry.tag());
            Marker inA = a.stemMarker(x);
            Marker inB = b.stemMarker(y);
            if (inA == null || inB == null) {
                inA = a.stemMarker(y);
                inB = b.stemMarker(x);
                String swap = x;
                x = y;
                y = swap;
            }
            if (inA != null && inB != null && !b.stems.contains(x) && !a.stems.contains(y)) {
                antonymFlips = 1;
                antonymA = inA;
                antonymB = inB;
                break;
            }
        }
        if (antonymFlips == 0) {
            Marker[] prefixed = prefixNegation(a, b);
            if (prefixed != null && (inLitotes(prefixed[0].first(), litotesA)
                    || inLitotes(prefixed[1].first(), litotesB))) {
                prefixed = null; // "not uncommon" / "common": the litotes already denies the prefix
            }
            if (prefixed != null) {
                antonymFlips = 1;
                antonymA = prefixed[0];
                antonymB = prefixed[1];
            }
        }
        if (antonymFlips == 1 && (hasWeakNegative(a, b) || hasWeakNegative(b, a))) {
            antonymFlips = 0; // "less glamorous" / "unglamorous": the same polarity
        }
        if ((flips + antonymFlips) % 2 == 0) {
            return;
        }
        if (antonymFlips == 1) {
            out.add(FramingLabel.NEGATION, Direction.CHANGED, antonymA.text(), antonymB.text(), antonymA.span(),
                    antonymB.span(), "B says '" + antonymB.text() + "' where A says '" + antonymA.text()
                            + "': the claim is reversed");
        } else if (evidenceA != null) {
            out.dropped(FramingLabel.NEGATION, evidenceA, "B affirms what A negates with '" + evidenceA.text()
                    + "'");
        } else {
            out.added(FramingLabel.NEGATION, evidenceB, "B negates with '" + evidenceB.text()
                    + "' what A affirms");
        }
    }

    private static final List<String> NEGATIVE_PREFIXES = List.of("dis", "un", "in", "im", "il", "ir", "non-",
            "non", "mis");

    /** A word on one side that is a word of the other with a negative prefix ("allowed" / "disallowed"). */
    private static Marker[] prefixNegation(Side a, Side b) {
        for (int i = 0; i < a.words.size(); i++) {
            for (int j = 0; j < b.words.size(); j++) {
                String x = a.words.get(i).key();
                String y = b.words.get(j).key();
                if (prefixed(x, y) && !a.keys.contains(y) && !b.keys.contains(x)
                        || prefixed(y, x) && !b.keys.contains(x) && !a.keys.contains(y)) {
                    Word wa = a.words.get(i);
                    Word wb = b.words.get(j);
                    return new Marker[] {new Marker(wa.span(), wa.text(), "", i, i),
                        new Marker(wb.span(), wb.text(), "", j, j)};
                }
            }
        }
        return null;
    }

    private static boolean prefixed(String base, String word) {
        if (base.length() < 4) {
            return false;
        }
        for (String prefix : NEGATIVE_PREFIXES) {
            if (word.length() == base.length() + prefix.length() && word.startsWith(prefix) && word.endsWith(base)) {
                return true;
            }
        }
        return false;
    }

    // --- litotes ---------------------------------------------------------------------------------------------

    /** Words a litotes denies to affirm ("not uncommon", "not unlike", "not insignificant"). */
    private static final Set<String> LITOTES_WORDS = Set.of("uncommon", "unlike", "unusual", "unknown",
            "unheard", "unfamiliar", "unreasonable", "unimportant", "unexpected", "unprecedented", "insignificant",
            "inconsiderable", "infrequent", "unwelcome", "unhelpful", "unattractive", "unsuccessful", "unrelated",
            "dissimilar", "impossible", "unlikely", "inconceivable", "negligible");
    private static final Set<String> DEGREE_HEDGES = Set.of("fairly", "quite", "rather", "relatively", "somewhat",
            "reasonably", "moderately", "pretty");
    private static final Set<String> ALWAYS_BOOSTERS = Set.of("always", "invariably", "consistently",
            "unfailingly", "reliably");

    /**
     * Double negations that keep the claim's polarity: a negator before a negatively prefixed word ("not
     * uncommon"; the word listed, or its base on the other side: "not insignificant" / "significant"), before
     * "fail to" ("never fails to" = "always") or before a comparative bound ("no fewer than" = "at least").
     * The marker spans the negator and what it denies; its tag says which kind.
     */
    private List<Marker> litotes(Side side, Side other) {
        List<Marker> found = new ArrayList<>();
        for (int k = 0; k + 1 < side.words.size(); k++) {
            String key = side.words.get(k).key();
            if (!(key.equals("not") || key.equals("n't") || key.equals("never") || key.equals("no")
                    || key.endsWith("n't"))) {
                continue;
            }
            int next = k + 1;
            String word = side.words.get(next).key();
            if (other.stems.contains(side.words.get(next).stem())) {
                continue; // "not unlike" / "unlike", "no fewer than" / "fewer than": a real reversal
            }
            if (word.equals("at") && next + 1 < side.words.size() && side.words.get(next + 1).key().equals("all")) {
                continue;
            }
            String tag = null;
            if (word.equals("fail") || word.equals("fails") || word.equals("failed")) {
                tag = "always";
            } else if ((word.equals("fewer") || word.equals("less")) && next + 1 < side.words.size()
                    && side.words.get(next + 1).key().equals("than")) {
                tag = "bound";
                next++;
            } else if (LITOTES_WORDS.contains(word) || prefixedBaseOn(word, other)) {
                tag = "degree";
            }
            if (tag != null) {
                Span span = new Span(side.words.get(k).start(), side.words.get(next).end());
                found.add(new Marker(span, span.of(side.text), tag, k, next));
            }
        }
        return found;
    }

    private static boolean prefixedBaseOn(String word, Side other) {
        for (String prefix : NEGATIVE_PREFIXES) {
            if (word.startsWith(prefix) && word.length() - prefix.length() >= 4
                    && other.stems.contains(Words.stem(word.substring(prefix.length())))
                    && !other.keys.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inLitotes(int index, List<Marker> litotes) {
        for (Marker marker : litotes) {
            if (index >= marker.first() && index <= marker.last()) {
                return true;
            }
        }
        return false;
    }

    /** Removes from {@code markers} one marker whose word is in {@code words} per litotes of the other side. */
    private static void cancelByLitotes(List<Marker> markers, List<Marker> litotes, Set<String> words) {
        for (Marker litotes1 : litotes) {
            String kind = words == ALWAYS_BOOSTERS ? "always" : "degree";
            if (!litotes1.tag().equals(kind)) {
                continue;
            }
            for (int i = 0; i < markers.size(); i++) {
                if (words.contains(markers.get(i).text().toLowerCase(java.util.Locale.ROOT))) {
                    markers.remove(i);
                    break;
                }
            }
        }
    }

    private List<Marker> negators(Side side, Side other) {
        List<Marker> negators = new ArrayList<>();
        List<Marker> litotes = litotes(side, other);
        for (Marker marker : side.find(lexicons.negators())) {
            if (inLitotes(marker.first(), litotes)) {
                continue; // "not uncommon", "never fails to", "no fewer than": the polarity kept
            }
            int next = marker.last() + 1;
            String following = next < side.words.size() ? side.words.get(next).key() : "";
            String key = side.words.get(marker.first()).key();
            if (key.equals("not") && following.equals("only")) {
                continue; // "not only ... but": additive
            }
            if (key.equals("no") && (following.equals("doubt") || following.equals("matter"))) {
                continue;
            }
            if (key.equals("without") && following.equals("doubt")) {
                continue;
            }
            negators.add(marker);
        }
        return negators;
    }

    /** True when {@code side} has a word of negative polarity that {@code other} does not have. */
    private boolean hasWeakNegative(Side side, Side other) {
        for (Marker marker : side.find(lexicons.weakNegatives())) {
            if (!other.stems.contains(side.words.get(marker.first()).stem())) {
                return true;
            }
        }
        return false;
    }

    /** True when the word diff replaces the negator's place with other words (not a clause added whole). */
    private static boolean replaced(Emitter out, Marker negator, boolean fromSide) {
        for (WordSpan span : out.pair.words()) {
            Span mine = fromSide ? span.from() : span.to();
            Span theirs = fromSide ? span.to() : span.from();
            if (mine.start() <= negator.span().start() && negator.span().end() <= mine.end()) {
                return span.op() == WordSpan.Op.REPLACE && Words.of(fromSide ? out.toText() : out.fromText(),
                        theirs.start(), theirs.end()).size() >= 1;
            }
        }
        return false;
    }

    /** True when a content word in the negator's scope (up to the clause's end, four words) is on the other side. */
    private boolean scopeShared(Side side, Side other, Marker negator) {
        int limit = 0;
        for (int k = negator.last() + 1; k < side.words.size() && limit < 5; k++) {
            if (Words.breakBefore(side.text, side.words, k)) {
                break;
            }
            Word word = side.words.get(k);
            if (lexicons.isStopword(word.key())) {
                continue;
            }
            limit++;
            if (other.stems.contains(word.stem())) {
                return true;
            }
        }
        // a negated auxiliary's verb before it ("it is not", "the club did not appeal")
        if (negator.first() > 0) {
            Word before = side.words.get(negator.first() - 1);
            return !lexicons.isStopword(before.key()) && other.stems.contains(before.stem());
        }
        return false;
    }

    // --- quantifiers and modality ---------------------------------------------------------------------------

    private void quantifiers(Side a, Side b, Emitter out) {
        List<Marker> left = quantifierMarkers(a);
        List<Marker> right = quantifierMarkers(b);
        classChange(FramingLabel.QUANTIFIER, left, right, out, "quantifier");
    }

    private List<Marker> quantifierMarkers(Side side) {
        List<Marker> markers = new ArrayList<>();
        for (Marker marker : side.find(lexicons.quantifiers())) {
            String key = side.words.get(marker.first()).key();
            int next = marker.last() + 1;
            String following = next < side.words.size() ? side.words.get(next).key() : "";
            String before = marker.first() > 0 ? side.words.get(marker.first() - 1).key() : "";
            if (key.equals("some") && next < side.words.size() && isFigureStart(side, next)) {
                continue; // "some 300": an approximator
            }
            if (List.of("hundred", "thousand", "million", "billion").contains(following)) {
                // "several hundred": a vague figure of that magnitude, like "hundreds of"
                marker = new Marker(marker.span(), marker.text(), "magnitude-" + following, marker.first(),
                        marker.last());
            } else if (List.of("dozens", "scores", "hundreds", "thousands", "millions").contains(key)) {
                String scale = key.equals("scores") ? "dozen" : key.substring(0, key.length() - 1);
                marker = new Marker(marker.span(), marker.text(), "magnitude-" + scale, marker.first(),
                        marker.last());
            }
            if (key.equals("all") && (before.equals("at") || before.equals("after") || before.equals("for")
                    || following.equals("but"))) {
                continue;
            }
            if (key.equals("certain") && (following.equals("that") || before.equals("is") || before.equals("are")
                    || before.equals("was") || before.equals("be"))) {
                continue; // certainty, not a quantity
            }
            if (key.equals("little") && before.equals("a")) {
                continue;
            }
            if (key.equals("each") && following.equals("other")) {
                continue;
            }
            markers.add(marker);
        }
        return markers;
    }

    private void modality(Side a, Side b, Emitter out) {
        List<Marker> left = modalMarkers(a);
        List<Marker> right = modalMarkers(b);
        cancelSameTextFirst(left, right);
        cancelSameTag(left, right);
        if (left.isEmpty() && right.isEmpty()) {
            return;
        }
        if (!left.isEmpty() && !right.isEmpty()) {
            Marker from = left.get(0);
            Marker to = right.get(0);
            out.add(FramingLabel.MODALITY, Direction.CHANGED, from.text(), to.text(), from.span(), to.span(),
                    "B says '" + to.text() + "' (" + to.tag() + ") where A says '" + from.text() + "' ("
                            + from.tag() + ")");
        } else if (!left.isEmpty()) {
            Marker from = left.get(0);
            out.dropped(FramingLabel.MODALITY, from, "B states as fact what A frames with '" + from.text() + "' ("
                    + from.tag() + ")");
        } else {
            Marker to = right.get(0);
            out.added(FramingLabel.MODALITY, to, "B frames with '" + to.text() + "' (" + to.tag()
                    + ") what A states as fact");
        }
    }

    private List<Marker> modalMarkers(Side side) {
        List<Marker> markers = new ArrayList<>();
        for (Marker marker : side.find(lexicons.modals())) {
            Word first = side.words.get(marker.first());
            if (first.capitalised() && !side.sentenceStart(marker.first()) || !side.modalUse(marker.first())) {
                continue; // "May", "Will" as names; "the will", "a can"
            }
            String before = marker.first() > 0 ? side.words.get(marker.first() - 1).key() : "";
            if (first.key().equals("will") && (before.equals("the") || before.equals("political")
                    || before.equals("good"))) {
                continue;
            }
            if (embeddedQuestion(side, marker.first())) {
                continue; // "how fast they can progress": ability in a subordinate clause
            }
            if (first.key().equals("would") && reportedBefore(side, marker.first())) {
                marker = new Marker(marker.span(), marker.text(), "future", marker.first(), marker.last());
            }
            markers.add(marker);
        }
        return markers;
    }

    /** "said it would": a future seen from a reported past. */
    private boolean reportedBefore(Side side, int index) {
        for (int k = Math.max(0, index - 5); k < index; k++) {
            if (lexicons.reporting().matchAt(side.words, k) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean embeddedQuestion(Side side, int index) {
        for (int k = Math.max(0, index - 3); k < index; k++) {
            String key = side.words.get(k).key();
            if (key.equals("how") || key.equals("whether") || key.equals("what")) {
                return true;
            }
        }
        return false;
    }

    /** Markers tagged with a class: same classes cancel; what is left is changed / added / dropped. */
    private static void classChange(FramingLabel label, List<Marker> left, List<Marker> right, Emitter out,
                                    String noun) {
        cancelSameTextFirst(left, right);
        cancelSameTag(left, right);
        if (!left.isEmpty() && !right.isEmpty()) {
            Marker from = left.get(0);
            Marker to = right.get(0);
            out.add(label, Direction.CHANGED, from.text(), to.text(), from.span(), to.span(),
                    "B says '" + to.text() + "' where A says '" + from.text() + "'");
        } else if (!left.isEmpty()) {
            Marker from = left.get(0);
            out.dropped(label, from, "B drops the " + noun + " '" + from.text() + "'");
        } else if (!right.isEmpty()) {
            Marker to = right.get(0);
            out.added(label, to, "B adds the " + noun + " '" + to.text() + "'");
        }
    }

    // --- evaluative ------------------------------------------------------------------------------------------

    private void evaluative(Side a, Side b, Emitter out) {
        List<Marker> left = loaded(a, b);
        List<Marker> right = loaded(b, a);
        cancelSameTag(left, right);
        if (!left.isEmpty() && !right.isEmpty()) {
            Marker from = left.get(0);
            Marker to = right.get(0);
            out.add(FramingLabel.EVALUATIVE, Direction.CHANGED, from.text(), to.text(), from.span(), to.span(),
                    "B's '" + to.text() + "' reverses the valence of A's '" + from.text() + "'");
        } else if (!left.isEmpty()) {
            out.dropped(FramingLabel.EVALUATIVE, left.get(0), "B drops the loaded word '" + left.get(0).text()
                    + "'");
        } else if (!right.isEmpty()) {
            out.added(FramingLabel.EVALUATIVE, right.get(0), "B adds the loaded word '" + right.get(0).text()
                    + "'");
        }
    }

    /** Loaded words of {@code side} whose stem the other side does not share. */
    private List<Marker> loaded(Side side, Side other) {
        List<Marker> markers = new ArrayList<>();
        Set<Integer> marked = new HashSet<>();
        for (Marker marker : side.find(lexicons.evaluative())) {
            for (int k = marker.first(); k <= marker.last(); k++) {
                marked.add(k);
            }
            if (marker.first() == marker.last() && other.stems.contains(side.words.get(marker.first()).stem())) {
                continue;
            }
            markers.add(marker);
        }
        for (int k = 0; k < side.words.size(); k++) {
            Word word = side.words.get(k);
            if (marked.contains(k) || other.stems.contains(word.stem()) || lexicons.boosters().startsEntry(word.key())
                    || lexicons.hedges().startsEntry(word.key())) {
                continue; // "extremely" is an intensifier, not a judgement
            }
            String tag = derivedEvaluative(word.key());
            if (tag != null) {
                markers.add(new Marker(word.span(), word.text(), tag, k, k));
            }
        }
        return markers;
    }

    /**
     * The valence of a word formed from a loaded word: its adverb ("reckless" / "recklessly"), its singular or
     * plural ("thugs" / "thug"), a hyphenated compound ending in it ("over-hyped"); null for none.
     */
    private String derivedEvaluative(String key) {
        Lexicon lexicon = lexicons.evaluative();
        List<String> bases = new ArrayList<>();
        if (key.endsWith("ily") && key.length() > 5) {
            bases.add(key.substring(0, key.length() - 3) + "y");
        }
        if (key.endsWith("ly") && key.length() > 5) {
            bases.add(key.substring(0, key.length() - 2));
        }
        if (key.endsWith("s") && !key.endsWith("ss") && key.length() > 4) {
            bases.add(key.substring(0, key.length() - 1));
        } else if (key.length() > 3) {
            bases.add(key + "s");
        }
        int hyphen = key.lastIndexOf('-');
        if (hyphen > 0 && key.length() - hyphen > 4) {
            bases.add(key.substring(hyphen + 1));
        }
        for (String base : bases) {
            String tag = lexicon.tagOf(base);
            if (tag != null) {
                return tag;
            }
        }
        return null;
    }

    // --- omission --------------------------------------------------------------------------------------------

    private void omission(Side a, Side b, Emitter out) {
        for (Clause clause : qualifyingClauses(a)) {
            if (missing(clause, a, b)) {
                out.add(FramingLabel.OMISSION, Direction.DROPPED, clause.text, "", clause.span,
                        out.mapToB(clause.span.start()), "B omits A's " + clause.kind + " '" + clause.text + "'");
                break;
            }
        }
        Clause main = droppedMain(a, b);
        if (main != null && out.changes().stream().noneMatch(c -> c.label() == FramingLabel.OMISSION)) {
            out.add(FramingLabel.OMISSION, Direction.DROPPED, main.text, "", main.span,
                    out.mapToB(main.span.start()), "B keeps A's concession but omits its claim '" + main.text + "'");
        }
        for (Clause clause : qualifyingClauses(b)) {
            if (missing(clause, b, a)) {
                out.add(FramingLabel.OMISSION, Direction.ADDED, "", clause.text, out.mapToA(clause.span.start()),
                        clause.span, "B adds a " + clause.kind + " that A does not have: '" + clause.text + "'");
                break;
            }
        }
    }

    private record Clause(Span span, String text, String kind, Set<String> stems) {
    }

    private List<Clause> qualifyingClauses(Side side) {
        List<Clause> clauses = new ArrayList<>();
        for (Marker marker : side.find(lexicons.qualifiers())) {
            String key = side.words.get(marker.first()).key();
            boolean atBreak = Words.breakBefore(side.text, side.words, marker.first());
            String before = marker.first() > 0 ? side.words.get(marker.first() - 1).key() : "";
            int next = marker.last() + 1;
            if (next >= side.words.size()) {
                continue;
            }
            String following = side.words.get(next).key();
            if (key.equals("if") && (before.equals("as") || following.equals("any") || following.equals("not"))) {
                continue;
            }
            if (key.equals("because") && before.equals("just")) {
                continue; // "just because X doesn't mean Y"
            }
            boolean betweenAdjectives = key.equals("but") && marker.first() > 0
                    && "ADJ".equals(side.tag(marker.first() - 1));
            if ((key.equals("but") || key.equals("yet") || key.equals("while") || key.equals("since")
                    || key.equals("however")) && !atBreak && !betweenAdjectives) {
                continue; // mid-clause: "not yet", "all but", "even if" is its own entry
            }
            if (key.equals("yet") && before.equals("not")) {
                continue;
            }
            if (key.equals("since") && (side.words.get(next).number() || following.matches("\\d+"))) {
                continue; // temporal
            }
            if (key.equals("due") && !following.equals("to")) {
                continue;
            }
            int end = next;
            while (end < side.words.size() && (end == next || !Words.breakBefore(side.text, side.words, end))) {
                end++;
            }
            Set<String> stems = new HashSet<>();
            for (int k = next; k < end; k++) {
                Word word = side.words.get(k);
                if (!lexicons.isStopword(word.key())) {
                    stems.add(word.stem());
                }
            }
            if (stems.isEmpty()) {
                continue;
            }
            Span span = new Span(side.words.get(marker.first()).start(), side.words.get(end - 1).end());
            if (betweenAdjectives) { // "small but significant": the concession is the adjective before "but"
                Word adjective = side.words.get(marker.first() - 1);
                span = new Span(adjective.start(), side.words.get(marker.first()).end());
                stems = Set.of(adjective.stem());
            }
            clauses.add(new Clause(span, span.of(side.text), kindOf(marker.tag()), stems));
        }
        clauses.addAll(relativeQualifiers(side));
        return clauses;
    }

    /**
     * A non-restrictive relative clause (", which ...", ", who ...") that qualifies its claim: it holds a negator,
     * a weak negative, a hedge or a loaded word ("which have not yet been peer reviewed").
     */
    private List<Clause> relativeQualifiers(Side side) {
        List<Clause> clauses = new ArrayList<>();
        for (int k = 1; k < side.words.size(); k++) {
            String key = side.words.get(k).key();
            if (!(key.equals("which") || key.equals("who")) || !Words.breakBefore(side.text, side.words, k)) {
                continue;
            }
            int end = k + 1;
            while (end < side.words.size() && !Words.breakBefore(side.text, side.words, end)) {
                end++;
            }
            List<Word> inner = side.words.subList(k + 1, end);
            boolean qualifies = !lexicons.negators().find(inner).isEmpty()
                    || !lexicons.weakNegatives().find(inner).isEmpty() || !lexicons.hedges().find(inner).isEmpty()
                    || !lexicons.evaluative().find(inner).isEmpty();
            Set<String> stems = new HashSet<>();
            for (Word word : inner) {
                if (!lexicons.isStopword(word.key())) {
                    stems.add(word.stem());
                }
            }
            if (qualifies && !stems.isEmpty()) {
                Span span = new Span(side.words.get(k).start(), side.words.get(end - 1).end());
                clauses.add(new Clause(span, span.of(side.text), "qualifying clause", stems));
            }
        }
        return clauses;
    }

    private static String kindOf(String tag) {
        return switch (tag) {
            case "concession" -> "concession";
            case "contrast" -> "counter-argument";
            case "condition" -> "condition";
            case "exception" -> "exception";
            case "cause" -> "cause";
            default -> "qualifying clause";
        };
    }

    /**
     * "Although X, Y" against a text that keeps only X: the qualification has become the claim and the claim is
     * gone. Returns Y when the other side lacks it.
     */
    private Clause droppedMain(Side side, Side other) {
        for (Marker marker : side.find(lexicons.qualifiers())) {
            if (!side.sentenceStart(marker.first())
                    || !(marker.tag().equals("concession") || marker.tag().equals("condition"))) {
                continue;
            }
            int brk = marker.last() + 2;
            while (brk < side.words.size() && !Words.breakBefore(side.text, side.words, brk)) {
                brk++;
            }
            int end = brk;
            while (end < side.words.size() && !side.sentenceStart(end)) {
                end++;
            }
            if (brk >= end) {
                continue;
            }
            Set<String> stems = new HashSet<>();
            for (int k = brk; k < end; k++) {
                if (!lexicons.isStopword(side.words.get(k).key())) {
                    stems.add(side.words.get(k).stem());
                }
            }
            if (stems.size() < 2) {
                continue;
            }
            Span span = new Span(side.words.get(brk).start(), side.words.get(end - 1).end());
            Clause main = new Clause(span, span.of(side.text), "main clause", stems);
            int shared = 0;
            for (String stem : stems) {
                if (other.stems.contains(stem)) {
                    shared++;
                }
            }
            if (shared * 2 < stems.size() && !retold(main.text, other)) {
                return main;
            }
        }
        return null;
    }

    /** True when the sentence encoder finds the clause's meaning in the other side (other words, same sense). */
    private boolean retold(String clause, Side other) {
        if (encoder == null) {
            return false;
        }
        String otherText = other.span.of(other.text);
        return SentenceEncoder.cosine(encoder.embed(clause), encoder.embed(otherText)) >= RETOLD_COSINE;
    }

    private static final double RETOLD_COSINE = 0.6;

    /** True when the other side has neither the clause's content nor a qualifier of the same kind. */
    private boolean missing(Clause clause, Side side, Side other) {
        int shared = 0;
        for (String stem : clause.stems) {
            if (other.stems.contains(stem)) {
                shared++;
            }
        }
        if (shared * 2 >= clause.stems.size() || retold(clause.text, other)) {
            return false;
        }
        for (Clause mine : qualifyingClauses(other)) {
            if (mine.kind.equals(clause.kind)) {
                return false;
            }
        }
        return true;
    }

    /** An unmatched sentence right after an aligned one, in its paragraph, opening with a concession. */
    private void attachedOmissions(FramingEngine.Context context, SentenceAligner.Link link, Side a, Side b,
                                   Emitter out) {
        Sentence dropped = attached(context.fromSentences(), context.fromUsed(), link.fromLast());
        if (dropped != null) {
            out.add(FramingLabel.OMISSION, Direction.DROPPED, dropped.span().of(context.fromText()), "",
                    dropped.span(), new Span(out.pair.to().end(), out.pair.to().end()),
                    "B omits the qualification A attaches: '" + dropped.span().of(context.fromText()) + "'");
        }
        Sentence added = attached(context.toSentences(), context.toUsed(), link.toLast());
        if (added != null) {
            out.add(FramingLabel.OMISSION, Direction.ADDED, "", added.span().of(context.toText()),
                    new Span(out.pair.from().end(), out.pair.from().end()), added.span(),
                    "B attaches a qualification A does not have: '" + added.span().of(context.toText()) + "'");
        }
    }

    private Sentence attached(List<Sentence> sentences, boolean[] used, int last) {
        int next = last + 1;
        if (next >= sentences.size() || used[next]) {
            return null;
        }
        Sentence sentence = sentences.get(next);
        if (sentence.paragraph() != sentences.get(last).paragraph() || sentence.quote() != sentences.get(last).quote()) {
            return null;
        }
        Lexicon.Match match = lexicons.qualifiers().matchAt(sentence.words(), 0);
        if (match == null) {
            return null;
        }
        String tag = match.tag();
        return tag.equals("concession") || tag.equals("contrast") ? sentence : null;
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** Removes pairs of markers, one from each side, any with any (same text first). */
    private static void cancelAny(List<Marker> left, List<Marker> right) {
        cancelSameTextFirst(left, right);
        cancelSameTag(left, right); // an approximator cancels an approximator, an epistemic hedge a hedge
    }

    private static void cancelSameTextFirst(List<Marker> left, List<Marker> right) {
        for (int i = left.size() - 1; i >= 0; i--) {
            String text = left.get(i).text().toLowerCase(java.util.Locale.ROOT);
            for (int j = 0; j < right.size(); j++) {
                if (right.get(j).text().toLowerCase(java.util.Locale.ROOT).equals(text)) {
                    left.remove(i);
                    right.remove(j);
                    break;
                }
            }
        }
    }

    /** Removes pairs of markers with the same tag, one from each side. */
    private static void cancelSameTag(List<Marker> left, List<Marker> right) {
        for (int i = left.size() - 1; i >= 0; i--) {
            for (int j = 0; j < right.size(); j++) {
                if (right.get(j).tag().equals(left.get(i).tag())) {
                    left.remove(i);
                    right.remove(j);
                    break;
                }
            }
        }
    }

    /** One side of a pair: its words, their stems, and the stems of the whole article when known. */
    final class Side {
        final String text;
        final List<Word> words;
        final Span span;
        final Set<String> stems = new HashSet<>();
        final Set<String> keys = new HashSet<>();
        final Set<String> articleStems;
        private String[] tags;
        private boolean tagged;

        Side(String text, List<Word> words, Span span, Set<String> articleStems) {
            this.text = text;
            this.words = words;
            this.span = span;
            for (Word word : words) {
                stems.add(word.stem());
                keys.add(word.key());
            }
            this.articleStems = articleStems;
        }

        /** The part-of-speech tag of word {@code index} (UD: PROPN, AUX...), or null without a tagger. */
        String tag(int index) {
            if (!tagged) {
                try {
                    tags = PartOfSpeech.tag(words);
                } catch (LinkageError missing) {
                    tags = null; // OpenNLP not on the class path: word shape decides
                }
                tagged = true;
            }
            return tags == null ? null : tags[index];
        }

        /** True when the sentence holding word {@code index} ends with a question mark. */
        boolean inQuestion(int index) {
            int end = words.get(index).end();
            while (end < text.length()) {
                char c = text.charAt(end);
                if (c == '?') {
                    return true;
                }
                if (c == '.' || c == '!' || c == '\n') {
                    return false;
                }
                end++;
            }
            return false;
        }

        /** False when the tagger says a modal-looking word is no auxiliary ("in May", "the will"). */
        boolean modalUse(int index) {
            String key = words.get(index).key();
            if (!(key.equals("may") || key.equals("will") || key.equals("can") || key.equals("might")
                    || key.equals("must"))) {
                return true;
            }
            String tag = tag(index);
            return tag == null || tag.equals("AUX") || tag.equals("VERB");
        }

        List<Marker> find(Lexicon lexicon) {
            List<Marker> markers = new ArrayList<>();
            for (Lexicon.Match match : lexicon.find(words)) {
                Span found = new Span(words.get(match.from()).start(), words.get(match.to() - 1).end());
                markers.add(new Marker(found, found.of(text), match.tag(), match.from(), match.to() - 1));
            }
            return markers;
        }

        boolean sentenceStart(int index) {
            if (index == 0) {
                return true;
            }
            String between = text.substring(words.get(index - 1).end(), words.get(index).start());
            return between.matches("(?s).*[.!?:\"“”].*");
        }

        Marker stemMarker(String stem) {
            for (int k = 0; k < words.size(); k++) {
                if (words.get(k).stem().equals(stem)) {
                    Word word = words.get(k);
                    return new Marker(word.span(), word.text(), "", k, k);
                }
            }
            return null;
        }
    }

    /** Collects the changes of one pair, mapping a position on one side to the other through the word diff. */
    static final class Emitter {
        private final FramingEngine.Context context;
        final AlignedPair pair;
        private final int index;
        private final List<FramingChange> changes = new ArrayList<>();

        Emitter(FramingEngine.Context context, AlignedPair pair, int index) {
            this.context = context;
            this.pair = pair;
            this.index = index;
        }

        void add(FramingLabel label, Direction direction, String from, String to, Span fromSpan, Span toSpan,
                 String explanation) {
            changes.add(new FramingChange(label, direction, from, to, fromSpan, toSpan, index, explanation));
        }

        void dropped(FramingLabel label, Marker marker, String explanation) {
            add(label, Direction.DROPPED, marker.text(), "", marker.span(), mapToB(marker.span().start()),
                    explanation);
        }

        void added(FramingLabel label, Marker marker, String explanation) {
            add(label, Direction.ADDED, "", marker.text(), mapToA(marker.span().start()), marker.span(),
                    explanation);
        }

        /** Where in B the A offset falls: the start of the word span holding it, an empty span. */
        Span mapToB(int fromOffset) {
            for (WordSpan span : pair.words()) {
                if (fromOffset >= span.from().start() && fromOffset < Math.max(span.from().end(),
                        span.from().start() + 1)) {
                    int at = span.op() == WordSpan.Op.EQUAL
                            ? span.to().start() + (fromOffset - span.from().start()) : span.to().start();
                    return new Span(at, at);
                }
            }
            return new Span(pair.to().start(), pair.to().start());
        }

        Span mapToA(int toOffset) {
            for (WordSpan span : pair.words()) {
                if (toOffset >= span.to().start() && toOffset < Math.max(span.to().end(), span.to().start() + 1)) {
                    int at = span.op() == WordSpan.Op.EQUAL
                            ? span.from().start() + (toOffset - span.to().start()) : span.from().start();
                    return new Span(at, at);
                }
            }
            return new Span(pair.from().start(), pair.from().start());
        }

        List<FramingChange> changes() {
            return changes;
        }

        String fromText() {
            return context.fromText();
        }

        String toText() {
            return context.toText();
        }

        /** The changes less those inside a clause an omission drops or adds whole (the omission says it). */
        List<FramingChange> subsumedByOmission() {
            List<FramingChange> omissions = changes.stream()
                    .filter(change -> change.label() == FramingLabel.OMISSION).toList();
            if (omissions.isEmpty()) {
                return changes;
            }
            List<FramingChange> kept = new ArrayList<>();
            for (FramingChange change : changes) {
                boolean inside = false;
                for (FramingChange omission : omissions) {
                    if (change == omission) {
                        continue;
                    }
                    boolean fromInside = !change.fromSpan().isEmpty() && !omission.fromSpan().isEmpty()
                            && omission.fromSpan().contains(change.fromSpan()) && change.toSpan().isEmpty();
                    boolean toInside = !change.toSpan().isEmpty() && !omission.toSpan().isEmpty()
                            && omission.toSpan().contains(change.toSpan()) && change.fromSpan().isEmpty();
                    inside |= fromInside || toInside;
                }
                if (!inside) {
                    kept.add(change);
                }
            }
            return kept;
        }
    }
}
