package dev.drainhunt.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.session.FixWatch.Input;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The watch loop, driven step by step: each poll is one tick with the files' state and what was typed. */
class FixWatchTest {

    /** One look at the keyboard and the files per tick; after the script, the input ends. */
    private static final class Script implements FixWatch.Keyboard, FixWatch.Actions {
        final Deque<Input> keys = new ArrayDeque<>();
        final List<String> did = new ArrayList<>();
        int version;
        int pauses;

        Script type(String... lines) {
            for (String line : lines) {
                keys.add(line == null ? new Input.Nothing() : new Input.Line(line));
            }
            return this;
        }

        @Override
        public Input poll() {
            return keys.isEmpty() ? new Input.End() : keys.poll();
        }

        @Override
        public void check() {
            did.add("check");
        }

        @Override
        public void hint() {
            did.add("hint");
        }

        @Override
        public void run() {
            did.add("run");
        }

        @Override
        public void reset() {
            did.add("reset");
        }

        @Override
        public void say(String line) {
            if (!line.equals(FixWatch.HELP)) {
                did.add("say " + line);
            }
        }

        List<String> watch() {
            new FixWatch(() -> version, this, d -> pauses++, this).run();
            return did;
        }
    }

    @Test
    void checksOnceAtTheStartAndLeavesOnCtrlD() {
        assertThat(new Script().watch()).containsExactly("check");
    }

    @Test
    void aSaveIsCheckedAgainAndAnUnchangedCopyIsNot() {
        Script s = new Script().type(null, null, null);
        FixWatch watch = new FixWatch(() -> s.pauses >= 2 ? 1 : 0, s, d -> s.pauses++, s);
        watch.run();
        assertThat(s.did).containsExactly("check", "check");
    }

    @Test
    void hintRunAndQuitDoWhatTheySayAndQuitStopsReadingKeys() {
        Script s = new Script().type(":hint", ":run", ":quit", ":hint");
        assertThat(s.watch()).containsExactly("check", "hint", "run");
        assertThat(s.keys).hasSize(1);
    }

    @Test
    void resetAsksAndOnlyAYesResetsThenChecks() {
        assertThat(new Script().type(":reset", null, "y").watch())
                .containsExactly("check", "say " + FixWatch.RESET_QUESTION, "reset", "check");
        assertThat(new Script().type(":reset", "").watch())
                .containsExactly("check", "say " + FixWatch.RESET_QUESTION, "say " + FixWatch.NOT_RESET);
    }

    @Test
    void anUnknownCommandSaysSoAndTheLoopGoesOn() {
        assertThat(new Script().type(":hnit", ":check").watch())
                .containsExactly("check", "say unknown command :hnit — " + FixWatch.HELP, "check");
    }

    @Test
    void pausesBetweenLooksSoPollingCostsNothing() {
        Script s = new Script().type(null, null);
        s.watch();
        assertThat(s.pauses).isEqualTo(2);
    }
}
