package dev.drainhunt.cli;

import dev.drainhunt.exercise.Pack;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code drainhunt completion bash|zsh|fish}: a completion script generated from the command model. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script: commands, options, exercise numbers and ids, tags.", "",
            "Exercises and tags are those of the pack you study (--exercises, DRAINHUNT_EXERCISES or the config "
                    + "file), as it is when the script is made.",
            "bash: drainhunt install puts the script where bash-completion loads it; else source it from "
                    + "~/.bashrc.",
            "zsh: drainhunt completion zsh > ~/.zfunc/_drainhunt, with fpath=(~/.zfunc $fpath) before compinit "
                    + "in ~/.zshrc.",
            "fish: drainhunt completion fish > ~/.config/fish/completions/drainhunt.fish"})
final class CompletionCommand implements Callable<Integer> {

    /** The shells a script is made for: bash through picocli's generator, zsh and fish natively. */
    enum Shell { bash, zsh, fish }

    /** The command name the script completes, whatever the jar or launcher is called. */
    static final String NAME = "drainhunt";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "The shell: ${COMPLETION-CANDIDATES}.")
    Shell shell;

    @Override
    public Integer call() {
        DrainhuntCommand root = (DrainhuntCommand) spec.root().userObject();
        String script = script(spec.root().commandLine(), shell, root.app().pack());
        PrintWriter out = spec.commandLine().getOut();
        out.print(script);
        out.flush();
        return ExitCode.OK;
    }

    /** The script for {@code shell}, completing the exercises and tags of {@code pack}. */
    static String script(CommandLine root, Shell shell, Pack pack) {
        return switch (shell) {
            case bash -> "# drainhunt completion for bash. Save it as\n"
                    + "# ~/.local/share/bash-completion/completions/drainhunt (bash-completion loads it),\n"
                    + "# or source it from ~/.bashrc. drainhunt install puts it in place for you.\n#\n"
                    + ExerciseCandidates.forPack(pack, () -> AutoComplete.bash(NAME, root));
            case zsh -> ZshCompletion.script(CompletionModel.of(root, pack));
            case fish -> FishCompletion.script(CompletionModel.of(root, pack));
        };
    }
}
