package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.lab.LabRun;
import dev.drainhunt.render.TimelineView;
import dev.drainhunt.terminal.Screen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code drainhunt run EX}: the exercise's harness on the buggy code and on the fix, as two timelines. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Watch an exercise's bug happen: its Go harness runs the buggy code and the fix, and shows "
                + "what each did, with times.", "Needs Go " + dev.drainhunt.lab.GoToolchain.MINIMUM
                + " or newer (exit code 4 without it)."})
final class RunCommand extends BaseCommand {

    @Mixin
    ExerciseArgument target = new ExerciseArgument();

    @Option(names = "--json", description = "Print both runs as JSON for scripts.")
    boolean json;

    @Override
    public Integer call() {
        Exercise exercise = exercise(target.name);
        LabTools.requireLab(exercise);
        LabTools lab = new LabTools(settings());
        lab.go();
        if (!json && console().env().stdoutIsTerminal()) {
            console().err().println("Running exercise " + exercise.number() + "'s harness on the buggy code and "
                    + "on the fix...");
            console().err().flush();
        }
        LabRun.Report report = lab.run(exercise, pack().files());
        Screen screen = screen();
        if (json) {
            screen.printData(Json.pretty(LabJson.run(exercise, report)) + "\n");
        } else {
            screen.println(TimelineView.render(exercise, report, screen.width(), screen.glyphs()));
        }
        return ExitCode.OK;
    }
}
