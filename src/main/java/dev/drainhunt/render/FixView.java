package dev.drainhunt.render;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.lab.FixReport;
import dev.drainhunt.text.Glyphs;
import dev.drainhunt.text.SafeText;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** {@code drainhunt fix}: the verdict on the learner's working copy, what the harness saw, the compiler, go vet. */
public final class FixView {

    /** More observations than this are noise: the first failing one is what to work on. */
    static final int OBSERVATIONS = 3;

    private FixView() {
    }

    public static List<AttributedString> report(Exercise exercise, FixReport report, int width,
                                                Glyphs glyphs) {
        List<AttributedString> out = new ArrayList<>();
        boolean fixed = report.verdict() == FixReport.Verdict.FIXED;
        String what = switch (report.verdict()) {
            case FIXED -> "fixed: the drain expectations hold on your code";
            case STILL_BUGGY -> "still-buggy: the harness still sees the bug";
            case DOES_NOT_BUILD -> "does-not-build: your copy does not compile";
        };
        out.add(new AttributedStringBuilder().styled(fixed ? Style.GOOD : Style.BAD,
                (fixed ? glyphs.ok() : glyphs.bad()) + " Exercise " + exercise.number() + " " + what)
                .toAttributedString());
        switch (report.verdict()) {
            case FIXED -> report.observations().forEach(o -> out.addAll(
                    Wrap.item("  ", "", SafeText.clean(o), width, Style.DIM)));
            case STILL_BUGGY -> {
                report.observations().stream().limit(OBSERVATIONS).forEach(o -> out.addAll(
                        Wrap.item("  ", glyphs.bullet() + " ", SafeText.clean(o), width, Style.PLAIN)));
                int more = report.observations().size() - OBSERVATIONS;
                if (more > 0) {
                    out.add(new AttributedString("  (" + Count.of(more, "more observation") + ")", Style.DIM));
                }
            }
            case DOES_NOT_BUILD -> report.build().lines().forEach(l -> out.add(
                    new AttributedString("  " + SafeText.clean(l), Style.PLAIN)));
        }
        if (!report.vet().isEmpty()) {
            out.add(new AttributedString("go vet:", Style.HEADING));
            report.vet().forEach(v -> out.addAll(Wrap.item("  ", "", SafeText.clean(v), width, Style.WARN)));
        }
        return out;
    }
}
