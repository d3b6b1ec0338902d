package org.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** FOUNDATION STUB for {@code parallax stats}: replaced by its issue's implementation. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        throw new UserError("stats: not implemented yet");
    }
}
