package dev.drainhunt.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The FSRS-6 scheduler with its published default parameters, written from the reference implementation (py-fsrs)
 * and pinned by its published examples. No fuzz: the same ratings give the same dates, which tests and learners
 * can check.
 *
 * <p>Intervals are whole days, at least one, at most {@link #maximumDays()}, so dates can neither overflow nor stray
 * past a useful horizon.
 */
public final class Fsrs {

    /** FSRS-6's default weights w0…w20, as py-fsrs publishes them. */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334,
            3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912,
            0.0658, 0.1542);
    public static final double DEFAULT_RETENTION = 0.9;
    private static final double MIN_STABILITY = 0.001;
    private static final double MIN_DIFFICULTY = 1.0;
    private static final double MAX_DIFFICULTY = 10.0;
    private static final long SECONDS_PER_DAY = 86_400;

    private final double[] w;
    private final double retention;
    private final List<Duration> learningSteps;
    private final List<Duration> relearningSteps;
    private final int maximumDays;
    private final double decay;
    private final double factor;

    public Fsrs(List<Double> weights, double retention, List<Duration> learningSteps, List<Duration> relearningSteps,
                int maximumDays) {
        if (weights.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 takes 21 weights, not " + weights.size());
        }
        if (!(retention > 0 && retention < 1) || maximumDays < 1) {
            throw new IllegalArgumentException("retention must be in (0, 1) and the maximum interval at least a day");
        }
        this.w = new double[weights.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.get(i); // a loop: the first DoubleStream of a run loads its pipeline's classes
        }
        this.retention = retention;
        this.learningSteps = List.copyOf(learningSteps);
        this.relearningSteps = List.copyOf(relearningSteps);
        this.maximumDays = maximumDays;
        this.decay = -w[20];
        // Chosen so that retrievability is exactly 90% when the elapsed time equals the stability.
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** py-fsrs's defaults: steps of 1 and 10 minutes, relearning 10 minutes, up to 100 years. */
    public static Fsrs reference() {
        return new Fsrs(DEFAULT_WEIGHTS, DEFAULT_RETENTION, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)), 36_500);
    }

    public int maximumDays() {
        return maximumDays;
    }

    /** The state after a review graded {@code grade} at {@code now}; {@code previous} is empty for a first review. */
    public MemoryState review(Optional<MemoryState> previous, Grade grade, Instant now) {
        if (previous.isEmpty()) {
            double s = initialStability(grade);
            double d = clampDifficulty(initialDifficulty(grade));
            return stepOrGraduate(MemoryState.Phase.LEARNING, 0, s, d, grade, now, learningSteps);
        }
        MemoryState card = previous.get();
        long elapsedDays = Math.max(0, Duration.between(card.lastReview(), now).getSeconds() / SECONDS_PER_DAY);
        boolean sameDay = elapsedDays < 1;
        double s = sameDay ? shortTermStability(card.stability(), grade)
                : nextStability(card.difficulty(), card.stability(), retrievability(card.stability(), elapsedDays), grade);
        // As in py-fsrs 6: a second look on the same day at an exercise in review moves its stability, not its
        // difficulty (the published memory-state example depends on it).
        double d = sameDay && card.phase() == MemoryState.Phase.REVIEW ? card.difficulty()
                : nextDifficulty(card.difficulty(), grade);
        return switch (card.phase()) {
            case LEARNING -> stepOrGraduate(MemoryState.Phase.LEARNING, card.step(), s, d, grade, now, learningSteps);
            case RELEARNING -> stepOrGraduate(MemoryState.Phase.RELEARNING, card.step(), s, d, grade, now,
                    relearningSteps);
            case REVIEW -> grade == Grade.AGAIN && !relearningSteps.isEmpty()
                    ? new MemoryState(MemoryState.Phase.RELEARNING, 0, s, d, now, relearningSteps.get(0))
                    : review(s, d, now);
        };
    }

    /** The probability of recall {@code elapsedDays} after a review that left {@code stability}. */
    public double retrievability(double stability, long elapsedDays) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    /** Whole days until recall is expected to fall to the desired retention; 1 to the maximum. */
    public int intervalDays(double stability) {
        double days = stability / factor * (Math.pow(retention, 1 / decay) - 1);
        // Python's round() in the reference rounds halves to even; Math.rint does the same.
        return (int) Math.min(maximumDays, Math.max(1, Math.rint(days)));
    }

    /** The (re)learning steps: Again restarts them, Hard repeats one, Good moves on, Easy or the last Good graduates. */
    private MemoryState stepOrGraduate(MemoryState.Phase phase, int step, double s, double d, Grade grade,
                                       Instant now, List<Duration> steps) {
        if (steps.isEmpty() || (step >= steps.size() && grade != Grade.AGAIN)) {
            return review(s, d, now);
        }
        return switch (grade) {
            case AGAIN -> new MemoryState(phase, 0, s, d, now, steps.get(0));
            case HARD -> new MemoryState(phase, step, s, d, now, hardStep(steps, step));
            case GOOD -> step + 1 >= steps.size() ? review(s, d, now)
                    : new MemoryState(phase, step + 1, s, d, now, steps.get(step + 1));
            case EASY -> review(s, d, now);
        };
    }

    private static Duration hardStep(List<Duration> steps, int step) {
        if (step == 0 && steps.size() == 1) {
            return Duration.ofMillis(steps.get(0).toMillis() * 3 / 2);
        }
        if (step == 0) {
            return Duration.ofMillis((steps.get(0).toMillis() + steps.get(1).toMillis()) / 2);
        }
        return steps.get(Math.min(step, steps.size() - 1));
    }

    private MemoryState review(double s, double d, Instant now) {
        return new MemoryState(MemoryState.Phase.REVIEW, 0, s, d, now, Duration.ofDays(intervalDays(s)));
    }

    private double initialStability(Grade grade) {
        return Math.max(MIN_STABILITY, w[grade.value() - 1]);
    }

    private double initialDifficulty(Grade grade) {
        return w[4] - Math.exp(w[5] * (grade.value() - 1)) + 1;
    }

    private static double clampDifficulty(double d) {
        return Math.min(MAX_DIFFICULTY, Math.max(MIN_DIFFICULTY, d));
    }

    private double shortTermStability(double s, Grade grade) {
        double increase = Math.exp(w[17] * (grade.value() - 3 + w[18])) * Math.pow(s, -w[19]);
        if (grade == Grade.GOOD || grade == Grade.EASY) {
            increase = Math.max(increase, 1.0);
        }
        return Math.max(MIN_STABILITY, s * increase);
    }

    /** Linear damping towards 10, then mean reversion towards the initial difficulty of an Easy first review. */
    private double nextDifficulty(double d, Grade grade) {
        double delta = -w[6] * (grade.value() - 3);
        double damped = d + (10.0 - d) * delta / 9.0;
        double reverted = w[7] * initialDifficulty(Grade.EASY) + (1 - w[7]) * damped;
        return clampDifficulty(reverted);
    }

    private double nextStability(double d, double s, double r, Grade grade) {
        double next = grade == Grade.AGAIN ? forgetStability(d, s, r) : recallStability(d, s, r, grade);
        return Math.max(MIN_STABILITY, next);
    }

    private double forgetStability(double d, double s, double r) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]);
        double shortTerm = s / Math.exp(w[17] * w[18]);
        return Math.min(longTerm, shortTerm);
    }

    private double recallStability(double d, double s, double r, Grade grade) {
        double hardPenalty = grade == Grade.HARD ? w[15] : 1;
        double easyBonus = grade == Grade.EASY ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1)
                * hardPenalty * easyBonus);
    }
}
