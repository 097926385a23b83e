package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.practice.StudyQueue;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code drainhunt review}: practise the exercises whose review is due, most overdue first. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Practise the exercises due for review (spaced repetition), most overdue first.")
final class ReviewCommand implements Callable<Integer> {

    @ParentCommand
    DrainhuntCommand root;

    @Mixin
    LayoutOptions layout = new LayoutOptions();

    @Override
    public Integer call() {
        App app = root.app();
        Pack pack = app.pack();
        List<Exercise> due = StudyQueue.due(pack, app.progress(pack), LocalDate.now(app.clock()));
        if (due.isEmpty()) {
            app.screen().println("Nothing is due for review. " + app.nextUp(pack));
            return ExitCode.OK;
        }
        return app.practice(due, layout);
    }
}
