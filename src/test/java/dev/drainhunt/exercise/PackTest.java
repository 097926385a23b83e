package dev.drainhunt.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackTest {

    private final Pack pack = new Catalog(new PackValidator(c -> Optional.empty()))
            .load(CatalogTest.pack("valid")).pack().orElseThrow();

    @Test
    void findsAnExerciseByNumberOrId() {
        assertThat(pack.find("2")).map(Exercise::id).contains("second");
        assertThat(pack.find(" first ")).map(Exercise::number).contains(1);
        assertThat(pack.find("FIRST")).map(Exercise::number).contains(1);
        assertThat(pack.find("3")).isEmpty();
        assertThat(pack.find("99999999999")).isEmpty();
    }

    @Test
    void suggestsTheClosestIdForATypo() {
        assertThat(pack.suggestions("secnod")).containsExactly("second");
        assertThat(pack.suggestions("zzzzzz")).isEmpty();
    }

    @Test
    void suggestsEveryIdANameBegins() {
        Pack two = new Pack("p", "1", "go", "", List.of(exercise(1, "pool-drain-wait"), exercise(2, "pool-submit-drain"),
                exercise(3, "signal-notify")));
        assertThat(two.suggestions("pool")).containsExactly("pool-drain-wait", "pool-submit-drain");
        assertThat(two.suggestions("POOL-S")).containsExactly("pool-submit-drain");
        assertThat(pack.suggestions("fir")).containsExactly("first");
        // One letter begins too many ids to be a suggestion.
        assertThat(two.suggestions("p")).isEmpty();
    }

    private static Exercise exercise(int number, String id) {
        return ExerciseBuilder.exercise().number(number).id(id).build();
    }

    @Test
    void tagsAreEveryExercisesTagsOnceInOrder() {
        assertThat(pack.tags()).containsExactly("signals", "http", "context");
    }

}
