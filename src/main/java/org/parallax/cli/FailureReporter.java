package org.parallax.cli;

import java.util.Arrays;
import picocli.CommandLine;

/**
 * Turns an exception escaping a command into a one-line message on standard error and exit code 1;
 * the stack trace only with {@code --verbose}.
 */
final class FailureReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine,
                                        CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        String message = failure instanceof UserError ? failure.getMessage()
                : "error: " + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        err.println(message);
        if (isVerbose(parseResult)) {
            failure.printStackTrace(err);
        }
        err.flush();
        return failure instanceof UserError userError ? userError.exitCode() : ParallaxCommand.INPUT_ERROR;
    }

    private static boolean isVerbose(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (Arrays.asList(result.originalArgs().toArray(new String[0])).contains("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
