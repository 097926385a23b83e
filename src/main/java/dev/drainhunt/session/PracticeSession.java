package dev.drainhunt.session;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.practice.Event;
import dev.drainhunt.practice.Output;
import dev.drainhunt.practice.PracticeEngine;
import dev.drainhunt.practice.SessionSummary;
import dev.drainhunt.progress.Rating;
import dev.drainhunt.render.Count;
import dev.drainhunt.render.Interval;
import dev.drainhunt.render.PracticeView;
import dev.drainhunt.render.Style;
import dev.drainhunt.render.Wrap;
import dev.drainhunt.terminal.Pager;
import dev.drainhunt.terminal.Prompt;
import dev.drainhunt.terminal.Screen;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Runs one practice session: reads input, feeds the engine, shows its screens, and saves every record the
 * engine emits before reading the next input, so leaving at any moment loses nothing.
 */
public final class PracticeSession {

    /** How a session ended: as asked (a quit, the end of input, the queue done), or by Ctrl-C twice. */
    public enum Ending { FINISHED, INTERRUPTED }

    /** The summary's last line when the session recorded nothing, so no progress file exists. */
    static final String NOTHING_SAVED = "Nothing to save yet.";

    private final Prompt prompt;
    private final Screen screen;
    private final IntPredicate sideBySide;
    private final PracticeEngine engine;
    private final Pack pack;
    private final Learner learner;
    private final Consumer<Output.Record> save;
    private boolean interruptedOnce;
    private Rating suggested = Rating.GOOD;
    private Map<Rating, Integer> intervals = Map.of();
    private Ending ending = Ending.FINISHED;
    private Function<Exercise, List<AttributedString>> lab;
    private Exercise revealed;
    private ExerciseBrowser list;
    private final FittedScreen fitted;
    private final VisitLog visit = new VisitLog();

    /**
     * @param sideBySide whether a fix is shown side by side at a given width
     * @param learner the progress the summary and headers show
     * @param save stores one record before the next input is read
     */
    PracticeSession(Prompt prompt, Screen screen, IntPredicate sideBySide, PracticeEngine engine, Pack pack,
            Learner learner, Consumer<Output.Record> save) {
        this.prompt = prompt;
        this.screen = screen;
        this.sideBySide = sideBySide;
        this.engine = engine;
        this.pack = pack;
        this.learner = learner;
        this.save = save;
        this.fitted = new FittedScreen(prompt, screen);
    }

    /** Shows text taller than the screen (a long reveal, {@code :code}) through {@code pager}. */
    PracticeSession withPager(Pager pager) {
        fitted.pager(pager);
        return this;
    }

    /** Offers {@code :run} after a reveal: {@code lab} runs the exercise's harness and draws the timelines. */
    PracticeSession withLab(Function<Exercise, List<AttributedString>> lab) {
        this.lab = lab;
        return this;
    }

    /** Offers {@code :list}: the navigable exercise list, whose pick the session goes on with. */
    PracticeSession withList(ExerciseBrowser list) {
        this.list = list;
        return this;
    }

    Ending run() {
        apply(engine.start());
        while (state() != PracticeEngine.State.DONE) {
            Event event = state() == PracticeEngine.State.RATING ? readRating() : readAnswer();
            if (event != null) {
                step(event);
            }
        }
        return ending;
    }

    /** The engine is the session's and the shutdown hook's: one of them at a time. */
    private synchronized PracticeEngine.State state() {
        return engine.state();
    }

    private synchronized void step(Event event) {
        if (engine.state() != PracticeEngine.State.DONE) {
            apply(engine.handle(event));
        }
    }

    private Event readAnswer() {
        Prompt.Input input = prompt.readLine(promptText());
        if (input instanceof Prompt.Input.Line line) {
            interruptedOnce = false;
            if (list != null && PromptCommand.opensList(line.text())) {
                list.atPrompt(prompt, screen, engine.current().orElse(null)).forEach(this::step);
                return null;
            }
            PromptCommand.Parsed parsed = PromptCommand.parse(line.text());
            if (parsed.event().isEmpty()) {
                say(parsed.problem(), Style.WARN);
                return null;
            }
            if (parsed.confirm() != null && !confirm(parsed.confirm())) {
                return null;
            }
            return parsed.event().get();
        }
        return leaveOrWarn(input);
    }

