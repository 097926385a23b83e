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
            "drainhunt install puts the bash script where bash-completion loads it.",
            "Else save it once and source the file from ~/.bashrc or ~/.zshrc (zsh runs",
            "it through bashcompinit), e.g. drainhunt completion zsh > ~/.drainhunt.zsh"})
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
                ? "# drainhunt completion for zsh, through zsh's bashcompinit. Save this script and source it\n"
                        + "# from ~/.zshrc.\n"
                : "# drainhunt completion for bash. Save it as\n"
                        + "# ~/.local/share/bash-completion/completions/drainhunt (bash-completion loads it),\n"
                        + "# or source it from ~/.bashrc. drainhunt install puts it in place for you.\n";
        return how + "#\n" + AutoComplete.bash(NAME, root);
    }
}
