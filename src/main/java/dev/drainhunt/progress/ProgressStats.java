package dev.drainhunt.progress;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.drainhunt.exercise.Difficulty;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The numbers behind {@code drainhunt progress} for one pack, for the CLI to draw as bars or print as JSON.
 *
 * @param mastered how many of {@code overall.solved} are mastered
 * @param fixed how many exercises the learner fixed themselves ({@code drainhunt fix}), solved or not yet
 * @param byDifficulty the difficulties the pack uses, easiest first
 * @param byTag every tag of the pack, in alphabetical order; an exercise counts under each of its tags
 * @param streakDays consecutive days with an answer or a reveal (not only skips) in any pack (the streak is the learner's, not the
 *     pack's), ending today or yesterday in the clock's zone; 0 when the latest such day is older
 * @param recentAccuracy over the latest {@value #RECENT_ANSWERS} answers in this pack
 * @param lastActivity the latest attempt in this pack, skips included; null when none
 */
public record ProgressStats(
        String pack,
        Tally overall,
        int mastered,
        int fixed,
        Map<Difficulty, Tally> byDifficulty,
        Map<String, Tally> byTag,
        int streakDays,
        Accuracy recentAccuracy,
        Instant lastActivity) {

    public static final int RECENT_ANSWERS = 10;

    public ProgressStats {
        // Not Map.copyOf: the order is part of the display.
        byDifficulty = Collections.unmodifiableMap(new LinkedHashMap<>(byDifficulty));
        byTag = Collections.unmodifiableMap(new LinkedHashMap<>(byTag));
    }

    /** Progress in {@code pack}; progress on exercises the pack no longer has is left out. */
    public static ProgressStats of(Pack pack, ProgressFile progress, Clock clock) {
        ZoneId zone = clock.getZone();
        PackProgress inPack = progress.pack(pack.name());
        Tally overall = Tally.NONE;
        int mastered = 0;
        int fixed = 0;
        Map<Difficulty, Tally> byDifficulty = new EnumMap<>(Difficulty.class);
        Map<String, Tally> byTag = new TreeMap<>();
        for (Exercise exercise : pack.exercises()) {
            Status status = Status.of(inPack.exercise(exercise.id()), zone);
            Tally one = Tally.of(status);
            overall = overall.plus(one);
            mastered += status == Status.MASTERED ? 1 : 0;
            fixed += inPack.exercise(exercise.id()).fixed() != null ? 1 : 0;
            byDifficulty.merge(exercise.difficulty(), one, Tally::plus);
            for (String tag : exercise.tags()) {
                byTag.merge(tag, one, Tally::plus);
            }
        }
        List<Attempt> attempts = pack.exercises().stream()
                .flatMap(e -> inPack.exercise(e.id()).attempts().stream())
                .toList();
        return new ProgressStats(pack.name(), overall, mastered, fixed, byDifficulty, byTag,
                streakDays(progress, clock), recentAccuracy(attempts), latest(attempts));
    }

    /**
     * How many of the pack's exercises are solved: {@code of(…).overall().solved()}, without the streak, the tags
     * and the attempts, which the practice screen's header, drawn at every step, does not show.
     */
    public static int solved(Pack pack, ProgressFile progress, ZoneId zone) {
        PackProgress inPack = progress.pack(pack.name());
        Tally overall = Tally.NONE;
        for (Exercise exercise : pack.exercises()) {
            overall = overall.plus(Tally.of(Status.of(inPack.exercise(exercise.id()), zone)));
        }
        return overall.solved();
    }

    /**
     * The streak of {@code of(…)}, on its own for the session summary. Loops, not streams: it runs once a session,
     * while the JVM is still interpreting, and its stream shapes would be linked for it alone.
     */
    public static int streakDays(ProgressFile progress, Clock clock) {
        ZoneId zone = clock.getZone();
        Set<LocalDate> days = new HashSet<>();
        for (PackProgress pack : progress.packs().values()) {
            for (ExerciseProgress exercise : pack.exercises().values()) {
                for (Attempt attempt : exercise.graded()) { // a day of skips only is no day of practice
                    days.add(LocalDate.ofInstant(attempt.at(), zone));
                }
            }
        }
        LocalDate day = LocalDate.now(clock);
        if (!days.contains(day)) {
            day = day.minusDays(1); // today may just not have started yet: yesterday keeps the streak alive
        }
        int streak = 0;
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    /** The stats as JSON for {@code drainhunt progress --json}: lower-case names, ISO-8601 times. */
    public String toJson() {
        return ProgressJson.text(this);
    }

    /**
     * What {@code drainhunt progress --json} prints: these figures, the reviews due now and the day-by-day
     * forecast, ending in a newline.
     */
    public String toJson(int dueNow, Map<LocalDate, Integer> forecast) {
        List<DueOn> days = forecast.entrySet().stream().map(d -> new DueOn(d.getKey(), d.getValue())).toList();
        return ProgressJson.text(new Figures(this, dueNow, days));
    }

    private record Figures(@JsonUnwrapped ProgressStats stats, int dueNow, List<DueOn> forecast) {
    }

    private record DueOn(LocalDate date, int due) {
    }

    /** Attempts are ordered by time here, not as recorded: they come from several exercises. */
    static Accuracy recentAccuracy(List<Attempt> attempts) {
        List<Attempt> recent = attempts.stream()
                .filter(a -> a.verdict().graded())
                .sorted((a, b) -> b.at().compareTo(a.at()))
                .limit(RECENT_ANSWERS)
                .toList();
        int correct = (int) recent.stream().filter(Attempt::correct).count();
        return new Accuracy(correct, recent.size());
    }

    private static Instant latest(List<Attempt> attempts) {
        return attempts.stream().map(Attempt::at).max(Instant::compareTo).orElse(null);
    }
}
