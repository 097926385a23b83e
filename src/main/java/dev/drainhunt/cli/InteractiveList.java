package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.render.Style;
import dev.drainhunt.render.Wrap;
import dev.drainhunt.session.ExerciseBrowser;
import dev.drainhunt.terminal.Environment;
import dev.drainhunt.terminal.JLineKeyScreen;
import dev.drainhunt.terminal.KeyScreen;
import dev.drainhunt.terminal.Screen;
import java.util.List;
import java.util.Optional;

/**
 * {@code drainhunt list} on a terminal: the navigable list the practice prompt's {@code :list} opens; Enter
 * practises the exercise picked. Piped, dumb or {@code --plain}, the command prints its table instead.
 */
final class InteractiveList {

    private InteractiveList() {
    }

    /** Whether the list can be navigated here: a keyboard and a screen, and a terminal that moves its cursor. */
    static boolean possible(Environment env) {
        return env.stdinIsTerminal() && env.stdoutIsTerminal() && !env.get("TERM").orElse("").equals("dumb");
    }

    /**
     * Runs the list on {@code shown}; empty when the terminal cannot show it, so the caller prints the table.
     *
     * @return the exit code
     */
    static Optional<Integer> run(BaseCommand command, List<Exercise> shown) {
        Optional<KeyScreen> keys = JLineKeyScreen.openSystem(command.settings().color());
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        ExerciseBrowser.Result result = new ExerciseBrowser(command.pack(), shown, command.learner(), command.clock())
                .browse(keys.get(), null, command.settings().glyphs());
        Screen screen = command.screen();
        for (String line : result.said()) {
            screen.println(Wrap.paragraph(line, screen.width(), "", Style.PLAIN));
        }
        screen.flush();
        if (result.chosen().isEmpty()) {
            return Optional.of(ExitCode.OK);
        }
        return Optional.of(command.practice(List.of(result.chosen().get()), new LayoutOptions()));
    }
}
