package org.parallax.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line: {@code parallax validate|locate|export|diff|stats|generate ...}.
 *
 * <p>The subcommands are registered here rather than in the annotation, and {@link #run(PrintWriter, PrintWriter,
 * String...)} registers only the one its arguments name: picocli reads every registered command class by
 * reflection before it parses anything, which cost more CPU than a whole {@code diff --files} of two short texts
 * (decision 0017). The help, an unknown command or no command register them all, so listings and suggestions are
 * unchanged.
 */
@Command(name = "parallax", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explore how different articles frame the same points. Without a command, opens the window.")
public final class ParallaxCommand implements Runnable {
    /** Exit code: done. */
    public static final int OK = 0;
    /** Exit code: the input or the request is wrong. */
    public static final int INPUT_ERROR = 1;
    /** Exit code: usage error (unknown flag, missing argument). */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The subcommands in the order the help lists them. */
    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("validate", ValidateCommand::new);
        commands.put("locate", LocateCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("diff", DiffCommand::new);
        commands.put("stats", StatsCommand::new);
        commands.put("generate", GenerateCommand::new);
        commands.put("add-source", AddSourceCommand::new);
        commands.put("align", AlignCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Runs the command line with UTF-8 output whatever the locale; returns the exit code. */
    public static int run(String... args) {
        // the file descriptors themselves: System.out is a PrintStream, which hides a failed write from everyone
        return run(new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err), args);
    }

    /**
     * Runs the command line writing UTF-8 to {@code out} and {@code err}. A write to {@code out} that fails (a full
     * disk, a closed pipe) makes the run exit 1 with the reason on {@code err}, whatever the command returned.
     */
    public static int run(OutputStream out, OutputStream err, String... args) {
        WatchedOutput watched = new WatchedOutput(out);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(watched, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        int code = execute(outWriter, errWriter, args);
        return outputFailed(code, outWriter, errWriter, watched.failure().map(ParallaxCommand::reason)
                .orElse("the write failed"));
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return outputFailed(execute(out, err, args), out, err, "the write failed");
    }

    private static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = create(out, err, args.length > 0 ? args[0] : null);
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError tooLarge) {
            err.println("parallax: " + org.parallax.io.MemoryAdvice.outOfMemory());
            code = INPUT_ERROR;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** {@code code}, or 1 when writing the result failed (CONTRACTS.md: a failed write is exit 1 saying why). */
    private static int outputFailed(int code, PrintWriter out, PrintWriter err, String reason) {
        if (!out.checkError()) {
            return code;
        }
        err.println("parallax: cannot write the result to standard output: " + reason
                + " (the output is incomplete)");
        err.flush();
        return code == OK ? INPUT_ERROR : code;
    }

    private static String reason(IOException failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    /** The whole command line, every subcommand registered. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, null);
    }

    /**
     * The command line with only subcommand {@code name} registered when it is one (what a run needs), none for the
     * version, else all of them (help, an unknown or no command).
     */
    static CommandLine create(PrintWriter out, PrintWriter err, String name) {
        CommandLine commandLine = new CommandLine(new ParallaxCommand());
        Map<String, Supplier<Object>> subcommands = subcommands();
        Supplier<Object> only = "help".equals(name) ? null : subcommands.get(name);
        if (only != null) {
            commandLine.addSubcommand(name, only.get());
        } else if (!"--version".equals(name) && !"-V".equals(name)) {
            subcommands.forEach((command, make) -> commandLine.addSubcommand(command, make.get()));
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        // usage errors (unknown flag, missing or out-of-range argument) are 2 as CONTRACTS.md says; the rest 1
        commandLine.setExitCodeExceptionMapper(
                failure -> failure instanceof CommandLine.ParameterException ? USAGE : INPUT_ERROR);
        commandLine.setExecutionExceptionHandler(new FailureReporter());
        return commandLine;
    }
}
