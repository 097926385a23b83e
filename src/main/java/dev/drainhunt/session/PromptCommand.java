package dev.drainhunt.session;

import dev.drainhunt.exercise.Names;
import dev.drainhunt.practice.Event;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns a line typed at the practice prompt into an engine event: a diagnosis, or a {@code :command}. */
final class PromptCommand {

    private static final List<String> NAMES =
            List.of(":hint", ":lines", ":code", ":skip", ":reveal", ":list", ":quit", ":help");

    private PromptCommand() {
    }

    static List<String> names() {
        return NAMES;
    }

    /**
     * The event, or a message saying what was not understood; {@code confirm} is a question to ask before the
     * event is sent (a short {@code :r} could reveal the answer by accident).
     */
    record Parsed(Optional<Event> event, String problem, String confirm) {
        static Parsed of(Event event) {
            return new Parsed(Optional.of(event), null, null);
        }

        static Parsed problem(String message) {
            return new Parsed(Optional.empty(), message, null);
        }

        static Parsed confirmed(Event event, String question) {
            return new Parsed(Optional.of(event), null, question);
        }
    }

    /**
     * A command word typed without its colon is the command, not a diagnosis to grade and record: {@code help},
     * {@code ?}, {@code quit}, {@code exit}, {@code hint}, {@code skip}. {@code reveal} alone only points at
     * {@code :reveal}, since it cannot be taken back.
     */
    private static Optional<Parsed> bareWord(String text) {
        String word = text.toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        return switch (word) {
            case "help", "?" -> Optional.of(Parsed.of(new Event.Help()));
            case "quit", "exit" -> Optional.of(Parsed.of(new Event.Quit()));
            case "hint" -> Optional.of(Parsed.of(new Event.Hint()));
            case "skip" -> Optional.of(Parsed.of(new Event.Skip()));
            case "reveal", "answer" -> Optional.of(Parsed.problem("to see the answer, type :reveal"));
            default -> Optional.empty();
        };
    }

    /**
     * Whether the line opens the exercise list ({@code :list}, {@code :ls}, or {@code list} alone). The list is the
     * session's, not the engine's: it yields an event only when an exercise is picked in it.
     */
    static boolean opensList(String line) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        return word.equals(":list") || word.equals(":ls") || word.equals("list");
    }

    static Parsed parse(String line) {
        String text = line.strip();
        if (!text.startsWith(":")) {
            return bareWord(text).orElseGet(() -> Parsed.of(new Event.Answer(line)));
        }
        String[] words = text.split("\\s+", 2);
        String word = words[0].toLowerCase(Locale.ROOT);
        String rest = words.length > 1 ? words[1] : "";
        return switch (word) {
            case ":hint", ":h" -> Parsed.of(new Event.Hint());
            case ":lines", ":l", ":line" -> rest.isBlank()
                    ? Parsed.problem("say which lines, e.g. :lines 12 14")
                    : Parsed.of(new Event.Answer("lines " + rest));
            case ":code", ":c" -> Parsed.of(new Event.ShowCode());
            case ":skip", ":s" -> Parsed.of(new Event.Skip());
            case ":reveal" -> Parsed.of(new Event.Reveal());
            case ":r" -> Parsed.confirmed(new Event.Reveal(), "Reveal the answer?");
            case ":quit", ":q", ":exit" -> Parsed.of(new Event.Quit());
            case ":help", ":?" -> Parsed.of(new Event.Help());
            case ":list", ":ls" -> Parsed.problem("the exercise list is not available in this session");
            default -> Parsed.problem("unknown command " + word
                    + Names.closest(word, NAMES).map(s -> " — did you mean " + s + "?").orElse("")
                    + " (:help lists them)");
        };
    }
}
