package dev.drainhunt.cli;

import dev.drainhunt.install.Installation;
import dev.drainhunt.install.ShellPaths;
import dev.drainhunt.terminal.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code drainhunt install [--prefix DIR] [--uninstall]}: the jar, a launcher, the man page and completion. */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = {"Install drainhunt for your user: launcher, jar, man page and shell completion.",
            "Under PREFIX (default: ~/.local): the launcher in PREFIX/bin (it needs only",
            "Java 17+), the jar in PREFIX/share/drainhunt. Run it from the built jar:",
            "./drainhunt install."})
final class InstallCommand extends BaseCommand {

    static final Path JAR = Path.of("share", "drainhunt", "drainhunt.jar");
    static final Path LAUNCHER = Path.of("bin", "drainhunt");
    static final Path MAN_PAGE = Path.of("share", "man", "man1", "drainhunt.1");
    static final Path BASH_COMPLETION = Path.of("share", "bash-completion", "completions", "drainhunt");
    /** zsh finds it once the folder is on $fpath (the install says how). */
    static final Path ZSH_COMPLETION = Path.of("share", "zsh", "site-functions", "_drainhunt");
    /** fish 3 looks in ~/.local/share/fish/vendor_completions.d by itself. */
    static final Path FISH_COMPLETION = Path.of("share", "fish", "vendor_completions.d", "drainhunt.fish");
    /** Where the build puts the man page inside the jar. */
    static final String MAN_RESOURCE = "/dev/drainhunt/man/drainhunt.1";
    private static final String LAUNCHER_RESOURCE = "/dev/drainhunt/install/launcher.sh";

    static final String NOT_A_JAR = "install copies the jar it runs from, and this drainhunt runs from %s: build "
            + "the jar (mvn -B package) and run java -jar target/drainhunt.jar install";
    static final String NOTHING_INSTALLED = "nothing to uninstall in %s: it has no %s (was drainhunt installed "
            + "with another --prefix?)";

    @Spec
    CommandSpec spec;

    @Option(names = "--prefix", paramLabel = "DIR",
            description = "Where to install (default: ~/.local).")
    Path prefix;

    @Option(names = "--force",
            description = "Replace a file of yours in the way, keeping it as FILE.drainhunt-backup; --uninstall puts"
                    + " it back.")
    boolean force;

    @Option(names = "--uninstall",
            description = "Remove what install wrote there and nothing else: never progress data.")
    boolean uninstall;

    @Override
    public Integer call() {
        Environment env = settings().env();
        Installation installation;
        try {
            installation = new Installation(prefix != null ? prefix : ShellPaths.defaultPrefix(env));
        } catch (IllegalArgumentException e) {
            throw UserError.usage("--prefix: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (uninstall) {
                uninstall(installation, out);
                ShellPaths.removeArchives(env, installation.prefix().resolve(JAR));
            } else {
                install(installation, env, out);
            }
        } catch (IOException e) {
            throw new UserError(ExitCode.FAILED, (uninstall ? "uninstall" : "install") + " stopped: "
                    + Installation.reason(e));
        } catch (UncheckedIOException e) {
            throw new UserError(ExitCode.FAILED, (uninstall ? "uninstall" : "install") + " stopped: "
                    + Installation.reason(e.getCause()));
        }
        out.flush();
        return ExitCode.OK;
    }

    private void install(Installation installation, Environment env, PrintWriter out) throws IOException {
        Path jar = runningJar();
        Path installedJar = installation.prefix().resolve(JAR);
        List<Installation.Item> items = List.of(
                Installation.Item.copy(JAR, jar),
                Installation.Item.text(LAUNCHER, launcher(installedJar), true),
                Installation.Item.text(MAN_PAGE, resource(MAN_RESOURCE), false),
                completion(BASH_COMPLETION, CompletionCommand.Shell.bash),
                completion(ZSH_COMPLETION, CompletionCommand.Shell.zsh),
                completion(FISH_COMPLETION, CompletionCommand.Shell.fish));
        List<Path> written = installation.install(items, force);
        out.println("Installed drainhunt " + VersionProvider.version() + " in " + installation.prefix() + ":");
        written.forEach(p -> out.println("  " + p));
        out.println();
        Path bin = installation.prefix().resolve("bin");
        if (ShellPaths.onPath(bin, env)) {
            out.println("Run it: drainhunt (the manual: man drainhunt).");
        } else {
            out.println(bin + " is not on your PATH. Add this line to ~/.profile (or ~/.bashrc), then open a new "
                    + "terminal:");
            out.println("  export PATH=\"" + bin + ":$PATH\"");
            out.println("Then run drainhunt; man drainhunt finds the manual through PATH too.");
        }
        Path completions = installation.prefix().resolve(BASH_COMPLETION);
        if (completions.getParent().equals(ShellPaths.userCompletions(env))) {
            out.println("bash-completion loads the completion in new shells.");
        } else {
            out.println("For Tab completion in bash, add to ~/.bashrc: source " + completions);
        }
        out.println("For zsh, add to ~/.zshrc before compinit: fpath=(" + installation.prefix().resolve(ZSH_COMPLETION)
                .getParent() + " $fpath)");
        if (!installation.prefix().equals(ShellPaths.defaultPrefix(env))) {
            out.println("For fish, add to ~/.config/fish/config.fish: set -p fish_complete_path "
                    + installation.prefix().resolve(FISH_COMPLETION).getParent());
        }
        out.println("Remove all of it with: drainhunt install --uninstall"
                + (prefix != null ? " --prefix " + installation.prefix() : ""));
    }

    private Installation.Item completion(Path where, CompletionCommand.Shell shell) {
        return Installation.Item.text(where, CompletionCommand.script(spec.root().commandLine(), shell,
                ((DrainhuntCommand) spec.root().userObject()).app().pack()), false);
    }

    private static void uninstall(Installation installation, PrintWriter out) throws IOException {
        Optional<Installation.Removal> removal = installation.uninstall();
        if (removal.isEmpty()) {
            throw UserError.usage(String.format(NOTHING_INSTALLED, installation.prefix(), Installation.MANIFEST));
        }
        out.println("Removed drainhunt from " + installation.prefix() + ":");
        removal.get().removed().forEach(p -> out.println("  " + p));
        for (Path kept : removal.get().kept()) {
            out.println("Kept " + kept + ": it holds files install did not write (progress data, say).");
        }
    }

    /**
     * The launcher, pointing at the installed jar; the path is quoted for sh, whatever it holds. Its class-data
     * archives go to a cache folder named for the jar's path, so two installs never share (and rebuild) one.
     */
    static String launcher(Path jar) {
        String quoted = "'" + jar.toString().replace("'", "'\\''") + "'";
        return resource(LAUNCHER_RESOURCE).replace("@JAR@", quoted)
                .replace("@ARCHIVE_KEY@", ShellPaths.archiveKey(jar));
    }

    private static Path runningJar() {
        Path location;
        try {
            location = Path.of(InstallCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new UserError(ExitCode.FAILED, String.format(NOT_A_JAR, "an unknown place"));
        }
        if (!Files.isRegularFile(location) || !location.toString().endsWith(".jar")) {
            throw new UserError(ExitCode.FAILED, String.format(NOT_A_JAR, location));
        }
        return location;
    }

    private static String resource(String name) {
        try (InputStream in = InstallCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UserError(ExitCode.FAILED, "this build has no " + name
                        + ": rebuild the jar with mvn -B package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
