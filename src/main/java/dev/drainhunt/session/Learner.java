package dev.drainhunt.session;

import java.util.List;
import dev.drainhunt.progress.Status;
import dev.drainhunt.progress.Outcome;
import dev.drainhunt.progress.Mode;
import dev.drainhunt.progress.Attempt;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.practice.Output;
import dev.drainhunt.practice.StudyQueue;
import dev.drainhunt.progress.PackProgress;
import dev.drainhunt.progress.ProgressException;
import dev.drainhunt.progress.ProgressFile;
import dev.drainhunt.progress.ProgressStats;
import dev.drainhunt.progress.ProgressStore;
import dev.drainhunt.progress.Rating;
import dev.drainhunt.progress.Review;
import dev.drainhunt.progress.Scheduler;
import dev.drainhunt.progress.ExerciseProgress;
import dev.drainhunt.render.Count;
import dev.drainhunt.render.SeenBefore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The learner's stored progress for one run: read once per change, changed under the store's lock. Unreadable
 * or unwritable progress surfaces as a {@link ProgressException}, which the entry point turns into exit code 3.
 */
public final class Learner {

    private final Path dataDir;
    private final Clock clock;
    private final Consumer<String> warnings;
    private ProgressStore store;
    private ProgressFile progressFile;

    /** @param warnings told about progress the store recovered (a damaged file restored from its backup) */
    public Learner(Path dataDir, Clock clock, Consumer<String> warnings) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.warnings = warnings;
    }

    public ProgressStore store() {
        if (store == null) {
            store = new ProgressStore(dataDir, clock, warnings);
        }
        return store;
    }

    /** The saved progress. */
    public ProgressFile progressFile() {
        // Read once per change: a command shows several views of it (stats, statuses, due dates), and with a
        // year of attempts the file is megabytes of JSON.
        if (progressFile == null) {
            progressFile = store().read();
        }
        return progressFile;
    }

    public PackProgress progress(Pack pack) {
        return progressFile().pack(pack.name());
    }

    /** Saves one record of a practice session now. */
    public void save(Pack pack, Output.Record record) {
        update(pack, p -> Records.apply(p, record, clock.getZone()));
    }

    /**
     * Records a look at the answer of an exercise not yet solved, rated "again" so that it comes back tomorrow;
     * nothing when it was solved meanwhile or is revealed already, not answered since (decided under the lock, as
     * another session may have saved): {@code reveal 3} then {@code diff 3} is one look, not two missed answers.
     */
    public void savePeek(Pack pack, Exercise exercise, Instant at) {
        Attempt peek = new Attempt(at, Mode.TEXT, Outcome.REVEALED, List.of(), 0, 0, Rating.AGAIN);
        Output.Record record = new Output.AttemptRated(exercise, peek);
        update(pack, p -> peekable(p.exercise(exercise.id())) ? Records.apply(p, record, clock.getZone()) : p);
    }

    /** Whether seeing the answer now would be a new peek: not solved, and not revealed since the last answer. */
    public boolean peekable(Pack pack, Exercise exercise) {
        return peekable(progress(pack).exercise(exercise.id()));
    }

    private boolean peekable(ExerciseProgress progress) {
        return !Status.of(progress, clock.getZone()).solved() && !progress.revealed();
    }

    /** Changes one pack's stored progress under the store's lock. */
    public void update(Pack pack, UnaryOperator<PackProgress> change) {
        store().update(pack.name(), change);
        // Another session may have saved in between: read the file again when next asked.
        progressFile = null;
    }

    /**
     * Forgets the progress on one exercise under the store's lock, as {@code drainhunt reset} does.
     *
     * @return where the previous progress file was saved; empty when there was nothing to forget
     */
    public Optional<Path> reset(Pack pack, Exercise exercise) {
        Optional<Path> saved = store().reset(pack.name(), exercise.id());
        progressFile = null;
        return saved;
    }

    /** Days to the next review for each rating of the attempt at {@code at}: what the rating keys show. */
    public Map<Rating, Integer> preview(Pack pack, Exercise exercise, Instant at) {
        return Scheduler.preview(progress(pack).exercise(exercise.id()).attempts(), at, LocalDate.now(clock),
                clock.getZone());
    }

    /** When the exercise comes back for review, if it is scheduled. */
    public Optional<LocalDate> dueDate(Pack pack, Exercise exercise) {
        return Optional.ofNullable(progress(pack).exercise(exercise.id()).review()).map(Review::due);
    }

    /**
     * Where progress is saved, once something has been: saying "saved in" a file that does not exist (a session
     * left at its first prompt) would send the learner looking for it.
     */
    public Optional<Path> savedFile() {
        Path file = store().file();
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    /** The learner's today, for saying how far a due date is. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The line telling a review from a first look ("review · last seen 9 days ago · missed once"), or null for an
     * exercise never seen. Asked before the visit records anything, so "last seen" is an earlier session.
     */
    public String seenBefore(Pack pack, Exercise exercise) {
        ExerciseProgress progress = progress(pack).exercise(exercise.id());
        LocalDate today = LocalDate.now(clock);
        boolean due = progress.review() != null && !progress.review().due().isAfter(today);
        Optional<Instant> seen = progress.lastSeen(); // no lambda: asked for the first screen of every session
        return seen.isEmpty() ? null
                : SeenBefore.line(due, LocalDate.ofInstant(seen.get(), clock.getZone()), progress.lapses(), today);
    }

    public ProgressStats stats(Pack pack) {
        return ProgressStats.of(pack, progressFile(), clock);
    }

    /** Consecutive days with an answer or a reveal, as {@link #stats} counts them. */
    public int streakDays() {
        return ProgressStats.streakDays(progressFile(), clock);
    }

    public int solvedCount(Pack pack) {
        return ProgressStats.solved(pack, progressFile(), clock.getZone());
    }

    /** "Next review due …" or "No reviews scheduled yet." */
    public String nextUp(Pack pack) {
        LocalDate today = LocalDate.now(clock);
        PackProgress progress = progress(pack);
        int due = StudyQueue.due(pack, progress, today).size();
        if (due > 0) {
            return Count.of(due, "review is", "reviews are") + " due now: drainhunt review.";
        }
        return StudyQueue.nextDue(pack, progress, today)
                .map(d -> "Next review due " + d + ".")
                .orElse("No reviews scheduled yet.");
    }
}
