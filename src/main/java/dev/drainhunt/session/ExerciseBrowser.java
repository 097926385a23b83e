package dev.drainhunt.session;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.practice.Event;
import dev.drainhunt.progress.ListedExercise;
import dev.drainhunt.progress.PackProgress;
import dev.drainhunt.render.ExerciseListView;
import dev.drainhunt.render.ExerciseTable;
import dev.drainhunt.render.Style;
import dev.drainhunt.render.Wrap;
import dev.drainhunt.terminal.Key;
import dev.drainhunt.terminal.KeyScreen;
import dev.drainhunt.terminal.Prompt;
import dev.drainhunt.terminal.Screen;
import dev.drainhunt.text.Glyphs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;

/**
 * The navigable exercise list, wired: its state machine fed with keys from a {@link KeyScreen} and drawn on it,
 * resets saved under the store's lock as they are confirmed. Where there is no key screen, the plain table.
 */
public final class ExerciseBrowser {

    /**
     * What a visit to the list came to: the exercise picked (empty to go back), the ids of those reset, and what
     * the resets said.
     */
    public record Result(Optional<Exercise> chosen, List<String> reset, List<String> said) {
    }

    private final Pack pack;
    private final List<Exercise> exercises;
    private final Learner learner;
    private final Clock clock;
    private volatile KeyScreen open;

    /** @param exercises those the list shows, in this order */
    public ExerciseBrowser(Pack pack, List<Exercise> exercises, Learner learner, Clock clock) {
        this.pack = pack;
        this.exercises = List.copyOf(exercises);
        this.learner = learner;
        this.clock = clock;
    }

    /**
     * At the practice prompt: the list on the prompt's key screen, then what it said on {@code screen}; or, with no
     * key screen, the plain table.
     *
     * @param current the exercise the learner is on, selected when the list opens
     * @return the events for the engine, in order: the current exercise forgotten if it was reset, then the jump
     *     to the one picked (or the current one shown afresh); none to stay where the learner was
     */
    List<Event> atPrompt(Prompt prompt, Screen screen, Exercise current) {
        screen.flush();
        Optional<KeyScreen> keys = prompt.keyScreen(screen.color());
        if (keys.isEmpty()) {
            screen.println(table(Math.min(prompt.width(), screen.width()), screen.glyphs()));
            screen.println(Wrap.paragraph("The list can be navigated on a terminal; here, drainhunt practice N"
                    + " practises exercise N.", Math.min(prompt.width(), screen.width()), "  ", Style.DIM));
            screen.flush();
            return List.of();
        }
        Result result = browse(keys.get(), current == null ? null : current.id(), screen.glyphs());
        for (String line : result.said()) {
            screen.println(Wrap.paragraph(line, Math.min(prompt.width(), screen.width()), "  ", Style.DIM));
        }
        screen.flush();
        List<Event> events = new ArrayList<>();
        if (current != null && result.reset().contains(current.id())) {
            events.add(new Event.Forget(current));
            events.add(new Event.Jump(result.chosen().orElse(current)));
        } else {
            result.chosen().ifPresent(chosen -> events.add(new Event.Jump(chosen)));
        }
        return events;
    }

    /** The exercises as {@code drainhunt list} prints them on a terminal, at {@code width}. */
    public List<AttributedString> table(int width, Glyphs glyphs) {
        return ExerciseTable.render(items(), LocalDate.now(clock), width, glyphs);
    }

    /** Runs the list on {@code keys} until the learner picks an exercise or goes back; closes {@code keys}. */
    public Result browse(KeyScreen keys, String currentId) {
        return browse(keys, currentId, Glyphs.UNICODE);
    }

    /** As {@link #browse(KeyScreen, String)}, drawn in {@code glyphs} (ASCII under a locale that is not UTF-8). */
    public Result browse(KeyScreen keys, String currentId, Glyphs glyphs) {
        open = keys;
        List<String> said = new ArrayList<>();
        List<String> reset = new ArrayList<>();
        try (keys) {
            ExerciseList list = new ExerciseList(items(), currentId);
            Runnable draw = () -> draw(list, keys, glyphs);
            keys.onResize(draw);
            draw.run();
            while (true) {
                Key key = keys.read();
                ExerciseList.Action action;
                synchronized (list) {
                    action = list.handle(key);
                }
                if (action instanceof ExerciseList.Action.Jump jump) {
                    return new Result(Optional.of(exercise(jump.id())), reset, said);
                }
                if (action instanceof ExerciseList.Action.Back) {
                    return new Result(Optional.empty(), reset, said);
                }
                if (action instanceof ExerciseList.Action.Reset request) {
                    String message = reset(exercise(request.id()));
                    reset.add(request.id());
                    said.add(message);
                    synchronized (list) {
                        list.replace(items());
                        list.note(message);
                    }
                }
                draw.run();
            }
        } finally {
            open = null;
        }
    }

    /** Gives the terminal back if the list is open: the process is ending and has something to say. */
    void leaveScreen() {
        KeyScreen keys = open;
        if (keys != null) {
            keys.close();
        }
    }

    private void draw(ExerciseList list, KeyScreen keys, Glyphs glyphs) {
        // The resize signal draws from another thread: one frame at a time, from one state.
        synchronized (list) {
            int height = keys.height();
            list.page(ExerciseListView.pageRows(height));
            keys.draw(ExerciseListView.render(list.view(), LocalDate.now(clock), keys.width(), height, glyphs));
        }
    }

    /** As {@code drainhunt reset EX --yes} says it. */
    private String reset(Exercise exercise) {
        Optional<Path> saved = learner.reset(pack, exercise);
        return saved.map(p -> "Forgot your progress on exercise " + exercise.number() + " (" + exercise.id()
                + "). The previous progress is saved in " + p)
                .orElse("Nothing to reset: there is no progress on exercise " + exercise.number() + ".");
    }

    private List<ListedExercise> items() {
        PackProgress progress = learner.progress(pack);
        return exercises.stream().map(e -> ListedExercise.of(e, progress.exercise(e.id()), clock.getZone())).toList();
    }

    private Exercise exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
