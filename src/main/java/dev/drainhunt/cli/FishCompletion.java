package dev.drainhunt.cli;

import dev.drainhunt.cli.CompletionModel.Argument;
import dev.drainhunt.cli.CompletionModel.Choice;
import dev.drainhunt.cli.CompletionModel.Command;
import dev.drainhunt.cli.CompletionModel.Option;
import dev.drainhunt.cli.CompletionModel.Value;
import java.util.stream.Collectors;

/** A fish completion script: {@code complete -c drainhunt …} lines for commands, options and their values. */
final class FishCompletion {

    private FishCompletion() {
    }

    static String script(CompletionModel model) {
        String name = CompletionCommand.NAME;
        String commands = model.commands.stream().map(Command::name).collect(Collectors.joining(" "));
        StringBuilder out = new StringBuilder();
        out.append("# drainhunt completion for fish. Save it as ~/.config/fish/completions/drainhunt.fish\n")
                .append("# (fish loads it by itself), e.g. drainhunt completion fish > ~/.config/fish/completions/")
                .append("drainhunt.fish\n\n")
                .append("# True until a command has been typed.\n")
                .append("function __").append(name).append("_needs_command\n")
                .append("    for word in (commandline -opc)[2..-1]\n")
                .append("        if contains -- $word ").append(commands).append("\n")
                .append("            return 1\n        end\n    end\n    return 0\nend\n\n")
                .append("# The exercises, each with its title.\n")
                .append("function __").append(name).append("_exercises\n");
        for (Choice c : model.exercises) {
            out.append("    printf '%s\\t%s\\n' ").append(c.word()).append(' ').append(quote(c.description()))
                    .append('\n');
        }
        out.append("end\n\n# No file names unless an option or argument takes one.\n")
                .append("complete -c ").append(name).append(" -f\n\n# Commands.\n");
        for (Command c : model.commands) {
            out.append("complete -c ").append(name).append(" -n __").append(name).append("_needs_command -a ")
                    .append(c.name()).append(" -d ").append(quote(c.description())).append('\n');
        }
        out.append("\n# Global options, accepted anywhere on the line.\n");
        for (Option o : model.globalOptions) {
            out.append(option(name, null, o));
        }
        for (Option o : model.rootOptions) {
            out.append(option(name, "__" + name + "_needs_command", o));
        }
        for (Command c : model.commands) {
            out.append("\n# ").append(c.name()).append('\n');
            String when = "'__fish_seen_subcommand_from " + c.name() + "'";
            for (Option o : c.options()) {
                out.append(option(name, when, o));
            }
            for (Argument a : c.arguments()) {
                String values = values(a.value());
                if (!values.isEmpty()) {
                    out.append("complete -c ").append(name).append(" -n ").append(when).append(values).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String option(String name, String when, Option o) {
        StringBuilder line = new StringBuilder("complete -c ").append(name);
        if (when != null) {
            line.append(" -n ").append(when);
        }
        o.shortNames().forEach(s -> line.append(" -s ").append(s));
        o.longNames().forEach(l -> line.append(" -l ").append(l));
        CompletionModel.ValueKind kind = o.value().kind();
        if (kind != CompletionModel.ValueKind.NONE) {
            // -x: only the words given, never file names; -r -F: a file name.
            boolean files = kind == CompletionModel.ValueKind.FILE || kind == CompletionModel.ValueKind.DIR;
            line.append(files ? " -r" : " -x").append(values(o.value()));
        }
        return line.append(" -d ").append(quote(o.description())).append('\n').toString();
    }

    /** The {@code -a}/{@code -F} part for a value; empty when nothing can be offered. */
    private static String values(Value value) {
        return switch (value.kind()) {
            case NONE, ANY -> "";
            case FILE, DIR -> " -F";
            case EXERCISE -> " -a '(__" + CompletionCommand.NAME + "_exercises)'";
            case WORDS -> value.values().isEmpty() ? "" : " -a " + quote(String.join(" ", value.values()));
        };
    }

    /** A fish single-quoted string: only {@code \} and {@code '} are special inside it. */
    static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
