package org.parallax.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: {@code parallax validate|locate|export|diff|stats|generate ...}. */
@Command(name = "parallax", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explore how different articles frame the same points. Without a command, opens the window.",
        subcommands = {ValidateCommand.class, LocateCommand.class, ExportCommand.class, DiffCommand.class,
                StatsCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class ParallaxCommand implements Runnable {
    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: the input or the request is wrong. */
    public static final int INPUT_ERROR = 1;
    /** Exit code: usage error (unknown flag, missing argument). */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Runs the command line with UTF-8 output whatever the locale; returns the exit code. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = create(out, err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new ParallaxCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        // usage errors (unknown flag, missing or out-of-range argument) are 2 as CONTRACTS.md says; the rest 1
        commandLine.setExitCodeExceptionMapper(
                failure -> failure instanceof CommandLine.ParameterException ? USAGE : INPUT_ERROR);
        commandLine.setExecutionExceptionHandler(new FailureReporter());
        return commandLine;
    }
}
