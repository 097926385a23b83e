package dev.drainhunt.practice;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.KeyPoint;
import dev.drainhunt.grading.Grader;
import dev.drainhunt.grading.Verdict;
import dev.drainhunt.progress.Attempt;
import dev.drainhunt.progress.Mode;
import dev.drainhunt.progress.Outcome;
import dev.drainhunt.progress.Rating;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The practice session as a pure state machine: events in, outputs out. It owns the order of exercises, the
 * hints shown, the grading of answers and the attempts to record; it never touches a terminal, a file or the
 * system clock, so every transition is a unit test.
 */
public final class PracticeEngine {

    /** Where the session stands. */
    public enum State { HUNTING, RATING, DONE }

    private final List<Exercise> queue;
    private final Grader grader;
    private final Clock clock;

    private State state = State.DONE;
    private int index = -1;
    private Visit visit;
    private int exercisesDone;
    private int rightFirstTry;
    private int hintsUsed;
    private int answers;

    /** What happened on the current exercise since it was shown. */
    private static final class Visit {
        final Exercise exercise;
        Instant since;
        int hints;
        int answers;
        final Set<String> named = new LinkedHashSet<>();
        boolean solved;
        Attempt last;

        Visit(Exercise exercise, Instant shownAt) {
            this.exercise = exercise;
            this.since = shownAt;
        }
    }

    public PracticeEngine(List<Exercise> queue, Grader grader, Clock clock) {
        // Mutable: a jump puts the chosen exercise next.
        this.queue = new ArrayList<>(queue);
        this.grader = grader;
        this.clock = clock;
    }

    public State state() {
        return state;
    }

    /** The exercise on screen, if any. */
    public Optional<Exercise> current() {
        return visit == null ? Optional.empty() : Optional.of(visit.exercise); // no lambda: asked at start-up
    }

    public SessionSummary summary() {
        return new SessionSummary(exercisesDone, rightFirstTry, hintsUsed, answers);
    }

    /** Shows the first exercise, or finishes at once when there is none. */
    public List<Output> start() {
        List<Output> out = new ArrayList<>();
        next(out);
        return out;
    }

    public List<Output> handle(Event event) {
        List<Output> out = new ArrayList<>();
        if (state == State.DONE) {
            return out;
        }
        if (event instanceof Event.Quit) {
            leave(out);
            finish(out);
        } else if (event instanceof Event.Help) {
            out.add(new Output.HelpShown());
        } else if (state == State.RATING) {
            if (event instanceof Event.Rate rate) {
                rate(rate.rating(), out);
            } else {
                askRating(out);
            }
        } else if (event instanceof Event.Answer answer) {
            answer(answer.text(), out);
        } else if (event instanceof Event.Hint) {
            hint(out);
        } else if (event instanceof Event.ShowCode) {
            out.add(new Output.CodeShown(visit.exercise));
        } else if (event instanceof Event.Skip) {
            skip(out);
        } else if (event instanceof Event.Reveal) {
            reveal(out);
        } else if (event instanceof Event.Jump jump) {
            jump(jump.exercise(), out);
        } else if (event instanceof Event.Forget forget && forget.exercise().id().equals(visit.exercise.id())) {
            visit = new Visit(visit.exercise, clock.instant());
        } else if (event instanceof Event.Rate) {
            // A rating only means something after a reveal; at the hunt it is ignored.
            out.add(new Output.HelpShown());
        }
        return out;
    }

    private void next(List<Output> out) {
        index++;
        if (index >= queue.size()) {
            out.add(new Output.QueueDone(exercisesDone));
            finish(out);
            return;
        }
        visit = new Visit(queue.get(index), clock.instant());
        state = State.HUNTING;
        out.add(new Output.ExerciseShown(visit.exercise, index + 1, queue.size()));
    }

    private void finish(List<Output> out) {
        state = State.DONE;
        out.add(new Output.Finished(summary()));
    }

    private void answer(String text, List<Output> out) {
        Optional<Verdict> graded = grader.grade(visit.exercise, text);
        if (graded.isEmpty()) {
            out.add(new Output.Blank());
            return;
        }
        Verdict verdict = graded.get();
        visit.answers++;
        answers++;
        // Key points found in earlier answers of this visit still count: a learner may name them one at a time.
        List<String> before = List.copyOf(visit.named);
        visit.named.addAll(verdict.matchedKeyPoints());
        // An answer that also claims something untrue of this code does not complete it, whatever came before.
        boolean complete = verdict.falseClaims().isEmpty()
                && visit.exercise.keyPoints().stream().allMatch(k -> visit.named.contains(k.id()));
        boolean correct = verdict.outcome() == Verdict.Outcome.CORRECT || complete;
        List<KeyPoint> named = visit.exercise.keyPoints().stream()
                .filter(k -> verdict.matchedKeyPoints().contains(k.id())).toList();
        List<KeyPoint> earlier = visit.exercise.keyPoints().stream()
                .filter(k -> before.contains(k.id()) && !verdict.matchedKeyPoints().contains(k.id())).toList();
        int missing = (int) visit.exercise.keyPoints().stream().filter(k -> !visit.named.contains(k.id())).count();
        Verdict.Outcome overall = correct ? Verdict.Outcome.CORRECT
                : visit.named.isEmpty() ? verdict.outcome() : Verdict.Outcome.PARTIAL;
        out.add(new Output.Graded(visit.exercise, verdict, overall, named, earlier, correct, missing));
        Mode mode = verdict.kind() == Verdict.AnswerKind.LINES ? Mode.LINES : Mode.TEXT;
        Attempt attempt = attempt(outcome(overall), mode,
                correct && verdict.kind() == Verdict.AnswerKind.LINES ? verdict.matchedKeyPoints()
                        : List.copyOf(visit.named));
        out.add(new Output.AttemptRecorded(visit.exercise, attempt));
        if (correct) {
            visit.solved = true;
            if (visit.answers == 1 && visit.hints == 0) {
                rightFirstTry++;
            }
            showAnswer(out);
        }
    }

