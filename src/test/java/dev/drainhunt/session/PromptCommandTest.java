package dev.drainhunt.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.practice.Event;
import org.junit.jupiter.api.Test;

class PromptCommandTest {

    @Test
    void bareCommandWordsAreCommandsNotDiagnoses() {
        assertThat(PromptCommand.parse("help").event()).containsInstanceOf(Event.Help.class);
        assertThat(PromptCommand.parse("?").event()).containsInstanceOf(Event.Help.class);
        assertThat(PromptCommand.parse("quit").event()).containsInstanceOf(Event.Quit.class);
        assertThat(PromptCommand.parse("Exit").event()).containsInstanceOf(Event.Quit.class);
        assertThat(PromptCommand.parse(" hint ").event()).containsInstanceOf(Event.Hint.class);
        assertThat(PromptCommand.parse("skip").event()).containsInstanceOf(Event.Skip.class);
    }

    @Test
    void aBareRevealPointsAtTheCommandInsteadOfRevealing() {
        PromptCommand.Parsed parsed = PromptCommand.parse("reveal");
        assertThat(parsed.event()).isEmpty();
        assertThat(parsed.problem()).contains(":reveal");
    }

    @Test
    void theShortRevealAsksFirstAndTheLongOneDoesNot() {
        assertThat(PromptCommand.parse(":r").confirm()).isEqualTo("Reveal the answer?");
        assertThat(PromptCommand.parse(":r").event()).containsInstanceOf(Event.Reveal.class);
        assertThat(PromptCommand.parse(":reveal").confirm()).isNull();
    }

    @Test
    void sentencesThatStartWithACommandWordAreStillDiagnoses() {
        assertThat(PromptCommand.parse("help: the channel is unbuffered").event())
                .containsInstanceOf(Event.Answer.class);
        assertThat(PromptCommand.parse("quit early because Close is a hard stop").event())
                .containsInstanceOf(Event.Answer.class);
    }
}
