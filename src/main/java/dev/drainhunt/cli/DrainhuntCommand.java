package dev.drainhunt.cli;

import dev.drainhunt.terminal.ColorMode;
import dev.drainhunt.terminal.Environment;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;

/**
 * The root command: global options, and practice when no subcommand is given; {@link Subcommands} has the rest.
 * Its model is built by hand ({@link HandBuilt}): every run pays for it.
 */
public final class DrainhuntCommand implements Callable<Integer> {

    final HandBuilt.Bound<Path> exercisesDir = new HandBuilt.Bound<>(null);
    final HandBuilt.Bound<Path> dataDir = new HandBuilt.Bound<>(null);
    final HandBuilt.Bound<ColorMode> color = new HandBuilt.Bound<>(null);
    final HandBuilt.Bound<Boolean> noColor = new HandBuilt.Bound<>(false);
    CommandSpec spec;

    final Environment env;
    final InputStream stdin;
    private App app;

    public DrainhuntCommand() {
        this(Environment.system(), System.in);
    }

    /** For tests: run as if started with these variables, terminals and standard input. */
    DrainhuntCommand(Environment env, InputStream stdin) {
        this.env = env;
        this.stdin = stdin;
    }

    /** picocli's model of the root command, without subcommands ({@link Subcommands} adds them). */
    CommandSpec spec() {
        spec = HandBuilt.command(this, "drainhunt", "Train your eye for graceful-drain bugs in Go code.", "",
                "With no command, starts practising where you left off.");
        spec.versionProvider(new VersionProvider());
        spec.usageMessage().sortOptions(false).autoWidth(true)
                .footerHeading("%nExit codes:%n")
                .footer("  0  ok", "  1  a check failed (validation problems, a broken export)",
                        "  2  usage: a bad option, an unknown exercise",
                        "  3  data: progress unreadable, newer schema, data dir not writable",
                        "  4  a tool drainhunt needs is missing (Go 1.19+ for run and fix)",
                        "129  hung up (SIGHUP): progress saved, summary shown",
                        "130  interrupted (a second Ctrl-C, SIGINT): progress saved",
                        "143  terminated (SIGTERM): progress saved, summary shown");
        spec.addOption(HandBuilt.option(new String[] {"--exercises"}, Path.class, "DIR",
                "Exercise pack folder (default: $DRAINHUNT_EXERCISES, else the config file's exercises, "
                        + "else the pack bundled with drainhunt).", exercisesDir)
                .scopeType(ScopeType.INHERIT).build());
        spec.addOption(HandBuilt.option(new String[] {"--data-dir"}, Path.class, "DIR",
                "Where progress is kept (default: $DRAINHUNT_HOME, else the config file's data-dir, "
                        + "else $XDG_DATA_HOME/drainhunt, else ~/.local/share/drainhunt).",
                dataDir).scopeType(ScopeType.INHERIT).build());
        spec.addOption(HandBuilt.option(new String[] {"--color"}, ColorMode.class, "WHEN",
                "auto, always or never (default: auto: colours on a terminal, unless NO_COLOR is set "
                        + "or TERM=dumb). always keeps them through a pipe, as for less -R.",
                color).scopeType(ScopeType.INHERIT).build());
        spec.addOption(HandBuilt.flag("--no-color", "Same as --color=never.", noColor)
                .scopeType(ScopeType.INHERIT).build());
        return HandBuilt.withStandardHelp(spec);
    }

    /** The shared services of this run, built on first use so that --help needs none of them. */
    App app() {
        if (app == null) {
            app = new App(this, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return app;
    }

    @Override
    public Integer call() {
        return new PracticeCommand(this).call();
    }
}
