package dev.drainhunt.cli;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.PackImage;
import dev.drainhunt.exercise.PackValidator;
import dev.drainhunt.exercise.Problem;
import dev.drainhunt.grading.Vocabulary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A step of the build, not a command: validates {@code exercises/} as {@code drainhunt validate} does (match rules
 * included) and writes the bundled pack's {@link PackImage} into the classes, so that no run reads or checks its
 * JSON; and the grading image of the bundled vocabulary and the pack's rules (see {@code grading.GradingImage}).
 * A pack with a problem fails the build, each problem on a line.
 *
 * <p>Arguments: the pack folder, the classes folder.
 */
public final class BundledPackImage {

    private BundledPackImage() {
    }

    public static void main(String[] args) throws IOException {
        PackValidator.Result result = new Catalog(PackLoader.validator()).load(Path.of(args[0]));
        for (Problem warning : result.warnings()) {
            System.err.println("warning: " + warning.format());
        }
        if (!result.ok()) {
            result.problems().forEach(p -> System.err.println(p.format()));
            System.err.println("the bundled pack has problems; no image written");
            System.exit(1);
        }
        Pack pack = result.pack().orElseThrow();
        Path image = Path.of(args[1]).resolve(PackImage.RESOURCE);
        Files.createDirectories(image.getParent());
        try (OutputStream out = Files.newOutputStream(image)) {
            PackImage.write(pack, out);
        }
        Path grading = Path.of(args[1]).resolve(Vocabulary.IMAGE);
        Files.createDirectories(grading.getParent());
        try (OutputStream out = Files.newOutputStream(grading)) {
            Vocabulary.writeBundledImage(pack.exercises().stream()
                    .flatMap(e -> Stream.concat(e.keyPoints().stream(), e.alsoTrue().stream())).toList(), out);
        }
    }
}
