package dev.drainhunt.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The image the build writes is the bundled pack its JSON gives, record for record. */
class PackImageTest {

    @Test
    void theBuildsImageHoldsWhatReadingTheJsonGives() {
        Pack fromJson = new Catalog(new PackValidator(c -> Optional.empty())).loadBundled().pack().orElseThrow();
        Pack fromImage = PackImage.readBundled(names -> new NamedFiles(names)).orElseThrow();

        assertSamePack(fromImage, fromJson);
        assertThat(fromImage.exercises()).hasSize(20);
    }

    @Test
    void studyingTheBundledPackReadsTheImageAndStillReadsItsOtherFiles() {
        Pack studied = new Catalog(new PackValidator(c -> Optional.empty())).loadBundledImage().pack().orElseThrow();
        Exercise first = studied.exercises().get(0);

        assertThat(studied.files().read(first.lab().harness())).get().asString().contains("package ");
    }

    @Test
    void keepsNullsAndEmptyListsAsTheyWere() throws IOException {
        KeyPoint shared = new KeyPoint("p", "a point", List.of(List.of("@drain", "wait"), List.of("x")), "drain-wait");
        Exercise bare = new Exercise("bare", 1, "Bare", Difficulty.EASY, List.of(), null, List.of("package main", ""),
                List.of(1), List.of(), List.of(), List.of(), List.of(), null, null, null);
        Exercise full = new Exercise("full", 2, "Full \u00e9\u0000", Difficulty.HARD, List.of("sync"), "1.22",
                List.of("package pool"), List.of(1), List.of("h"), List.of(shared), List.of("why"), List.of("fix"),
                List.of(new Reference("t", "https://go.dev")), List.of("go vet"), "notes",
                List.of(new KeyPoint("q", "also", List.of())),
                new Lab("02-full_test.go", null, true, List.of(new Lab.StaticFinding("p", "vet", "why not"))));
        Pack pack = new Pack("p", "1.0.0", "go", "d", List.of(full, bare), new NamedFiles(java.util.Set.of("a.go")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PackImage.write(pack, out);

        assertSamePack(PackImage.read(out.toByteArray(), NamedFiles::new), pack);
    }

    private static void assertSamePack(Pack actual, Pack expected) {
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.version()).isEqualTo(expected.version());
        assertThat(actual.language()).isEqualTo(expected.language());
        assertThat(actual.description()).isEqualTo(expected.description());
        assertThat(actual.exercises()).containsExactlyElementsOf(expected.exercises());
        assertThat(actual.files().names()).isEqualTo(expected.files().names());
    }

    private record NamedFiles(java.util.Set<String> names) implements PackFiles {
        @Override
        public Optional<String> read(String name) {
            return Optional.empty();
        }
    }
}
