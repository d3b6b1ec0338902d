package org.parallax.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The arguments that open the window rather than run a command: none; a model file (what a file manager passes when
 * a model is opened with Parallax); {@code --model PATH}; {@code --exit-after-first-frame} (the launch check, also
 * {@code -Dparallax.exitAfterFirstFrame=true}). {@code -Dparallax.model=PATH} names the model too.
 *
 * @param model the model to open, if one was named
 * @param exitAfterFirstFrame whether to exit once the first populated frame is shown
 */
public record WindowArguments(Optional<Path> model, boolean exitAfterFirstFrame) {
    public static final String EXIT_AFTER_FIRST_FRAME = "--exit-after-first-frame";

    /**
     * The window's arguments, or empty when {@code args} are a command line for a command: then anything that is not
     * one of the options above, or a path that names no file and does not end in {@code .json}. A command's name is
     * a command even where a file of that name exists.
     */
    public static Optional<WindowArguments> parse(List<String> args) {
        return parse(args, name -> false);
    }

    /** As {@link #parse(List)}, with {@code isCommand} telling a command's name from a file that has it. */
    public static Optional<WindowArguments> parse(List<String> args, Predicate<String> isCommand) {
        Optional<Path> model = Optional.ofNullable(System.getProperty("parallax.model")).map(Path::of);
        boolean exit = Boolean.getBoolean("parallax.exitAfterFirstFrame");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(EXIT_AFTER_FIRST_FRAME)) {
                exit = true;
            } else if (arg.equals("--model") && i + 1 < args.size()) {
                model = Optional.of(Path.of(args.get(++i)));
            } else if (looksLikeModel(arg) && !isCommand.test(arg)) {
                model = Optional.of(Path.of(arg));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new WindowArguments(model, exit));
    }

    private static boolean looksLikeModel(String arg) {
        if (arg.startsWith("-") || arg.isBlank()) {
            return false;
        }
        if (arg.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return true;
        }
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (RuntimeException notAPath) {
            return false;
        }
    }
}
