package dev.drainhunt.cli;

import dev.drainhunt.exercise.JarResource;
import dev.drainhunt.exercise.PackImage;
import dev.drainhunt.exercise.ResourceCopy;
import dev.drainhunt.grading.Vocabulary;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A step of the launcher's archive build, not a command: copies the resources a start-up reads out of the jar
 * into the archive's folder ({@link ResourceCopy}), so that a run whose classes all come from the archive opens no
 * jar. Argument: the folder. Exits 1 when a copy could not be written; the runs then read the jar.
 */
public final class ResourceCopies {

    /** What start-ups read from the jar: the pack's and the grading images, and the version. */
    static final List<String> RESOURCES = List.of(PackImage.RESOURCE, Vocabulary.IMAGE,
            VersionProvider.RESOURCE);

    private ResourceCopies() {
    }

    public static void main(String[] args) {
        File jar = JarResource.jarOf(ResourceCopies.class);
        int failed = 0;
        for (String name : RESOURCES) {
            try {
                if (jar == null || !ResourceCopy.write(Path.of(args[0]), jar, name)) {
                    failed++;
                }
            } catch (IOException | RuntimeException e) {
                failed++;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
