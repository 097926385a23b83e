package dev.drainhunt.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Lab;
import dev.drainhunt.lab.FixReport;
import dev.drainhunt.lab.HarnessResult;
import dev.drainhunt.lab.LabEvent;
import dev.drainhunt.lab.LabRun;
import dev.drainhunt.render.TimelineView;
import java.util.Locale;

/** The JSON that {@code run --json} and {@code fix --check --json} print, for scripts. */
final class LabJson {

    private LabJson() {
    }

    /** {@code {"exercise", "id", "buggy": {"passed", "summary", "events": [{"t", "text"}]}, "fix": {…}}}. */
    static ObjectNode run(Exercise exercise, LabRun.Report report) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("exercise", exercise.number());
        o.put("id", exercise.id());
        o.set("buggy", side(report.buggy(), false));
        o.set("fix", side(report.fix(), true));
        Lab lab = exercise.lab();
        if (lab != null && !lab.staticOnly().isEmpty()) {
            ArrayNode shown = o.putArray("staticOnly");
            for (Lab.StaticFinding f : lab.staticOnly()) {
                shown.addObject().put("keyPoint", f.keyPoint()).put("analyzer", f.analyzer()).put("why", f.why());
            }
        }
        return o;
    }

    static ObjectNode side(HarnessResult result, boolean fix) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("passed", result.passed());
        o.put("summary", result.summary().orElseGet(() -> TimelineView.verdict(result, fix)));
        result.problem().ifPresent(p -> o.put("problem", p.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        ArrayNode events = o.putArray("events");
        for (LabEvent e : result.events()) {
            events.addObject().put("t", Math.round(e.seconds() * 100) / 100.0).put("text", e.text());
        }
        return o;
    }

    /** {@code {"exercise", "id", "verdict", "observations": [], "build": "…", "vet": []}}. */
    static ObjectNode fix(Exercise exercise, FixReport report) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("exercise", exercise.number());
        o.put("id", exercise.id());
        o.put("verdict", report.verdict().label());
        report.observations().forEach(o.putArray("observations")::add);
        o.put("build", report.build());
        report.vet().forEach(o.putArray("vet")::add);
        return o;
    }
}
