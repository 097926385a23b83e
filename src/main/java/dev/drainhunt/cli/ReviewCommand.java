package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.practice.StudyQueue;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code drainhunt review}: practise the exercises whose review is due, most overdue first. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Practise the exercises due for review (spaced repetition), most overdue first.")
final class ReviewCommand extends BaseCommand {

    @Mixin
    LayoutOptions layout = new LayoutOptions();

    @Override
    public Integer call() {
        Pack pack = pack();
        List<Exercise> due = StudyQueue.due(pack, learner().progress(pack), LocalDate.now(clock()));
        if (due.isEmpty()) {
            screen().println("Nothing is due for review. " + learner().nextUp(pack));
            return ExitCode.OK;
        }
        return practice(due, layout);
    }
}
