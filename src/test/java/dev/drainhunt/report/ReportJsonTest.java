package dev.drainhunt.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    private static JsonNode json(TeamReport report) throws Exception {
        return new ObjectMapper().readTree(ReportJson.render(report));
    }

    @Test
    void namesItsFormatAndHoldsOnePackVersionEach() throws Exception {
        JsonNode root = json(Exports.report(Exports.team()));

        assertThat(root.get("format").asText()).isEqualTo("drainhunt-team-report");
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("generatedAt").asText()).isEqualTo("2026-12-01T09:00:00Z");
        assertThat(root.get("exportsRead").asInt()).isEqualTo(3);
        assertThat(root.get("notes")).isEmpty();
        assertThat(root.get("dropped")).isEmpty();
        JsonNode pack = root.get("packs").get(0);
        assertThat(pack.get("pack").asText()).isEqualTo("go-drain");
        assertThat(pack.get("packVersion").asText()).isEqualTo("1.0.0");
        assertThat(pack.get("exerciseListsDiffer").asBoolean()).isFalse();
    }

    @Test
    void learnersAndExercisesCarryTheNumbersAndNullWhereThereAreNone() throws Exception {
        JsonNode pack = json(Exports.report(Exports.team())).get("packs").get(0);

        assertThat(pack.get("learners").get(0).toString()).isEqualTo("{\"learner\":\"Ada\",\"file\":\"ada.json\","
                + "\"solved\":2,\"fixed\":0,\"total\":5,\"rightFirstTry\":1,\"answered\":4,\"worked\":4,\"hintsUsed\":3,"
                + "\"hintsPerExercise\":0.75,\"lastActive\":\"2026-11-23T10:00:00Z\","
                + "\"exportedAt\":\"2026-11-30T18:00:00Z\"}");
        assertThat(pack.get("exercises").get(2).toString()).isEqualTo("{\"number\":2,\"id\":\"no-deadline\","
                + "\"title\":\"Title of no-deadline\",\"learners\":3,\"answered\":3,\"solved\":2,"
                + "\"solveRate\":0.667,\"medianAttempts\":3.0,\"worked\":3,\"hinted\":1,\"missedOutOf\":3,"
                + "\"missedKeyPoints\":[]}");
        JsonNode untried = pack.get("exercises").get(4);
        assertThat(untried.get("id").asText()).isEqualTo("close-order");
        assertThat(untried.get("solveRate").isNull()).isTrue();
        assertThat(untried.get("medianAttempts").isNull()).isTrue();
    }

    @Test
    void droppedExportsAreListedForScripts() throws Exception {
        List<ExportFile> files = new ArrayList<>(Exports.team());
        files.add(new ExportFile("ada-2.json", Exports.export("Ada", Exports.EXPORTED.plusSeconds(60))));

        JsonNode dropped = json(Exports.report(files)).get("dropped");

        assertThat(dropped.toString()).isEqualTo("[{\"learner\":\"Ada\",\"pack\":\"go-drain\",\"packVersion\":\"1.0.0\","
                + "\"file\":\"ada.json\",\"exportedAt\":\"2026-11-30T18:00:00Z\",\"keptFile\":\"ada-2.json\","
                + "\"keptExportedAt\":\"2026-11-30T18:01:00Z\"}]");
    }

    @Test
    void terminalControlsInNamesAreEscapedButReadBackUnchanged() throws Exception {
        String name = "Csi\u009b2J Rtl\u202eeman";
        List<ExportFile> files = List.of(new ExportFile("x.json", Exports.export(name, Exports.EXPORTED)));

        String text = ReportJson.render(Exports.report(files));

        assertThat(text).doesNotContain("\u009b").doesNotContain("\u202e").contains("Csi\\u009b2J");
        assertThat(new ObjectMapper().readTree(text).get("packs").get(0).get("learners").get(0).get("learner")
                .asText()).isEqualTo(name);
    }
}