    private void hint(List<Output> out) {
        List<String> hints = visit.exercise.hints();
        if (visit.hints >= hints.size()) {
            out.add(new Output.NoMoreHints(visit.exercise));
            return;
        }
        visit.hints++;
        hintsUsed++;
        out.add(new Output.HintShown(visit.exercise, visit.hints, hints.size(), hints.get(visit.hints - 1)));
        out.add(new Output.HintTaken(visit.exercise));
    }

    private void skip(List<Output> out) {
        // A skip is recorded as activity only when nothing else was: an exercise answered is not "skipped".
        if (visit.answers == 0) {
            out.add(new Output.AttemptRecorded(visit.exercise, attempt(Outcome.SKIPPED, Mode.TEXT, List.of())));
        } else {
            scheduleMiss(out);
        }
        next(out);
    }

    /** The chosen exercise next, where it was later in the queue or not at all; the one on screen is left. */
    private void jump(Exercise chosen, List<Output> out) {
        if (chosen.id().equals(visit.exercise.id())) {
            out.add(new Output.ExerciseShown(visit.exercise, index + 1, queue.size()));
            return;
        }
        leave(out);
        for (int i = queue.size() - 1; i > index; i--) {
            if (queue.get(i).id().equals(chosen.id())) {
                queue.remove(i);
            }
        }
        queue.add(index + 1, chosen);
        next(out);
    }

    private void reveal(List<Output> out) {
        out.add(new Output.AttemptRecorded(visit.exercise,
                attempt(Outcome.REVEALED, Mode.TEXT, List.copyOf(visit.named))));
        showAnswer(out);
    }

    /**
     * The answer, then the rating prompt. The suggested rating is recorded before the prompt, so the exercise has a
     * next review however the session ends (a quit, the end of input, a signal, a crash); a rating replaces it.
     */
    private void showAnswer(List<Output> out) {
        exercisesDone++;
        out.add(new Output.Revealed(visit.exercise, visit.solved));
        state = State.RATING;
        out.add(new Output.AttemptRated(visit.exercise, rated(suggestedRating())));
        askRating(out);
    }

    private void askRating(List<Output> out) {
        out.add(new Output.RatingAsked(visit.exercise, suggestedRating(), visit.last.at()));
    }

    private void rate(Rating chosen, List<Output> out) {
        Rating rating = chosen != null ? chosen : suggestedRating();
        out.add(new Output.AttemptRated(visit.exercise, rated(rating)));
        out.add(new Output.Rated(visit.exercise, rating));
        next(out);
    }

    /** Leaving: at the rating prompt the suggestion stands (say so); mid-hunt, answers without a solve come back. */
    private void leave(List<Output> out) {
        if (state == State.RATING) {
            out.add(new Output.LeftUnrated(visit.exercise, suggestedRating()));
        } else if (visit != null && visit.answers > 0 && !visit.solved) {
            scheduleMiss(out);
        }
    }

    /** Answered but not solved: rated "again", so the exercise comes back tomorrow rather than never. */
    private void scheduleMiss(List<Output> out) {
        out.add(new Output.AttemptRated(visit.exercise, rated(Rating.AGAIN)));
    }

    private Attempt rated(Rating rating) {
        return new Attempt(visit.last.at(), visit.last.mode(), visit.last.verdict(),
                visit.last.keyPoints(), visit.last.hintsUsed(), visit.last.seconds(), rating);
    }

    /** Good for a clean solve, hard for a solve that needed help, again for an answer seen, not found. */
    Rating suggestedRating() {
        if (!visit.solved) {
            return Rating.AGAIN;
        }
        return visit.answers == 1 && visit.hints == 0 ? Rating.GOOD : Rating.HARD;
    }

    /** An attempt stamped now, with the time since the previous one; remembered for the rating. */
    private Attempt attempt(Outcome outcome, Mode mode, List<String> keyPoints) {
        Instant now = clock.instant();
        long seconds = Math.max(0, Duration.between(visit.since, now).toSeconds());
        visit.since = now;
        visit.last = new Attempt(now, mode, outcome, keyPoints, visit.hints, seconds, null);
        return visit.last;
    }

    private static Outcome outcome(Verdict.Outcome outcome) {
        return switch (outcome) {
            case CORRECT -> Outcome.CORRECT;
            case PARTIAL -> Outcome.PARTIAL;
            case MISSED -> Outcome.MISSED;
        };
    }
}
