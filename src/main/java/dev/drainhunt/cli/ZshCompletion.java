package dev.drainhunt.cli;

import dev.drainhunt.cli.CompletionModel.Argument;
import dev.drainhunt.cli.CompletionModel.Choice;
import dev.drainhunt.cli.CompletionModel.Command;
import dev.drainhunt.cli.CompletionModel.Option;
import dev.drainhunt.cli.CompletionModel.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A native zsh completion function ({@code #compdef drainhunt}, {@code _arguments}, {@code _describe}): works from
 * {@code $fpath} through compinit, or sourced after it, with no bash emulation.
 */
final class ZshCompletion {

    private ZshCompletion() {
    }

    static String script(CompletionModel model) {
        String name = CompletionCommand.NAME;
        String fn = "_" + name;
        StringBuilder out = new StringBuilder("#compdef ").append(name).append('\n')
                .append("# drainhunt completion for zsh. Save it as _drainhunt in a folder on $fpath, e.g.\n")
                .append("#   mkdir -p ~/.zfunc && drainhunt completion zsh > ~/.zfunc/_drainhunt\n")
                .append("# with fpath=(~/.zfunc $fpath) before compinit in ~/.zshrc; or source it after compinit.\n\n");
        out.append(fn).append("_exercises() {\n  local -a exercises\n  exercises=(\n");
        for (Choice c : model.exercises) {
            out.append("    ").append(quote(c.word() + ":" + c.description())).append('\n');
        }
        out.append("  )\n  _describe -t exercises 'exercise' exercises\n}\n\n");
        out.append(fn).append("_commands() {\n  local -a commands\n  commands=(\n");
        for (Command c : model.commands) {
            out.append("    ").append(quote(c.name() + ":" + c.description())).append('\n');
        }
        out.append("  )\n  _describe -t commands 'drainhunt command' commands\n}\n\n");
        out.append(fn).append("() {\n")
                .append("  local curcontext=\"$curcontext\" state state_descr line ret=1\n")
                .append("  typeset -A opt_args\n")
                .append("  local -a global\n  global=(\n");
        for (Option o : model.globalOptions) {
            specs(o).forEach(s -> out.append("    ").append(s).append('\n'));
        }
        out.append("  )\n  _arguments -C -s -S $global");
        for (Option o : model.rootOptions) {
            specs(o).forEach(s -> out.append(" \\\n    ").append(s));
        }
        out.append(" \\\n    ").append(quote("1: :" + fn + "_commands")).append(" \\\n    ")
                .append(quote("*:: :->command")).append(" && ret=0\n")
                .append("  case $state in\n    command)\n")
                .append("      curcontext=\"${curcontext%:*:*}:").append(name).append("-$words[1]:\"\n")
                .append("      case $words[1] in\n");
        for (Command c : model.commands) {
            out.append("        ").append(c.name()).append(")\n          _arguments -s -S $global");
            for (Option o : c.options()) {
                specs(o).forEach(s -> out.append(" \\\n            ").append(s));
            }
            for (Argument a : c.arguments()) {
                out.append(" \\\n            ").append(quote((a.multiple() ? "*:" : ":") + a.value().label() + ":"
                        + action(a.value()).orElse(" ")));
            }
            out.append(" && ret=0\n          ;;\n");
        }
        out.append("      esac\n      ;;\n  esac\n  return ret\n}\n\n")
                // Autoloaded from $fpath the file is the function's body; sourced, it registers the function.
                .append("if [[ \"$funcstack[1]\" == \"").append(fn).append("\" ]]; then\n  ").append(fn)
                .append(" \"$@\"\nelse\n  compdef ").append(fn).append(' ').append(name).append("\nfi\n");
        return out.toString();
    }

    /** One _arguments spec per name of an option, each excluding the option's other names. */
    private static List<String> specs(Option o) {
        String exclusion = o.names().size() > 1 ? "(" + String.join(" ", o.names()) + ")" : "";
        // Brackets end an _arguments description early; colons in it are fine.
        String description = "[" + o.description().replace('[', '(').replace(']', ')') + "]";
        List<String> out = new ArrayList<>();
        for (String n : o.names()) {
            boolean takesValue = o.value().kind() != CompletionModel.ValueKind.NONE;
            // "--opt=" takes --opt=V or --opt V; "-o+" takes -oV or -o V: picocli accepts all of them.
            String suffix = !takesValue ? "" : n.startsWith("--") ? "=" : "+";
            String value = !takesValue ? "" : ":" + o.value().label() + ":" + action(o.value()).orElse(" ");
            out.add(quote(exclusion + n + suffix + description + value));
        }
        return out;
    }

    private static Optional<String> action(Value value) {
        return switch (value.kind()) {
            case NONE, ANY -> Optional.empty();
            case FILE -> Optional.of("_files");
            case DIR -> Optional.of("_files -/");
            case EXERCISE -> Optional.of("_" + CompletionCommand.NAME + "_exercises");
            case WORDS -> Optional.of("(" + String.join(" ", value.values()) + ")");
        };
    }

    /** A zsh single-quoted word; a {@code '} inside ends the quote, adds a quoted one and reopens it. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
