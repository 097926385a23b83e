package dev.drainhunt.grading;

import static dev.drainhunt.grading.TestExercises.exercise;
import static dev.drainhunt.grading.TestExercises.keyPoint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.ExerciseBuilder;
import dev.drainhunt.grading.Verdict.AnswerKind;
import dev.drainhunt.grading.Verdict.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraderTest {

    private static final Exercise TWO_POINTS = exercise(List.of(14, 17),
            keyPoint("unbuffered-signal", List.of(List.of("@unbuffered", "@signal"), List.of("notify", "buffer"))),
            keyPoint("hard-close", List.of(List.of("@close", "re:\\b(shutdown|hard|abrupt)"))));
    private static final Exercise ONE_BUG_LINE = exercise(List.of(9),
            keyPoint("no-deadline", List.of(List.of("@no-timeout", "@wait"))));

    private final Grader grader = Grader.standard();

    @Test
    void namingEveryKeyPointIsCorrect() {
        Verdict v = grade(TWO_POINTS, "unbuffered signal chan, and srv.Close() is a hard stop instead of Shutdown");

        assertThat(v.outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(v.kind()).isEqualTo(AnswerKind.TEXT);
        assertThat(v.matchedKeyPoints()).containsExactly("unbuffered-signal", "hard-close");
        assertThat(v.missedKeyPoints()).isEmpty();
        assertThat(v.lineAssessment()).isEmpty();
    }

    @Test
    void anAlsoTruePointIsNamedBesideTheKeyPointsButNeverDecidesTheOutcome() {
        Exercise e = ExerciseBuilder.exercise()
                .keyPoint("no-deadline", List.of(List.of("deadline")))
                .alsoTrue("fatal-exit", List.of(List.of("fatalf")))
                .build();

        Verdict both = grade(e, "the wait has no deadline, and log.Fatalf skips the drain");
        assertThat(both.outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(both.alsoTrue()).containsExactly("fatal-exit");

        Verdict onlyAlsoTrue = grade(e, "log.Fatalf in the goroutine skips the drain");
        assertThat(onlyAlsoTrue.outcome()).isEqualTo(Outcome.MISSED);
        assertThat(onlyAlsoTrue.alsoTrue()).containsExactly("fatal-exit");
    }

    @Test
    void namingSomeKeyPointsIsPartial() {
        Verdict v = grade(TWO_POINTS, "signal.Notify needs a buffered channel");

        assertThat(v.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(v.matchedKeyPoints()).containsExactly("unbuffered-signal");
        assertThat(v.missedKeyPoints()).containsExactly("hard-close");
    }

    @Test
    void namingNothingIsMissed() {
        Verdict v = grade(TWO_POINTS, "the loop variable is captured");

        assertThat(v.outcome()).isEqualTo(Outcome.MISSED);
        assertThat(v.namedAny()).isFalse();
        assertThat(v.missedKeyPoints()).containsExactly("unbuffered-signal", "hard-close");
    }

    @Test
    void blankAnswerIsNotAnAttempt() {
        assertThat(grader.grade(TWO_POINTS, "")).isEmpty();
        assertThat(grader.grade(TWO_POINTS, "   \n\t")).isEmpty();
        assertThat(grader.grade(TWO_POINTS, null)).isEmpty();
        assertThat(grader.grade(TWO_POINTS, "?!...")).isEmpty();
    }

    @Test
    void aLineHitLocatesTheBugButDoesNotSolveIt() {
        Verdict v = grade(TWO_POINTS, "14");

        assertThat(v.kind()).isEqualTo(AnswerKind.LINES);
        assertThat(v.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(v.located()).isTrue();
        assertThat(v.lineAssessment()).contains(Outcome.CORRECT);
        assertThat(v.matchedKeyPoints()).isEmpty();
        assertThat(v.hitLines()).containsExactly(14);
        assertThat(v.textAssessment()).isEmpty();
    }

    @Test
    void pickingUpToTwiceTheBugLinesStillLocates() {
        assertThat(grade(TWO_POINTS, "lines 3, 5, 9, 14").located()).isTrue();
        assertThat(grade(ONE_BUG_LINE, "8 9").located()).isTrue();
    }

    @Test
    void pickingMoreThanTwiceTheBugLinesDoesNotLocate() {
        assertThat(grade(TWO_POINTS, "lines 3, 5, 9, 11, 14").located()).isFalse();
        assertThat(grade(ONE_BUG_LINE, "7-9").lineAssessment()).contains(Outcome.PARTIAL);
        assertThat(grade(ONE_BUG_LINE, "1-20").outcome()).isEqualTo(Outcome.PARTIAL);
    }

    @Test
    void linesPastTheEndAreSetAsideNotCounted() {
        Verdict v = grade(ONE_BUG_LINE, "9 99");

        assertThat(v.pastEndLines()).containsExactly(99);
        assertThat(v.pickedLines()).containsExactly(9);
        assertThat(v.located()).isTrue();
        assertThat(grade(ONE_BUG_LINE, "99").outcome()).isEqualTo(Outcome.MISSED);
    }

    @Test
    void lineMissIsMissed() {
        Verdict v = grade(TWO_POINTS, "L3 L4");

        assertThat(v.outcome()).isEqualTo(Outcome.MISSED);
        assertThat(v.pickedLines()).containsExactly(3, 4);
        assertThat(v.hitLines()).isEmpty();
    }

    @Test
    void textWithLinesGetsBothAssessments() {
        Verdict v = grade(ONE_BUG_LINE, "line 9: wg.Wait() has no deadline");

        assertThat(v.kind()).isEqualTo(AnswerKind.BOTH);
        assertThat(v.textAssessment()).contains(Outcome.CORRECT);
        assertThat(v.lineAssessment()).contains(Outcome.CORRECT);
        assertThat(v.outcome()).isEqualTo(Outcome.CORRECT);
    }

    @Test
    void textDecidesWhenItHasLinesToo() {
        Verdict wrongLine = grade(ONE_BUG_LINE, "line 3: wg.Wait() has no deadline");
        Verdict wrongText = grade(TWO_POINTS, "line 14: srv.Close() is a hard stop");

        assertThat(wrongLine.outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(wrongLine.lineAssessment()).contains(Outcome.MISSED);
        assertThat(wrongText.outcome()).isEqualTo(Outcome.PARTIAL);
    }

    @Test
    void rightLinesLiftAnUnrecognisedTextToPartial() {
        Verdict hit = grade(ONE_BUG_LINE, "the problem is on line 9");
        Verdict miss = grade(ONE_BUG_LINE, "the problem is on line 2");

        assertThat(hit.textAssessment()).contains(Outcome.MISSED);
        assertThat(hit.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(miss.outcome()).isEqualTo(Outcome.MISSED);
    }

    @Test
    void reportsRuleProblemsOfAnExercise() {
        Exercise broken = exercise(List.of(1), keyPoint("kp", List.of(List.of("@nope", "re:("))));

        assertThat(grader.problems(broken)).extracting(RuleProblem::kind)
                .containsExactly(RuleProblem.Kind.UNKNOWN_CONCEPT, RuleProblem.Kind.INVALID_REGEX);
        assertThat(grader.problems(TWO_POINTS)).isEmpty();
    }

    @Test
    void compilesRulesOncePerExercise() {
        assertThat(grader.rulesFor(TWO_POINTS)).isSameAs(grader.rulesFor(TWO_POINTS));
    }

    @Test
    void aKeyPointOfTheSecondClauseIsFoundAsInTheFirst() {
        // The report: exercise 1 credited "Close not Shutdown" only while it was the first clause.
        Exercise signalNotify = FreshBatchTest.bundledExercises().get("signal-notify-shutdown");

        Verdict closeLast = grade(signalNotify, "unbuffered signal channel; Close not Shutdown with timeout");
        Verdict closeFirst = grade(signalNotify, "Close not Shutdown with timeout; unbuffered signal channel");

        assertThat(closeLast.outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(closeFirst.outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(closeLast.matchedKeyPoints())
                .containsExactlyInAnyOrderElementsOf(closeFirst.matchedKeyPoints())
                .contains("close-instead-of-shutdown");
    }

    @Test
    void aRuleAnchoredAtTheStartReadsTheStartOfEveryClause() {
        Exercise e = exercise(List.of(1),
                keyPoint("hard-close", List.of(List.of("re:^close\\b", "shutdown"))),
                keyPoint("unbuffered", List.of(List.of("unbuffered"))));

        for (String answer : List.of("Close, not Shutdown. The channel is unbuffered",
                "The channel is unbuffered. Close, not Shutdown")) {
            assertThat(grade(e, answer).matchedKeyPoints()).as(answer).containsExactly("hard-close", "unbuffered");
        }
    }

    @Test
    void wordsOnEitherSideOfAClauseBreakAreNotOnePhrase() {
        // "...the server. Close..." must not read as "server close": in the other order the words are not adjacent.
        Exercise e = exercise(List.of(1), keyPoint("server-close", List.of(List.of("re:\\bserver close\\b"),
                List.of("server close"))));

        assertThat(grade(e, "SIGTERM never reaches the server. Close drops uploads").namedAny()).isFalse();
        assertThat(grade(e, "Close drops uploads. SIGTERM never reaches the server").namedAny()).isFalse();
        assertThat(grade(e, "the server close drops uploads").namedAny()).isTrue();
    }

    private Verdict grade(Exercise exercise, String answer) {
        return grader.grade(exercise, answer).orElseThrow();
    }
}
