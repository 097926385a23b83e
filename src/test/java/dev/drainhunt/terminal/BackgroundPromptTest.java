package dev.drainhunt.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class BackgroundPromptTest {

    /** A prompt that answers as a 100×40 terminal would, once open. */
    private static final class Opened implements Prompt {
        boolean handedOver;

        @Override
        public Input readLine(String prompt) {
            return new Input.End();
        }

        @Override
        public Input readKey(String prompt) {
            return new Input.End();
        }

        @Override
        public int width() {
            return 100;
        }

        @Override
        public int height() {
            return 40;
        }

        @Override
        public boolean handOver(BooleanSupplier program) {
            handedOver = true;
            return program.getAsBoolean();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void theFirstScreenIsLaidOutFromColumnsAndLinesWhileTheTerminalOpens() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BackgroundPrompt prompt = new BackgroundPrompt(() -> {
            release.await(10, TimeUnit.SECONDS);
            return new Opened();
        }, () -> 80, () -> 24);
        try {
            assertThat(prompt.width()).isEqualTo(80);
            assertThat(prompt.height()).as("from $LINES, without waiting").isEqualTo(24);
        } finally {
            release.countDown();
        }
    }

    @Test
    void withoutLinesTheHeightWaitsForTheTerminalRatherThanGuess() {
        BackgroundPrompt prompt = new BackgroundPrompt(Opened::new, () -> 80, () -> 0);
        assertThat(prompt.height()).isEqualTo(40);
    }

    @Test
    void onceOpenTheTerminalAnswersAndThePagerIsHandedToIt() throws Exception {
        Opened opened = new Opened();
        BackgroundPrompt prompt = new BackgroundPrompt(() -> opened, () -> 80, () -> 24);
        assertThat(prompt.readLine("> ")).isInstanceOf(Prompt.Input.End.class);
        assertThat(prompt.width()).isEqualTo(100);
        assertThat(prompt.height()).isEqualTo(40);
        assertThat(prompt.handOver(() -> true)).isTrue();
        assertThat(opened.handedOver).isTrue();
        assertThat(prompt.keyScreen(false)).isEqualTo(Optional.empty());
    }

    @Test
    void linesComeFromTheEnvironmentWhenTheyAreANumber() {
        assertThat(TerminalSize.lines(new Environment(Map.of("LINES", "24"), true, true))).isEqualTo(24);
        assertThat(TerminalSize.lines(new Environment(Map.of("LINES", "tall"), true, true))).isZero();
        assertThat(TerminalSize.lines(new Environment(Map.of(), true, true))).isZero();
    }
}
