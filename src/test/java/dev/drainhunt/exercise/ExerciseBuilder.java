package dev.drainhunt.exercise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds exercises for tests: sensible defaults, and only the fields a test cares about named. */
public final class ExerciseBuilder {

    private String id = "test-exercise";
    private int number = 1;
    private String title = "A test";
    private Difficulty difficulty = Difficulty.EASY;
    private List<String> tags = List.of("signals");
    private String goVersion = "1.19";
    private List<String> buggy = Collections.nCopies(20, "\t// code");
    private List<Integer> bugLines = List.of(4);
    private List<String> hints = List.of("h1", "h2", "h3");
    private final List<KeyPoint> keyPoints = new ArrayList<>();
    private final List<KeyPoint> alsoTrue = new ArrayList<>();
    private List<String> explanation = List.of("why");
    private List<String> fix;
    private Lab lab;

    private ExerciseBuilder() {
    }

    public static ExerciseBuilder exercise() {
        return new ExerciseBuilder();
    }

    public ExerciseBuilder id(String id) {
        this.id = id;
        return this;
    }

    public ExerciseBuilder number(int number) {
        this.number = number;
        return this;
    }

    public ExerciseBuilder title(String title) {
        this.title = title;
        return this;
    }

    public ExerciseBuilder difficulty(Difficulty difficulty) {
        this.difficulty = difficulty;
        return this;
    }

    public ExerciseBuilder tags(String... tags) {
        this.tags = List.of(tags);
        return this;
    }

    public ExerciseBuilder goVersion(String goVersion) {
        this.goVersion = goVersion;
        return this;
    }

    public ExerciseBuilder buggy(List<String> buggy) {
        this.buggy = List.copyOf(buggy);
        return this;
    }

    public ExerciseBuilder bugLines(Integer... lines) {
        this.bugLines = List.of(lines);
        return this;
    }

    public ExerciseBuilder bugLines(List<Integer> lines) {
        this.bugLines = List.copyOf(lines);
        return this;
    }

    public ExerciseBuilder hints(String... hints) {
        this.hints = List.of(hints);
        return this;
    }

    public ExerciseBuilder keyPoint(String id, List<List<String>> match) {
        keyPoints.add(new KeyPoint(id, "summary of " + id, match));
        return this;
    }

    public ExerciseBuilder keyPoints(List<KeyPoint> points) {
        keyPoints.addAll(points);
        return this;
    }

    public ExerciseBuilder alsoTrue(String id, List<List<String>> match) {
        alsoTrue.add(new KeyPoint(id, "summary of " + id, match));
        return this;
    }

    public ExerciseBuilder explanation(String... paragraphs) {
        this.explanation = List.of(paragraphs);
        return this;
    }

    public ExerciseBuilder fix(List<String> fix) {
        this.fix = List.copyOf(fix);
        return this;
    }

    public ExerciseBuilder lab(Lab lab) {
        this.lab = lab;
        return this;
    }

    public Exercise build() {
        return new Exercise(id, number, title, difficulty, tags, goVersion, buggy, bugLines, hints,
                List.copyOf(keyPoints), explanation, fix == null ? buggy : fix, List.of(), List.of(), null,
                List.copyOf(alsoTrue), lab);
    }
}
