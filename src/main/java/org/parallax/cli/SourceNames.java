package org.parallax.cli;

import org.parallax.model.Source;

/** The name a source goes by in messages: its short name (the window shows the same one). */
final class SourceNames {
    private SourceNames() {
    }

    static String shortName(Source source) {
        return source.title();
    }
}