    /** Asks a yes/no question at the prompt; anything but y is no. */
    private boolean confirm(String question) {
        Prompt.Input input = prompt.readKey(question + " [y/N] ");
        return input instanceof Prompt.Input.Line line && line.text().strip().toLowerCase(Locale.ROOT).startsWith("y");
    }

    private Event readRating() {
        Prompt.Input input = prompt.readKey(ratingPrompt(suggested, intervals));
        if (input instanceof Prompt.Input.Line line) {
            interruptedOnce = false;
            return switch (line.text().toLowerCase(Locale.ROOT)) {
                case "\n" -> new Event.Rate(null);
                case "1", "a" -> new Event.Rate(Rating.AGAIN);
                case "2", "h" -> new Event.Rate(Rating.HARD);
                case "3", "g" -> new Event.Rate(Rating.GOOD);
                case "4", "e" -> new Event.Rate(Rating.EASY);
                case "q" -> new Event.Quit();
                case "r", ":run" -> {
                    runLab();
                    yield null;
                }
                default -> {
                    say("press 1-4 (or Enter for the suggestion)", Style.WARN);
                    yield null;
                }
            };
        }
        return leaveOrWarn(input);
    }

    private void runLab() {
        if (lab == null || revealed == null || revealed.lab() == null) {
            say("press 1-4 (or Enter for the suggestion)", Style.WARN);
            return;
        }
        say("Running exercise " + revealed.number() + "'s harness on the buggy code and on the fix...", Style.DIM);
        screen.println(lab.apply(revealed));
        screen.flush();
    }

    /** The keys {@link #readRating} understands, when each brings the exercise back, and what Enter stands for. */
    static String ratingPrompt(Rating suggested, Map<Rating, Integer> intervals) {
        StringBuilder keys = new StringBuilder("How did it go? ");
        for (Rating rating : Rating.values()) {
            keys.append(" [").append(rating.ordinal() + 1).append("] ").append(label(rating));
            Integer days = intervals.get(rating);
            if (days != null) {
                keys.append(" · ").append(Interval.compact(Duration.ofDays(days)));
            }
            keys.append(' ');
        }
        return keys.toString().stripTrailing() + "\n(Enter: " + label(suggested) + ") ";
    }

    private static String label(Rating rating) {
        return rating.name().toLowerCase(Locale.ROOT);
    }

    /** Ctrl-D or the end of piped input leaves; Ctrl-C clears the line, and a second one in a row leaves. */
    private Event leaveOrWarn(Prompt.Input input) {
        if (input instanceof Prompt.Input.End) {
            return new Event.Quit();
        }
        if (interruptedOnce) {
            ending = Ending.INTERRUPTED;
            return new Event.Quit();
        }
        interruptedOnce = true;
        say("(Ctrl-C again or Ctrl-D to leave; your progress is saved)", Style.DIM);
        return null;
    }

    private String promptText() {
        String label = engine.current().map(e -> "#" + e.number()).orElse("");
        AttributedString text = new AttributedString(label + " ›", Style.ACCENT);
        return (screen.color() ? text.toAnsi() : text.toString()) + " ";
    }

    synchronized void apply(List<Output> outputs) {
        for (Output output : outputs) {
            if (output instanceof Output.Record record) {
                save.accept(record);
            } else {
                show(output);
            }
        }
        screen.flush();
    }

