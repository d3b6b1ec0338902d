package org.parallax.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The class-data-sharing archive (AppCDS) of one command's child JVM, or of the window's (decision 0004): the
 * classes a run of, say, {@code export} loaded, mapped ready-made by the next run of that command instead of being
 * read from the jar, parsed and verified again (about 0.1 s of a command, most of a second of the window's start). What JDK 19's {@code -XX:+AutoCreateSharedArchive} does, for
 * the JDK 17 this project supports.
 *
 * <p>The first run of a command from a given jar and JDK writes the archive when it exits ({@code
 * -XX:ArchiveClassesAtExit}, to a file of its own that is renamed into place only after a successful run, so two
 * first runs at once, or a run that was killed, leave no half-written archive in use); later runs map it ({@code
 * -XX:SharedArchiveFile}). The archive's name carries the jar's size and time and the JDK, so a rebuilt jar or
 * another JDK writes a new one. A JVM that cannot map an archive runs without it, silently.
 *
 * <p>Folder: {@code -Dparallax.cds.dir}, else {@code $PARALLAX_CDS_DIR}, else {@code $XDG_CACHE_HOME/parallax},
 * else {@code ~/.cache/parallax} (the folder {@code scripts/parallax} uses for the window's archive).
 * {@code -Dparallax.cds=off}, or {@code -Xshare:off} among the user's options, turns it off.
 */
final class ShortRunArchive {
    /** The commands worth an archive: the ones that do work. Help, version or a typo get none. */
    private static final Set<String> COMMANDS = Set.of("validate", "locate", "export", "diff", "stats", "generate");
    /** JVM logging of archive use: off, so the command's standard output stays the command's. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path archive;
    private final Path writing;

    private ShortRunArchive(Path archive, Path writing) {
        this.archive = archive;
        this.writing = writing;
    }

    /**
     * The archive for a run of {@code args} from {@code jar}, or empty when there is none to use or write: not a
     * command that does work, turned off, or no folder for it.
     */
    static Optional<ShortRunArchive> forRun(Path jar, String[] args, List<String> userOptions) {
        return isOff() ? Optional.empty() : forRun(jar, args, userOptions, folder());
    }

    /** {@link #forRun(Path, String[], List)} with the archive folder given. */
    static Optional<ShortRunArchive> forRun(Path jar, String[] args, List<String> userOptions, Optional<Path> folder) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            return Optional.empty();
        }
        return named(args[0], jar, userOptions, folder);
    }

    /** The window's archive (decision 0004): the classes of its start, from a run that opened the window. */
    static Optional<ShortRunArchive> forWindow(Path jar, List<String> userOptions) {
        return isOff() ? Optional.empty() : forWindow(jar, userOptions, folder());
    }

    /** {@link #forWindow(Path, List)} with the archive folder given. */
    static Optional<ShortRunArchive> forWindow(Path jar, List<String> userOptions, Optional<Path> folder) {
        return named("window", jar, userOptions, folder);
    }

    private static boolean isOff() {
        return "off".equals(System.getProperty("parallax.cds"));
    }

    private static Optional<ShortRunArchive> named(String name, Path jar, List<String> userOptions,
                                                   Optional<Path> folder) {
        if (userOptions.contains("-Xshare:off") || folder.isEmpty()) {
            return Optional.empty();
        }
        try {
            String stamp = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis() + "-"
                    + Integer.toHexString((System.getProperty("java.vm.version") + System.getProperty("java.home"))
                    .hashCode());
            Path archive = folder.get().resolve("run-" + name + "-" + stamp + ".jsa");
            Path writing = folder.get().resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            return Optional.of(new ShortRunArchive(archive, writing));
        } catch (IOException | RuntimeException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<Path> folder() {
        String chosen = System.getProperty("parallax.cds.dir", System.getenv("PARALLAX_CDS_DIR"));
        if (chosen == null || chosen.isBlank()) {
            String cache = System.getenv("XDG_CACHE_HOME");
            String home = System.getProperty("user.home");
            if (cache != null && !cache.isBlank()) {
                chosen = Path.of(cache, "parallax").toString();
            } else if (home != null && !home.isBlank() && !"?".equals(home)) {
                chosen = Path.of(home, ".cache", "parallax").toString();
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(Path.of(chosen));
    }

    /** The child's options: map the archive when it is there, else write it at exit (when the folder can be made). */
    List<String> options() {
        if (Files.isReadable(archive)) {
            return concat("-XX:SharedArchiveFile=" + archive);
        }
        try {
            Files.createDirectories(archive.getParent());
        } catch (IOException | RuntimeException cannotWrite) {
            return List.of();
        }
        return concat("-XX:ArchiveClassesAtExit=" + writing);
    }

    private static List<String> concat(String option) {
        return List.of(option, QUIET.get(0), QUIET.get(1));
    }

    /**
     * After the child exited: a freshly written archive of a successful run goes into place (and archives of earlier
     * builds of the jar are removed); any other leftover of this run is deleted.
     */
    void afterExit(int exitCode) {
        if (!Files.exists(writing)) {
            return;
        }
        try {
            if (exitCode == 0) {
                removeEarlierBuilds();
                Files.move(writing, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(writing);
            }
        } catch (IOException | RuntimeException cannotMove) {
            try {
                Files.deleteIfExists(writing);
            } catch (IOException | RuntimeException ignored) {
                // a leftover in a cache folder; the next successful first run replaces nothing it needs
            }
        }
    }

    /** Archives of this command from other builds of the jar (or other JDKs) are of no use any more. */
    private void removeEarlierBuilds() throws IOException {
        String name = archive.getFileName().toString();
        String command = name.substring(0, name.indexOf('-', "run-".length()) + 1);
        try (DirectoryStream<Path> others = Files.newDirectoryStream(archive.getParent(), command + "*.jsa")) {
            for (Path other : others) {
                if (!other.getFileName().toString().equals(name)) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }

    Path archive() {
        return archive;
    }

    /** Where this run writes the archive before it is moved into place. */
    Path writing() {
        return writing;
    }
}
