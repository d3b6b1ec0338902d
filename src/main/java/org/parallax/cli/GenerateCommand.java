package org.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** FOUNDATION STUB for {@code parallax generate}: replaced by its issue's implementation. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class GenerateCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        throw new UserError("generate: not implemented yet");
    }
}
