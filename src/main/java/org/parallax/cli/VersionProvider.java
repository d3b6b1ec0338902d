package org.parallax.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ParallaxCommand.class.getPackage().getImplementationVersion();
        return new String[] {"parallax " + (version == null ? "development" : version)};
    }
}
