package dev.drainhunt.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.KeyPoint;
import dev.drainhunt.grading.Verdict;
import dev.drainhunt.render.Count;
import dev.drainhunt.render.PracticeView;
import dev.drainhunt.terminal.Console;
import dev.drainhunt.terminal.Screen;
import dev.drainhunt.terminal.TerminalFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drainhunt check EX}: grade one diagnosis without recording anything. Its model: {@link HandBuilt}. */
final class CheckCommand extends BaseCommand {

    /** Longer answers are essays, not diagnoses, and grading time grows with length. */
    static final int MAX_LENGTH = 20_000;

    final ExerciseArgument target = new ExerciseArgument();
    final HandBuilt.Bound<String> diagnosis = new HandBuilt.Bound<>(null);
    final HandBuilt.Bound<Boolean> json = new HandBuilt.Bound<>(false);

    CheckCommand(DrainhuntCommand root) {
        super(root);
    }

    CommandSpec spec() {
        CommandSpec spec = HandBuilt.command(this, "check",
                "Grade a diagnosis of an exercise: which key points it names (never the others' text).",
                "Reads the diagnosis from stdin when --diagnosis is not given. Records nothing; exits 0 whatever the "
                        + "verdict.");
        target.addTo(spec);
        spec.addOption(HandBuilt.option(new String[] {"-d", "--diagnosis"}, String.class, "TEXT",
                "The diagnosis (default: stdin).", diagnosis).build());
        spec.addOption(HandBuilt.flag("--json", "Print the verdict as JSON for scripts.", json)
                .build());
        return HandBuilt.withStandardHelp(spec);
    }

    @Override
    public Integer call() {
        Exercise exercise = exercise(target.name);
        String text = diagnosis.value() != null ? diagnosis.value() : readStdin();
        if (text.length() > MAX_LENGTH) {
            throw UserError.usage("the diagnosis is " + text.length() + " characters; keep it under " + MAX_LENGTH);
        }
        // No lambdas on this path, which runs once a process (on JDK 17 each lambda linked costs some 0.2 ms).
        Optional<Verdict> graded = grader().grade(exercise, text);
        if (graded.isEmpty()) {
            throw UserError.usage("no diagnosis given: pass --diagnosis TEXT or pipe it on stdin");
        }
        Verdict verdict = graded.get();
        Screen screen = screen();
        if (json.value()) {
            screen.printData(Json.pretty(json(exercise, verdict)) + "\n");
            return ExitCode.OK;
        }
        List<KeyPoint> named = new ArrayList<>();
        for (KeyPoint point : exercise.keyPoints()) {
            if (verdict.matchedKeyPoints().contains(point.id())) {
                named.add(point);
            }
        }
        screen.println(PracticeView.graded(verdict, named, screen.width(), screen.glyphs()));
        screen.println(PracticeView.beyondKeyPoints(exercise, verdict, screen.width(), screen.glyphs()));
        int missing = verdict.missedKeyPoints().size();
        if (missing > 0) {
            int total = exercise.keyPoints().size();
            screen.println("  " + missing + " of " + Count.of(total, "key point")
                    + " not named yet; try drainhunt hint " + exercise.number());
        }
        return ExitCode.OK;
    }

    private String readStdin() {
        Console console = console();
        if (console.env().stdinIsTerminal()) {
            console.err().println("Type your diagnosis, then Ctrl-D on an empty line:");
            console.err().flush();
        }
        try {
            return new String(console.stdin().readNBytes(MAX_LENGTH * 4 + 1), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TerminalFailure("cannot read the diagnosis from standard input: " + e.getMessage(), e);
        }
    }

    static ObjectNode json(Exercise exercise, Verdict verdict) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("exercise", exercise.number());
        o.put("id", exercise.id());
        o.put("verdict", verdict.outcome().name().toLowerCase(Locale.ROOT));
        verdict.matchedKeyPoints().forEach(o.putArray("matched")::add);
        verdict.missedKeyPoints().forEach(o.putArray("missed")::add);
        verdict.alsoTrue().forEach(o.putArray("alsoTrue")::add);
        ArrayNode claims = o.putArray("falseClaims");
        verdict.falseClaims().forEach(c -> claims.add(c.mechanismName()));
        ObjectNode lines = o.putObject("lines");
        verdict.pickedLines().forEach(lines.putArray("picked")::add);
        verdict.hitLines().forEach(lines.putArray("hit")::add);
        verdict.pastEndLines().forEach(lines.putArray("pastEnd")::add);
        lines.put("located", verdict.located());
        return o;
    }
}
