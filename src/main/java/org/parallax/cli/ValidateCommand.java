package org.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** FOUNDATION STUB for {@code parallax validate}: replaced by its issue's implementation. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        throw new UserError("validate: not implemented yet");
    }
}
