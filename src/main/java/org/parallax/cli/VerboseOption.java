package org.parallax.cli;

import picocli.CommandLine.Option;

/** Mixin for {@code --verbose}: show stack traces of unexpected failures. Read by {@link FailureReporter}. */
public final class VerboseOption {
    @Option(names = "--verbose", description = "Show stack traces of unexpected failures.")
    boolean verbose;
}
