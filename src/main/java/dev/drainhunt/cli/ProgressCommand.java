package dev.drainhunt.cli;

import dev.drainhunt.exercise.Difficulty;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.practice.StudyQueue;
import dev.drainhunt.progress.PackProgress;
import dev.drainhunt.progress.ProgressStats;
import dev.drainhunt.progress.Scheduler;
import dev.drainhunt.progress.Tally;
import dev.drainhunt.render.Bar;
import dev.drainhunt.render.Count;
import dev.drainhunt.render.ForecastView;
import dev.drainhunt.render.Style;
import dev.drainhunt.terminal.Screen;
import dev.drainhunt.text.Glyphs;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code drainhunt progress}: how far the learner is, what is due. */
@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Show your progress: solved per difficulty and tag, streak, recent accuracy, due reviews.")
final class ProgressCommand extends BaseCommand {

    /** How far ahead the review forecast looks; its JSON lists every one of these days. */
    static final int FORECAST_DAYS = ForecastView.DAYS;

    @Option(names = "--json", description = "Print the figures as JSON for scripts.")
    boolean json;

    @Override
    public Integer call() {
        Pack pack = pack();
        ProgressStats stats = learner().stats(pack);
        PackProgress progress = learner().progress(pack);
        LocalDate today = LocalDate.now(clock());
        int due = StudyQueue.due(pack, progress, today).size();
        Map<LocalDate, Integer> forecast = Scheduler.forecast(progress,
                pack.exercises().stream().map(Exercise::id).toList(), today, FORECAST_DAYS);
        Screen screen = screen();
        if (json) {
            screen.printData(stats.toJson(due, forecast));
            return ExitCode.OK;
        }
        int width = screen.width();
        Glyphs glyphs = screen.glyphs();
        int labels = 2 + stats.byTag().keySet().stream().mapToInt(String::length).max().orElse(0);
        int column = Math.max(14, labels + 2);
        int cells = Math.max(10, Math.min(30, width - column - 20));
        screen.println(new AttributedString(pack.name() + " " + pack.version(), Style.HEADING));
        screen.println(row(column, "Solved", Bar.of(stats.overall().solved(), stats.overall().total(), cells, glyphs),
                " (" + stats.mastered() + " mastered, " + stats.fixed() + " fixed by you)"));
        screen.println();
        screen.println(new AttributedString("By difficulty", Style.HEADING));
        for (Map.Entry<Difficulty, Tally> d : stats.byDifficulty().entrySet()) {
            screen.println(row(column, "  " + d.getKey().label(), Bar.of(d.getValue().solved(), d.getValue().total(), cells, glyphs), ""));
        }
        screen.println(new AttributedString("By tag", Style.HEADING));
        for (Map.Entry<String, Tally> t : stats.byTag().entrySet()) {
            screen.println(row(column, "  " + t.getKey(), Bar.of(t.getValue().solved(), t.getValue().total(), cells, glyphs), ""));
        }
        screen.println();
        screen.println(row(column, "Streak", null, Count.of(stats.streakDays(), "day")));
        screen.println(row(column, "Accuracy", null, stats.recentAccuracy().counted() == 0 ? "no answers yet"
                : stats.recentAccuracy().counted() == 1
                        ? (stats.recentAccuracy().correct() == 1 ? "the last answer right" : "the last answer not right")
                        : stats.recentAccuracy().correct() + " of the last " + stats.recentAccuracy().counted()
                        + " answers right (" + stats.recentAccuracy().percent() + "%)"));
        screen.println(row(column, "Last active", null, stats.lastActivity() == null ? "never"
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock().getZone())
                        .format(stats.lastActivity())));
        screen.println(row(column, "Reviews", null, due == 0 ? "none due now" : due + " due now: drainhunt review"));
        screen.println(ForecastView.block(forecast, width, glyphs));
        return ExitCode.OK;
    }

    private static AttributedString row(int column, String label, AttributedString bar, String text) {
        AttributedStringBuilder b = new AttributedStringBuilder().append(String.format("%-" + column + "s", label));
        if (bar != null) {
            b.append(bar);
        }
        return b.append(text).toAttributedString();
    }
}
