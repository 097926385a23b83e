package dev.drainhunt.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code drainhunt completion bash|zsh}: a completion script generated from the command model. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script: commands, options, exercise numbers and ids.", "",
            "bash: add source <(drainhunt completion bash) to ~/.bashrc, or let drainhunt install put the script "
                    + "where bash-completion finds it.",
            "", "zsh: add source <(drainhunt completion zsh) to ~/.zshrc (the script loads zsh's bashcompinit)."})
final class CompletionCommand implements Callable<Integer> {

    /** The shells the script works in: picocli's bash script also runs in zsh through bashcompinit. */
    enum Shell { bash, zsh }

    /** The command name the script completes, whatever the jar or launcher is called. */
    static final String NAME = "drainhunt";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "The shell: ${COMPLETION-CANDIDATES}.")
    Shell shell;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(script(spec.root().commandLine(), shell));
        out.flush();
        return ExitCode.OK;
    }

    static String script(CommandLine root, Shell shell) {
        String how = shell == Shell.zsh
                ? "# drainhunt completion for zsh, through zsh's bashcompinit. Load it from ~/.zshrc with:\n"
                        + "#   source <(drainhunt completion zsh)\n"
                : "# drainhunt completion for bash. Load it from ~/.bashrc with:\n"
                        + "#   source <(drainhunt completion bash)\n"
                        + "# or install it where bash-completion finds it: drainhunt install\n";
        return how + "#\n" + AutoComplete.bash(NAME, root);
    }
}
