package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.practice.StudyQueue;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code drainhunt review}: practise the exercises whose review is due, most overdue first. Its model is built by
 * {@link HandBuilt}.
 */
final class ReviewCommand extends BaseCommand {

    final LayoutOptions layout = new LayoutOptions();

    ReviewCommand(DrainhuntCommand root) {
        super(root);
    }

    CommandSpec spec() {
        CommandSpec spec = HandBuilt.command(this, "review",
                "Practise the exercises due for review (spaced repetition), most overdue first.");
        layout.addTo(spec);
        return HandBuilt.withStandardHelp(spec);
    }

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
