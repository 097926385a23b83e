package dev.drainhunt.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private final Catalog catalog = new Catalog(new PackValidator(c -> Optional.empty()));

    static Path pack(String name) {
        return Path.of("src/test/resources/packs", name);
    }

    @Test
    void loadsAPackFolderInNumberOrder() {
        PackValidator.Result result = catalog.load(pack("valid"));
        assertThat(result.problems()).isEmpty();
        Pack pack = result.pack().orElseThrow();
        assertThat(pack.exercises()).extracting(Exercise::id).containsExactly("first", "second");
        assertThat(pack.byNumber(2).orElseThrow().difficulty()).isEqualTo(Difficulty.HARD);
    }

    @Test
    void reportsEveryBrokenFileOfAFolderInOneRun() {
        PackValidator.Result result = catalog.load(pack("broken"));
        assertThat(result.pack()).isEmpty();
        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                "src/test/resources/packs/broken/02-syntax.json:6:3: not valid JSON: Unexpected character ('\"' "
                        + "(code 34)): was expecting comma to separate Object entries (fix the syntax; every other "
                        + "check waits for it)",
                "src/test/resources/packs/broken/03-fields.json:51:3: hint: unknown field \"hint\" — did you mean "
                        + "\"hints\"?",
                "src/test/resources/packs/broken/03-fields.json:17:5: bugLines[0]: line 40 is outside the buggy code "
                        + "(lines 1-5); point at a line of buggy",
                "src/test/resources/packs/broken/03-fields.json:2:9: id: id \"good\" is already used by "
                        + "src/test/resources/packs/broken/01-good.json:2:9; each exercise needs its own");
    }

    @Test
    void saysWhenTheFolderIsMissing() {
        PackValidator.Result result = catalog.load(pack("no-such-pack"));
        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                "src/test/resources/packs/no-such-pack:1:1: does not exist: name a folder holding pack.json and "
                        + "NN-id.json files");
    }

    @Test
    void loadsTheBundledPackFromTheClassPath() {
        PackValidator.Result result = catalog.loadBundled();
        assertThat(result.problems()).isEmpty();
        Pack pack = result.pack().orElseThrow();
        assertThat(pack.name()).isEqualTo("go-drain");
        // Exercise N is the seed article's Bug N: twenty, numbered 1 to 20 with no gap.
        assertThat(pack.exercises()).extracting(Exercise::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
    }
}
