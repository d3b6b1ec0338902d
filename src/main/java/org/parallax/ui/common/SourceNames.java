package org.parallax.ui.common;

import org.parallax.model.Model;
import org.parallax.model.Source;

/**
 * The one name a source goes by in the window (chips, filters, cards, column headers, selectors): the model's
 * unique short name ({@link Model#shortName}, explicit in the model or derived from the title). The full title goes
 * in tooltips ({@link #tooltip}); the id stays what the command line takes.
 */
public final class SourceNames {
    private SourceNames() {
    }

    /** The short name shown everywhere, unique within the model. */
    public static String of(Model model, String sourceId) {
        return model.shortName(sourceId);
    }

    /** What a tooltip on a source's short name says: the full title, who wrote or published it, and its id. */
    public static String tooltip(Source source) {
        StringBuilder text = new StringBuilder(source.title());
        boolean author = source.author() != null && !source.author().isBlank();
        if (author) {
            text.append("\n").append(source.author());
        }
        if (source.publisher() != null && !source.publisher().isBlank()) {
            text.append(author ? ", " : "\n").append(source.publisher());
        }
        text.append("\nid: ").append(source.id());
        return text.toString();
    }
}
