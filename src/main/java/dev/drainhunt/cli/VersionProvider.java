package dev.drainhunt.cli;

import dev.drainhunt.exercise.JarResource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven filtered into the build, so {@code --version} always matches the pom. */
final class VersionProvider implements CommandLine.IVersionProvider {

    static final String RESOURCE = "dev/drainhunt/version.properties";

    static String version() {
        Properties p = new Properties();
        try {
            byte[] bytes = JarResource.read(VersionProvider.class, RESOURCE);
            if (bytes != null) {
                p.load(new ByteArrayInputStream(bytes));
            }
        } catch (IOException e) {
            // Fall through to "unknown": a missing version must not stop the tool.
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"drainhunt " + version(),
            "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"};
    }
}
