package dev.drainhunt.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportTimesTest {

    private static final Instant SOLVED = Instant.parse("2026-12-01T17:28:41.123456789Z");
    private static final Instant EXPORTED = Instant.parse("2026-12-02T08:05:00.987654321Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static ProgressExport export() {
        return new ProgressExport(ProgressExport.FORMAT, ProgressExport.SCHEMA_VERSION, "Ada", "go-drain", "1.0.0",
                EXPORTED, SOLVED, List.of(new ExportedExercise(3, "pool-drain-wait", "A pool", Status.SOLVED, 1,
                        SOLVED, 0, true)));
    }

    @Test
    void humanTimesAreMinutesInTheLocalZoneOrUtcWithAZ() {
        assertThat(HumanTime.format(SOLVED, BERLIN)).isEqualTo("2026-12-01 18:28");
        assertThat(HumanTime.format(SOLVED, ZoneOffset.UTC)).isEqualTo("2026-12-01 17:28Z");
        assertThat(HumanTime.format(SOLVED, ZoneId.of("Etc/UTC"))).isEqualTo("2026-12-01 17:28Z");
        // London is at +00:00 in winter, but it is not UTC: no Z.
        assertThat(HumanTime.format(SOLVED, ZoneId.of("Europe/London"))).isEqualTo("2026-12-01 17:28");
        assertThat(HumanTime.format(null, BERLIN)).isEmpty();
    }

    @Test
    void csvShowsHumanTimesNotNanosecondInstants() {
        String csv = ExportFormat.CSV.render(export(), BERLIN);
        assertThat(csv).contains(",2026-12-01 18:28,").doesNotContain("T17:28").doesNotContain("123456789");
    }

    @Test
    void markdownShowsHumanTimesAndTheirZone() {
        String md = ExportFormat.MARKDOWN.render(export(), BERLIN);
        assertThat(md).contains("exported 2026-12-02 09:05 (Europe/Berlin).").contains("| 2026-12-01 18:28 |")
                .doesNotContain("987654321").doesNotContain("123456789");
        assertThat(ExportFormat.MARKDOWN.render(export(), ZoneOffset.UTC)).contains("exported 2026-12-02 08:05Z.");
    }

    @Test
    void jsonKeepsIsoInstantsForPrograms() throws Exception {
        var json = new ObjectMapper().readTree(ExportFormat.JSON.render(export(), BERLIN));
        assertThat(json.get("exportedAt").asText()).isEqualTo("2026-12-02T08:05:00.987654321Z");
        assertThat(json.get("exercises").get(0).get("firstSolved").asText()).isEqualTo("2026-12-01T17:28:41.123456789Z");
    }
}
