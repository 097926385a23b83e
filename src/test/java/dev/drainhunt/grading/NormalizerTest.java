package dev.drainhunt.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    @Test
    void keepsEachClauseOnALineAndInATokenListOfItsOwn() {
        NormalizedText text = Normalizer.normalize(List.of("The channel is unbuffered", "?!", "Close() kills uploads"));

        assertThat(text.plain()).isEqualTo("the channel is unbuffered\nclose kills uploads");
        assertThat(text.clauses()).hasSize(2);
        assertThat(text.containsPhrase(Normalizer.tokens("close kills"))).isTrue();
        assertThat(text.containsPhrase(Normalizer.tokens("unbuffered close"))).isFalse();
    }

    @Test
    void splitsCodeIntoWords() {
        assertThat(Normalizer.plain("srv.Close()")).isEqualTo("srv close");
        assertThat(Normalizer.plain("<-ctx.Done()")).isEqualTo("ctx done");
        assertThat(Normalizer.plain("wg.Wait")).isEqualTo("wg wait");
        assertThat(Normalizer.plain("make(chan os.Signal, 1)")).isEqualTo("make chan os signal 1");
    }

    @Test
    void splitsCamelCaseButKeepsAcronymsWhole() {
        assertThat(Normalizer.plain("signal.NotifyContext")).isEqualTo("signal notify context");
        assertThat(Normalizer.plain("HTTPServer.ListenAndServe")).isEqualTo("http server listen and serve");
        assertThat(Normalizer.plain("syscall.SIGTERM")).isEqualTo("syscall sigterm");
    }

    @Test
    void dropsPunctuationAndCollapsesSpaces() {
        assertThat(Normalizer.plain("  Hangs!!  forever...  (really)  ")).isEqualTo("hangs forever really");
        assertThat(Normalizer.plain("?!.")).isEmpty();
        assertThat(Normalizer.plain(null)).isEmpty();
    }

    @Test
    void contractionsAreExpandedInTokens() {
        assertThat(Normalizer.tokens("doesn't have a timeout")).containsExactly("doe", "not", "have", "timeout");
        assertThat(Normalizer.tokens("doesn\u2019t")).isEqualTo(Normalizer.tokens("does not"));
        assertThat(Normalizer.tokens("the server's context")).isEqualTo(Normalizer.tokens("server context"));
    }

    @Test
    void apostropheIsASpaceInPlainText() {
        assertThat(Normalizer.plain("doesn't")).isEqualTo("doesn t");
        assertThat(Normalizer.plain("can\u2019t")).isEqualTo("can t");
    }

    @Test
    void plainTextIsNotStemmed() {
        assertThat(Normalizer.plain("Cancelled contexts")).isEqualTo("cancelled contexts");
    }

    @Test
    void stemsInflectionsTogether() {
        assertSameStem("cancel", "cancelled", "canceled", "cancellation", "cancels", "cancelling");
        assertSameStem("buffer", "buffered", "buffering", "buffers");
        assertSameStem("close", "closing", "closed", "closes");
        assertSameStem("hang", "hangs", "hanging", "hung");
        assertSameStem("leak", "leaks", "leaked", "leaking");
        assertSameStem("commit", "commits", "committed", "committing");
        assertSameStem("defer", "deferred", "defers");
        assertSameStem("duplicate", "duplicated", "duplicates", "duplication");
        assertSameStem("signal", "signals", "signalled", "signaled");
        assertSameStem("race", "races", "racing", "raced");
        assertSameStem("process", "processes");
    }

    @Test
    void stemsOfShortWordsKeepTheirShape() {
        assertThat(Normalizer.tokens("closing")).containsExactly("close");
        assertThat(Normalizer.tokens("cancelled")).containsExactly("cancel");
        assertThat(Normalizer.tokens("buffered")).containsExactly("buffer");
        assertThat(Normalizer.tokens("hangs")).containsExactly("hang");
    }

    @Test
    void unbufferedIsNotBuffered() {
        assertThat(Normalizer.tokens("unbuffered")).doesNotContain("buffer").hasSize(1);
        assertThat(Normalizer.tokens("unbuffered")).isEqualTo(Normalizer.tokens("unbuffer"));
    }

    @Test
    void missingIsNotMiss() {
        // "missing timeout" names an absent timeout, not a lost message.
        assertThat(Normalizer.tokens("missing")).isNotEqualTo(Normalizer.tokens("missed"));
    }

    @Test
    void correctsCommonMisspellings() {
        assertThat(Normalizer.tokens("deadlin timout recieve gorutine cancle"))
                .isEqualTo(Normalizer.tokens("deadline timeout receive goroutine cancel"));
        assertThat(Normalizer.plain("no timout")).isEqualTo("no timeout");
    }

    @Test
    void swappedLettersInGradedTermsAreCorrected() {
        assertThat(Normalizer.plain("Drian ignroes the ctx, the tikcer leaks"))
                .isEqualTo("drain ignores the ctx the ticker leaks");
        assertThat(Normalizer.tokens("it never chekcs, alwasy nil")).isEqualTo(Normalizer.tokens("it never checks, always nil"));
    }

    @Test
    void englishWordsOneSwapFromATermAreLeftAlone() {
        // lots/lost, exist/exits, buys/busy: real words, so not typos.
        assertThat(Normalizer.plain("lots of buys may exist")).isEqualTo("lots of buys may exist");
        assertThat(Normalizer.plain("form a trial")).isEqualTo("form a trial");
    }

    @Test
    void correctlySpelledTermsAndShortWordsAreNotCorrected() {
        assertThat(Normalizer.plain("drain ticker wait stop lost last exits")).isEqualTo("drain ticker wait stop lost last exits");
        assertThat(Normalizer.plain("tcx gw")).isEqualTo("tcx gw");
    }

    @Test
    void noteTakingShorthandIsSpelledOut() {
        assertThat(Normalizer.plain("chan w/o buffer")).isEqualTo("chan without buffer");
        assertThat(Normalizer.plain("W/out a timeout")).isEqualTo("without a timeout");
        assertThat(Normalizer.plain("a chan w/ cap 0")).isEqualTo("a chan with cap 0");
        assertThat(Normalizer.plain("lost b/c nobody reads")).isEqualTo("lost because nobody reads");
        assertThat(Normalizer.plain("i/o on /w/o/x")).isEqualTo("i o on w o x");
    }

    @Test
    void leavesNumbersAndShortWordsAlone() {
        assertThat(Normalizer.tokens("25*time.Second its ctx")).containsExactly("25", "time", "second", "its", "ctx");
    }

    @Test
    void dropsArticlesFromTokensOnly() {
        assertThat(Normalizer.tokens("without a timeout")).isEqualTo(Normalizer.tokens("without any timeout"));
        assertThat(Normalizer.plain("without a timeout")).isEqualTo("without a timeout");
    }

    @Test
    void hyphensSplitWords() {
        assertThat(Normalizer.plain("at-least-once package-level")).isEqualTo("at least once package level");
    }

    private static void assertSameStem(String base, String... forms) {
        for (String form : forms) {
            assertThat(Normalizer.tokens(form)).as(form).isEqualTo(Normalizer.tokens(base));
        }
    }
}
