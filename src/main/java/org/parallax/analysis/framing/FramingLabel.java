package org.parallax.analysis.framing;

import java.util.Arrays;
import java.util.Optional;

/** The ten kinds of framing change (CONTRACTS.md; defined with examples in docs/diff.md). */
public enum FramingLabel {
    FIGURE_DRIFT("figure-drift", "a number, amount, share, date or time span differs in value"),
    HEDGING("hedging", "an epistemic softener (may, likely, suggests) was added or dropped"),
    BOOSTING("boosting", "an intensifier or certainty marker (clearly, sharply, far) was added or dropped"),
    ATTRIBUTION("attribution", "who says it: a source, speaker or reporting frame was added, dropped or changed"),
    NEGATION("negation", "the polarity of the claim flips"),
    QUANTIFIER("quantifier", "all / most / many / some / few: how much of a group the claim covers changed"),
    MODALITY("modality", "tense, modality or factuality: a prediction or possibility stated as a fact, or back"),
    ENTITY("entity", "the actor changes (not a synonym for the same actor)"),
    EVALUATIVE("evaluative", "loaded wording was added, dropped or changed valence"),
    OMISSION("omission", "a concession, condition, cause or counter-argument on one side is absent from the other");

    private final String id;
    private final String description;

    FramingLabel(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The id used in JSON ("figure-drift"). */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Optional<FramingLabel> byId(String id) {
        return Arrays.stream(values()).filter(label -> label.id.equals(id)).findFirst();
    }
}
