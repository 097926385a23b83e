package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.text.SafeText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What a shell completion script completes, read from picocli's command model so that a new command or option
 * is completed without anyone editing a script: commands, their options and arguments, and the values each takes.
 * Every word and description is made safe to write into a script, as packs are text from files.
 */
final class CompletionModel {

    /** Words a script may hold as they are: no quoting needed in bash, zsh or fish. */
    private static final Pattern SAFE_WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

    /** What an option or argument takes. */
    enum ValueKind { NONE, ANY, FILE, DIR, WORDS, EXERCISE }

    /** @param values the words to offer, for {@link ValueKind#WORDS} */
    record Value(ValueKind kind, String label, List<String> values) {
    }

    record Option(List<String> names, String description, Value value) {
        List<String> longNames() {
            return names.stream().filter(n -> n.startsWith("--")).map(n -> n.substring(2)).toList();
        }

        List<String> shortNames() {
            return names.stream().filter(n -> n.length() == 2 && !n.startsWith("--")).map(n -> n.substring(1))
                    .toList();
        }
    }

    /** @param multiple it takes any number of values */
    record Argument(Value value, boolean multiple) {
    }

    record Command(String name, String description, List<Option> options, List<Argument> arguments) {
    }

    /** An exercise as completion shows it: the word to type and its title. */
    record Choice(String word, String description) {
    }

    /** The root's options that every command takes too ({@code --exercises}, {@code --no-color}, …). */
    final List<Option> globalOptions;
    /** The root's own, such as {@code --version}. */
    final List<Option> rootOptions;
    final List<Command> commands;
    final List<Choice> exercises;

    private CompletionModel(List<Option> globalOptions, List<Option> rootOptions, List<Command> commands,
                            List<Choice> exercises) {
        this.globalOptions = globalOptions;
        this.rootOptions = rootOptions;
        this.commands = commands;
        this.exercises = exercises;
    }

    /** The model of {@code root}'s visible commands, with the exercises and tags of {@code pack}. */
    static CompletionModel of(CommandLine root, Pack pack) {
        return ExerciseCandidates.forPack(pack, () -> {
            List<Option> global = options(root.getCommandSpec(), o -> o.scopeType() == CommandLine.ScopeType.INHERIT);
            List<Option> own = options(root.getCommandSpec(), o -> o.scopeType() != CommandLine.ScopeType.INHERIT);
            List<Command> commands = new ArrayList<>();
            for (CommandLine sub : new LinkedHashSet<>(root.getSubcommands().values())) {
                CommandSpec spec = sub.getCommandSpec();
                if (!spec.usageMessage().hidden()) {
                    List<Argument> arguments = spec.positionalParameters().stream().filter(p -> !p.hidden())
                            .map(p -> new Argument(value(p), p.isMultiValue())).toList();
                    commands.add(new Command(spec.name(), summary(spec.usageMessage().description()),
                            options(spec, o -> !o.inherited()), arguments));
                }
            }
            List<Choice> exercises = new ArrayList<>();
            for (Exercise e : pack.exercises()) {
                exercises.add(new Choice(String.valueOf(e.number()), e.id()));
            }
            for (Exercise e : pack.exercises()) {
                if (SAFE_WORD.matcher(e.id()).matches()) {
                    exercises.add(new Choice(e.id(), summary(new String[] {e.title()})));
                }
            }
            return new CompletionModel(global, own, commands, exercises);
        });
    }

    private static List<Option> options(CommandSpec spec, java.util.function.Predicate<OptionSpec> which) {
        List<Option> out = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (o.hidden() || !which.test(o)) {
                continue;
            }
            out.add(new Option(List.of(o.names()), summary(o.renderedDescription()), value(o)));
        }
        return out;
    }

    private static Value value(ArgSpec arg) {
        String label = arg.paramLabel().replaceAll("[<>]", "");
        if (arg instanceof OptionSpec o && o.arity().max() == 0) {
            return new Value(ValueKind.NONE, label, List.of());
        }
        Iterable<String> candidates = arg.completionCandidates();
        if (candidates instanceof ExerciseCandidates) {
            return new Value(ValueKind.EXERCISE, label, List.of());
        }
        if (candidates != null) {
            List<String> words = new ArrayList<>();
            candidates.forEach(w -> {
                if (SAFE_WORD.matcher(w).matches()) {
                    words.add(w);
                }
            });
            return new Value(ValueKind.WORDS, label, words);
        }
        if (arg.type() == Path.class || arg.auxiliaryTypes()[0] == Path.class) {
            return new Value(label.equals("DIR") ? ValueKind.DIR : ValueKind.FILE, label, List.of());
        }
        return new Value(ValueKind.ANY, label, List.of());
    }

    /** The first line of a description, as one line of plain text: no variables, no controls, no line breaks. */
    static String summary(String[] description) {
        if (description == null || description.length == 0) {
            return "";
        }
        String line = description[0].replace("%n", " ").replace("%%", "%")
                .replaceAll("\\$\\{[A-Z-]+}", "").replaceAll("\\s+", " ").strip();
        line = SafeText.clean(line).replaceAll("[\\p{Cntrl}]", " ");
        return line.length() > 100 ? line.substring(0, 99) + "…" : line;
    }

    /** Whether {@code word} may be written into a script unquoted. */
    static boolean safe(String word) {
        return SAFE_WORD.matcher(word).matches();
    }
}
