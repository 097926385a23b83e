package dev.drainhunt.exercise;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(pack.suggest("secnod")).contains("second");
        assertThat(pack.suggest("fir")).contains("first");
        assertThat(pack.suggest("zzzzzz")).isEmpty();
    }
}
