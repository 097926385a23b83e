package dev.drainhunt.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DenialsTest {

    @Test
    void splitsAtSentenceEndsAndTurnsButNotAtTheDotsOfCode() {
        assertThat(Denials.clauses("srv.Close() is a hard stop. The channel is unbuffered; use make(chan os.Signal, 1)"))
                .containsExactly("srv.Close() is a hard stop", "The channel is unbuffered", "use make(chan os.Signal, 1)");
        assertThat(Denials.clauses("The buffer is fine, but Close cuts uploads off"))
                .containsExactly("The buffer is fine", "but Close cuts uploads off");
    }

    @Test
    void aComparisonWithInsteadOfOrRatherThanStaysOneClause() {
        assertThat(Denials.clauses("line 35 Close instead of Shutdown"))
                .containsExactly("line 35 Close instead of Shutdown");
        assertThat(Denials.clauses("it calls Close rather than Shutdown"))
                .containsExactly("it calls Close rather than Shutdown");
        assertThat(Denials.clauses("Close is abrupt rather Shutdown should drain"))
                .containsExactly("Close is abrupt", "rather Shutdown should drain");
    }

    @Test
    void recognisesClausesThatSayNothingIsWrong() {
        assertThat(Denials.denies("Close() is fine here because it waits for active requests")).isTrue();
        assertThat(Denials.denies("No deadline needed in Drain")).isTrue();
        assertThat(Denials.denies("there's no loop-variable issue")).isTrue();
        assertThat(Denials.denies("Submit after Drain is harmless here")).isTrue();
        assertThat(Denials.denies("order doesn't matter here")).isTrue();
        assertThat(Denials.denies("the send can't block")).isTrue();
        assertThat(Denials.denies("instead of Shutdown use Close")).isTrue();
        assertThat(Denials.denies("keep srv.Close() instead, it is faster")).isTrue();
    }

    @Test
    void leavesStatementsOfTheBugAlone() {
        assertThat(Denials.denies("wg.Wait() has no deadline")).isFalse();
        assertThat(Denials.denies("there is no timeout on the wait")).isFalse();
        assertThat(Denials.denies("signal.Notify never blocks when it sends, so the signal is dropped")).isFalse();
        assertThat(Denials.denies("there is no way to stop the loop")).isFalse();
        assertThat(Denials.denies("use Shutdown instead of Close")).isFalse();
        assertThat(Denials.denies("Close() instead of Shutdown drops in-flight uploads")).isFalse();
    }

    @Test
    void aDeniedKeyPointIsNotCredited() {
        assertThat(Denials.assertedClauses("The unbuffered channel is fine. What is missing is SIGHUP"))
                .containsExactly("What is missing is SIGHUP");
    }
}
