package dev.drainhunt.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drainhunt.report.TeamReport.Dropped;
import dev.drainhunt.report.TeamReport.ExerciseSummary;
import dev.drainhunt.report.TeamReport.LearnerSummary;
import dev.drainhunt.report.TeamReport.PackReport;
import dev.drainhunt.text.TerminalSafeJson;
import java.time.Instant;

/** The team report as JSON for scripts; its shape is documented in the README ("Team reports"). */
public final class ReportJson {

    public static final String FORMAT = "drainhunt-team-report";
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder(TerminalSafeJson.factory())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ReportJson() {
    }

    public static String render(TeamReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("generatedAt", report.generatedAt().toString());
        root.put("exportsRead", report.exportsRead());
        ArrayNode notes = root.putArray("notes");
        ReportNotes.of(report).forEach(notes::add);
        ArrayNode dropped = root.putArray("dropped");
        for (Dropped d : report.dropped()) {
            dropped.addObject()
                    .put("learner", d.learner())
                    .put("pack", d.pack())
                    .put("packVersion", d.packVersion())
                    .put("file", d.file())
                    .put("exportedAt", time(d.exportedAt()))
                    .put("keptFile", d.keptFile())
                    .put("keptExportedAt", time(d.keptExportedAt()));
        }
        ArrayNode packs = root.putArray("packs");
        for (PackReport p : report.packs()) {
            ObjectNode pack = packs.addObject()
                    .put("pack", p.pack())
                    .put("packVersion", p.packVersion())
                    .put("exerciseListsDiffer", p.exerciseListsDiffer());
            ArrayNode learners = pack.putArray("learners");
            for (LearnerSummary l : p.learners()) {
                learners.addObject()
                        .put("learner", l.learner())
                        .put("file", l.file())
                        .put("solved", l.solved())
                        .put("fixed", l.fixed())
                        .put("total", l.total())
                        .put("rightFirstTry", l.rightFirstTry())
                        .put("answered", l.answered())
                        .put("worked", l.worked())
                        .put("hintsUsed", l.hintsUsed())
                        .put("hintsPerExercise", rounded(l.hintsPerExercise()))
                        .put("lastActive", time(l.lastActive()))
                        .put("exportedAt", time(l.exportedAt()));
            }
            ArrayNode exercises = pack.putArray("exercises");
            for (ExerciseSummary e : p.exercises()) {
                ObjectNode exercise = exercises.addObject()
                        .put("number", e.number())
                        .put("id", e.id())
                        .put("title", e.title())
                        .put("learners", e.learners())
                        .put("answered", e.answered())
                        .put("solved", e.solved())
                        .put("solveRate", rounded(e.solveRate()))
                        .put("medianAttempts", e.medianAttempts())
                        .put("worked", e.worked())
                        .put("hinted", e.hinted())
                        .put("missedOutOf", e.missedOutOf());
                ArrayNode missed = exercise.putArray("missedKeyPoints");
                for (TeamReport.MissedKeyPoint point : e.missed()) {
                    missed.addObject().put("id", point.id()).put("summary", point.summary())
                            .put("missedBy", point.learners());
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** Three decimals: enough for any team, and scripts need not print 0.6666666666666666. */
    private static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 1000) / 1000.0;
    }
}
