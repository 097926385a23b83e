package dev.drainhunt.cli;

import dev.drainhunt.exercise.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * picocli's parse errors in plain words: what was wrong, in the case and spelling the user types, and what to type
 * instead ({@code unknown command "lsit" — did you mean "list"?}), never the parser's own terms ("Unmatched
 * argument at index 0", "(specify one of these)"). The one place such a message is worded.
 */
final class UsageErrors {

    /** How a parameter is named in a sentence, by its label; others are named by their label. */
    private static final Map<String, String> WORDS = Map.of(
            "EXERCISE", "an exercise id",
            "FILE", "a file or folder",
            "DIR", "a folder",
            "SHELL", "a shell",
            "COMMAND", "a command");

    private UsageErrors() {
    }

    /** The message for a parse error, without the leading "drainhunt: ". */
    static String message(ParameterException e) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return unmatched(unmatched, spec);
        }
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return missing(missing.getMissing(), spec);
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
            return name(overwritten.getOverwritten()) + " was given more than once: give it once";
        }
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            return exclusive(spec).orElse(plain(e.getMessage()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return badValue(e.getArgSpec(), e.getValue(), e.getCause());
        }
        return plain(e.getMessage());
    }

    /** {@code unknown command "lsit" — did you mean "list"?}, for the root and for {@code help}. */
    static String unknownCommand(CommandLine root, String name) {
        if (!name.isEmpty() && name.length() < 9 && name.chars().allMatch(Character::isDigit)) {
            // rustlings and exercism take the exercise first; here the command comes first.
            return "unknown command \"" + name + "\" — to practise exercise " + name + ": drainhunt practice " + name;
        }
        return "unknown command \"" + name + "\"" + Names.closest(name, root.getSubcommands().keySet())
                .map(UsageErrors::didYouMean).orElse(" (drainhunt help lists the commands)");
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException e, CommandSpec spec) {
        String first = e.getUnmatched().get(0);
        if (first.startsWith("-") && first.length() > 1) {
            String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            List<String> known = spec.options().stream().filter(o -> !o.hidden())
                    .flatMap(o -> Arrays.stream(o.names())).toList();
            Optional<String> suggestion = Names.closest(option, known)
                    .or(() -> e.getSuggestions().stream().filter(s -> s.startsWith("-")).findFirst());
            String where = spec.parent() == null ? "" : " for \"" + spec.name() + "\"";
            return "unknown option \"" + option + "\"" + where + suggestion.map(UsageErrors::didYouMean)
                    .orElse(" (see " + spec.qualifiedName(" ") + " --help)");
        }
        if (!spec.subcommands().isEmpty()) {
            return unknownCommand(spec.commandLine(), first);
        }
        List<PositionalParamSpec> positionals = spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
        String takes = positionals.isEmpty() ? "it takes options only"
                : "it takes only " + positionals.stream().map(UsageErrors::words).collect(Collectors.joining(" and "));
        return "unexpected argument \"" + first + "\" for \"" + spec.name() + "\": " + takes + example(spec, "");
    }

    /** {@code reset needs an exercise id or --all; e.g. drainhunt reset 3}. */
    private static String missing(List<ArgSpec> missing, CommandSpec spec) {
        ArgSpec one = missing.get(0);
        if (missing.size() == 1 && one.isOption()) {
            OptionSpec option = (OptionSpec) one;
            return name(option) + " needs a value (" + option.paramLabel() + choices(option).map(c -> ": " + c)
                    .orElse("") + ")" + example(spec, option.longestName());
        }
        String needs = missing.stream().map(a -> a.isOption() ? name(a) : words(a)).distinct()
                .collect(Collectors.joining(" or "));
        return (spec.parent() == null ? "drainhunt" : spec.name()) + " needs " + needs + example(spec, "");
    }

    /** {@code reset takes an exercise id or --all, not both}, from the command's exclusive group. */
    private static Optional<String> exclusive(CommandSpec spec) {
        return spec.argGroups().stream().filter(ArgGroupSpec::exclusive).findFirst()
                .map(group -> spec.name() + " takes " + group.args().stream()
                        .map(a -> a.isOption() ? name(a) : words(a)).collect(Collectors.joining(" or "))
                        + ", not both");
    }

    /** {@code invalid value "x" for --difficulty: expected one of easy, medium, hard}. */
    private static String badValue(ArgSpec arg, String value, Throwable cause) {
        String start = "invalid value \"" + value + "\" for " + name(arg) + ": ";
        Optional<List<String>> choices = choiceList(arg);
        if (choices.isPresent()) {
            return start + "expected one of " + String.join(", ", choices.get())
                    + Names.closest(value.toLowerCase(Locale.ROOT), choices.get()).map(UsageErrors::didYouMean)
                            .orElse("");
        }
        Class<?> type = arg.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return start + "expected a whole number";
        }
        return start + plain(cause != null ? cause.getMessage() : "not understood");
    }

    /** An enum's values as users type them (lower case), or what its completion offers. */
    private static Optional<List<String>> choiceList(ArgSpec arg) {
        if (!arg.type().isEnum()) {
            return Optional.empty();
        }
        List<String> offered = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            StreamSupport.stream(arg.completionCandidates().spliterator(), false).forEach(offered::add);
        }
        if (offered.isEmpty()) {
            Arrays.stream(arg.type().getEnumConstants()).map(c -> c.toString().toLowerCase(Locale.ROOT))
                    .forEach(offered::add);
        }
        return Optional.of(offered.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }

    private static Optional<String> choices(ArgSpec arg) {
        return choiceList(arg).map(list -> String.join(", ", list));
    }

    /** An option by its long name, a positional parameter by its label. */
    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** A positional parameter in a sentence: "an exercise id", "a shell (bash, zsh)". */
    private static String words(ArgSpec arg) {
        String label = arg.paramLabel().replaceAll("[\\[\\]<>.]", "");
        return WORDS.getOrDefault(label, label) + choices(arg).map(c -> " (" + c + ")").orElse("");
    }

    /** "; e.g. drainhunt reset 3": the command's first example that uses {@code text}. */
    private static String example(CommandSpec spec, String text) {
        String name = spec.parent() == null ? "drainhunt" : spec.name();
        // A bare "drainhunt show" would show nothing the user did not type.
        return Examples.of(name).stream().map(Examples.Example::line)
                .filter(line -> line.contains(text) && !line.equals("drainhunt " + name) && !line.equals(name))
                .findFirst().map(line -> "; e.g. " + line).orElse("");
    }

    private static String didYouMean(String suggestion) {
        return didYouMean(List.of(suggestion));
    }

    /** {@code  — did you mean "pool-drain-wait" or "pool-submit-drain"?}: every candidate, quoted. */
    static String didYouMean(List<String> suggestions) {
        List<String> quoted = suggestions.stream().map(s -> "\"" + s + "\"").toList();
        String all = quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
        return " — did you mean " + all + "?";
    }

    /** picocli's own words when nothing better is known, without its "Error: " prefix. */
    private static String plain(String message) {
        String text = String.valueOf(message);
        return text.startsWith("Error: ") ? text.substring("Error: ".length()) : text;
    }
}
