package dev.drainhunt.cli;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.PackValidator;
import dev.drainhunt.exercise.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** The services one run of drainhunt shares, each built on first use: the pack, the screen, the data dir. */
final class App {

    private final DrainhuntCommand options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Environment env;
    private Pack pack;
    private Screen screen;

    App(DrainhuntCommand options, PrintWriter out, PrintWriter err, Environment env) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.env = env;
    }

    Environment env() {
        return env;
    }

    PrintWriter err() {
        return err;
    }

    static PackValidator validator() {
        return new PackValidator(concept -> Optional.empty());
    }

    /** The pack to study; a broken pack stops the command with every problem listed. */
    Pack pack() {
        if (pack == null) {
            PackValidator.Result result = options.exercisesDir == null
                    ? new Catalog(validator()).loadBundled()
                    : new Catalog(validator()).load(options.exercisesDir);
            if (!result.ok()) {
                for (Problem p : result.problems()) {
                    err.println(p.format());
                }
                throw new UserError(ExitCode.FAILED, "the exercise pack has " + result.problems().size()
                        + (result.problems().size() == 1 ? " problem" : " problems")
                        + "; fix them (drainhunt validate lists them) and try again");
            }
            pack = result.pack().orElseThrow();
        }
        return pack;
    }

    /** The exercise a user named by number or id, or a usage error with the closest id. */
    Exercise exercise(String name) {
        Pack p = pack();
        return p.find(name).orElseThrow(() -> UserError.usage("no exercise \"" + name + "\""
                + p.suggest(name).map(s -> " — did you mean \"" + s + "\"?").orElse(
                        " (drainhunt list shows " + p.size() + ": 1-" + p.size() + " or an id)")));
    }

    Screen screen() {
        if (screen == null) {
            boolean color = !options.noColor && env.get("NO_COLOR").isEmpty() && env.stdoutIsTerminal();
            screen = new Screen(out, color, Screen.width(env));
        }
        return screen;
    }

    /** {@code --data-dir}, else $DRAINHUNT_HOME, else $XDG_DATA_HOME/drainhunt, else ~/.local/share/drainhunt. */
    Path dataDir() {
        return dataDir(options.dataDir, env);
    }

    static Path dataDir(Path explicit, Environment env) {
        if (explicit != null) {
            return explicit;
        }
        return env.get("DRAINHUNT_HOME").map(Path::of)
                .or(() -> env.get("XDG_DATA_HOME").map(x -> Path.of(x, "drainhunt")))
                .orElseGet(() -> Path.of(env.get("HOME").orElse(System.getProperty("user.home")),
                        ".local", "share", "drainhunt"));
    }
}
