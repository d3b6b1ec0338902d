package org.parallax.analysis.diff;

/** The kinds of change the classifier recognises, with the ids CONTRACTS.md fixes for JSON output. */
public enum ChangeLabel {
    FIGURE_DRIFT("figure-drift", "Figure drift", "a number, amount, range or duration differs"),
    HEDGING("hedging", "Hedging", "a hedge or a booster was added or removed"),
    ATTRIBUTION("attribution", "Attribution", "reported speech or a named source on one side only"),
    ENTITY("entity", "Entity", "an organisation, person or product named on one side only"),
    NEGATION("negation", "Negation", "the polarity flipped"),
    EVALUATIVE("evaluative", "Evaluative", "loaded wording was added or removed");

    private final String id;
    private final String title;
    private final String description;

    ChangeLabel(String id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}
