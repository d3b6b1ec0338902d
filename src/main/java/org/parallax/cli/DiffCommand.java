package org.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** FOUNDATION STUB for {@code parallax diff}: replaced by its issue's implementation. */
@Command(name = "diff", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class DiffCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        throw new UserError("diff: not implemented yet");
    }
}
