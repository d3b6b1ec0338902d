package org.parallax.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** FOUNDATION STUB for {@code parallax export}: replaced by its issue's implementation. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        throw new UserError("export: not implemented yet");
    }
}
