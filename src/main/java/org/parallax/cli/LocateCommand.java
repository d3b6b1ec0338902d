package org.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** FOUNDATION STUB for {@code parallax locate}: replaced by its issue's implementation. */
@Command(name = "locate", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class LocateCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        throw new UserError("locate: not implemented yet");
    }
}