    private void show(Output output) {
        int width = prompt.width();
        if (output instanceof Output.ExerciseShown shown) {
            screen.println();
            PracticeView.Frame all = new PracticeView.Frame(shown.position(), shown.total(),
                    learner.solvedCount(pack), learner.seenBefore(pack, shown.exercise()), PracticeView.ALL_CODE);
            PracticeView.Frame frame = all.withCodeRows(fitted.codeRows(pack, shown.exercise(), all, width));
            visit.shown(shown.exercise());
            screen.println(PracticeView.exercise(pack, shown.exercise(), frame, width, screen.glyphs()));
        } else if (output instanceof Output.CodeShown code) {
            fitted.showLong(PracticeView.code(code.exercise(), width, screen.glyphs()));
        } else if (output instanceof Output.HintShown hint) {
            visit.hintShown();
            screen.println(PracticeView.hint(hint.level(), hint.of(), hint.text(), width));
        } else if (output instanceof Output.NoMoreHints) {
            screen.println(PracticeView.noMoreHints(width));
        } else if (output instanceof Output.Graded graded) {
            visit.graded(graded);
            screen.println(PracticeView.graded(graded.overall(), graded.verdict(), graded.named(), graded.earlier(),
                    width, screen.glyphs()));
            screen.println(PracticeView.beyondKeyPoints(graded.exercise(), graded.verdict(), width, screen.glyphs()));
            if (!graded.solved()) {
                screen.println(PracticeView.keepGoing(graded.missing(), width));
            }
        } else if (output instanceof Output.Blank) {
            say("Type what you think is wrong, or :help.", Style.DIM);
        } else if (output instanceof Output.Revealed revealed) {
            fitted.showLong(PracticeView.reveal(revealed.exercise(), revealed.solved(), width,
                    sideBySide.test(width), screen.glyphs()));
            this.revealed = revealed.exercise();
            if (lab != null && this.revealed.lab() != null) {
                say("Press r (or type :run) to watch this bug happen and the fix drain.", Style.ACCENT);
            }
        } else if (output instanceof Output.RatingAsked asked) {
            // The rating prompt itself asks; remember what Enter stands for and what each key gives.
            suggested = asked.suggested();
            intervals = learner.preview(pack, asked.exercise(), asked.at());
            screen.println();
            screen.println(visit.recap(width, screen.glyphs()));
        } else if (output instanceof Output.Rated rated) {
            // Without it the next exercise just starts, and the learner cannot tell the key was taken.
            say(nextReview(rated.exercise(), rated.rating()), Style.DIM);
        } else if (output instanceof Output.LeftUnrated left) {
            say(leftUnrated(left), Style.DIM);
        } else if (output instanceof Output.HelpShown) {
            screen.println(PracticeView.help(width));
        } else if (output instanceof Output.QueueDone done) {
            screen.println();
            say(done.exercisesDone() > 0 ? "That was the last exercise of this session."
                    : "That was the last exercise, and none was finished. drainhunt practice EXERCISE picks one;"
                    + " drainhunt list shows them all.", Style.GOOD);
        } else if (output instanceof Output.Finished finished) {
            summary(finished.summary(), width);
        } else {
            // Output is sealed, but Java 17 has no exhaustive switch over it: a new kind must fail loudly here.
            throw new IllegalStateException("the session cannot show " + output.getClass().getSimpleName());
        }
    }

    /**
     * The process is ending (SIGTERM, SIGHUP, SIGINT) while the session waits for input: it leaves as {@code :quit}
     * would, saying so and showing the summary. Everything was saved as it happened; the suggested rating at the
     * rating prompt already stands, and an answer that did not solve the exercise is scheduled for tomorrow here.
     */
    synchronized void stopped() {
        if (list != null) {
            list.leaveScreen();
        }
        if (engine.state() == PracticeEngine.State.DONE) {
            return;
        }
        screen.println();
        apply(engine.handle(new Event.Quit()));
        screen.flush();
    }

    /** Says that leaving at the rating prompt kept the suggested rating, and when the exercise comes back. */
    String leftUnrated(Output.LeftUnrated left) {
        return "Left at the rating: #" + left.exercise().number() + " keeps the suggested rating: "
                + nextReview(left.exercise(), left.suggested()) + ".";
    }

    /** "good · next review in 3 days (Fri 4 Dec)", from the review the rating has just stored. */
    private String nextReview(Exercise exercise, Rating rating) {
        return PracticeView.nextReview(label(rating), learner.dueDate(pack, exercise).orElse(null), learner.today());
    }

    private void summary(SessionSummary s, int width) {
        // The two figures it shows, not the whole statistics (tags, accuracy): this is the last screen of a run.
        int streak = learner.streakDays();
        int solved = learner.solvedCount(pack);
        screen.println();
        screen.println(new AttributedString("Session summary", Style.HEADING));
        screen.println("  exercises done     " + s.exercisesDone());
        screen.println("  right at first try " + s.rightFirstTry());
        screen.println("  hints used         " + s.hintsUsed());
        screen.println("  streak             " + Count.of(streak, "day"));
        screen.println("  pack               " + solved + "/" + pack.size() + " solved");
        screen.println(Wrap.paragraph(learner.nextUp(pack), width, "  ", Style.DIM));
        screen.println(Wrap.paragraph(learner.savedFile().map(f -> "Progress saved in " + f).orElse(NOTHING_SAVED),
                width, "  ", Style.DIM));
    }

    private void say(String text, AttributedStyle style) {
        screen.println(Wrap.paragraph(text, Math.min(prompt.width(), screen.width()), "  ", style));
        screen.flush();
    }
}
