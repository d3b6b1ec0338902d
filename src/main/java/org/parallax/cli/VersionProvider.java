package org.parallax.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reports the version: from the jar's manifest, else from the version the build wrote beside the classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"parallax " + version()};
    }

    static String version() {
        String version = ParallaxCommand.class.getPackage().getImplementationVersion();
        if (version != null) {
            return version;
        }
        Properties built = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                built.load(in);
            }
        } catch (IOException unreadable) {
            // fall through: no version known
        }
        return built.getProperty("version", "unknown");
    }
}
