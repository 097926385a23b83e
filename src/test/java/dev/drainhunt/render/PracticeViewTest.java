package dev.drainhunt.render;

import dev.drainhunt.text.Glyphs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.PackValidator;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class PracticeViewTest {

    private static final Pack PACK = new Catalog(new PackValidator(concept -> Optional.empty())).loadBundled()
            .pack().orElseThrow();
    private static final Exercise FOURTH = PACK.exercises().get(3);

    private static List<String> text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).toList();
    }

    @Test
    void theSessionHeaderHasOneCounterAndTheExerciseIsNamedByNumberAndId() {
        List<String> screen = text(PracticeView.exercise(PACK, FOURTH,
                new PracticeView.Frame(1, 3, 0, null, PracticeView.ALL_CODE), 80, Glyphs.UNICODE));
        String all = String.join("\n", screen);
        assertThat(screen.get(1)).startsWith("[1/3]");
        assertThat(all).doesNotContain("Exercise 4/20", "4/20").contains("#4  " + FOURTH.title(),
                "id " + FOURTH.id());
    }

    @Test
    void theInstructionsNameEveryPromptCommandInTwoRowsAtEightyColumns() {
        List<String> screen = text(PracticeView.exercise(PACK, FOURTH,
                new PracticeView.Frame(1, 3, 0, null, PracticeView.ALL_CODE), 80, Glyphs.UNICODE));
        // Every row under the code is one the code does not get on an 80x24 screen.
        assertThat(screen.subList(screen.size() - 2, screen.size())).containsExactly(
                "Say what is wrong (Enter sends; end a line with \\ to go on), or give line",
                "numbers. :hint :lines N :code :skip :reveal :list :quit :help");
        assertThat(screen.get(screen.size() - 3)).isEmpty();
    }

    @Test
    void aReviewSaysSoUnderTheCounter() {
        List<String> screen = text(PracticeView.exercise(PACK, FOURTH,
                new PracticeView.Frame(1, 3, 0, "review · last seen 9 days ago · missed once", PracticeView.ALL_CODE),
                80, Glyphs.UNICODE));
        assertThat(screen.get(2)).isEqualTo("review · last seen 9 days ago · missed once");
        assertThat(screen.get(3)).startsWith("#4  ");
    }

    @Test
    void codeOverItsRowsEndsInAFooterThatNamesCode() {
        int all = PracticeView.codeRows(FOURTH, 80, Glyphs.UNICODE);
        PracticeView.Frame frame = new PracticeView.Frame(1, 1, 0, null, 10);
        List<String> screen = text(PracticeView.exercise(PACK, FOURTH, frame, 80, Glyphs.UNICODE));
        int chrome = PracticeView.chromeRows(PACK, FOURTH, frame, 80, Glyphs.UNICODE);
        assertThat(screen).hasSize(chrome + 10);
        // The import block folds onto its first row, so the 9 code rows reach past it.
        CodeHead.Head head = CodeHead.fit(FOURTH.buggy(), 80, 9, Glyphs.UNICODE);
        assertThat(head.folded()).isTrue();
        assertThat(screen).contains("… " + head.hiddenLines() + " more lines (imports folded) · :code shows all");
        assertThat(screen).containsSequence(head.rows().stream().map(AttributedString::toString).toList());
        assertThat(text(PracticeView.exercise(PACK, FOURTH, frame.withCodeRows(PracticeView.ALL_CODE), 80, Glyphs.UNICODE)))
                .hasSize(chrome + all).noneMatch(l -> l.contains(":code shows all"));
    }

    @Test
    void codeThatFitsIsShownAsTheCodeViewDrawsItColoursIncludedForEveryExercise() {
        for (Exercise exercise : PACK.exercises()) {
            for (int width : new int[] {40, 80, 120}) {
                List<AttributedString> code = ExerciseView.code(exercise, width, Glyphs.UNICODE);
                for (int rows : new int[] {PracticeView.ALL_CODE, code.size() + 1, code.size() + 30}) {
                    PracticeView.Frame frame = new PracticeView.Frame(1, 1, 0, null, rows);
                    List<AttributedString> screen = PracticeView.exercise(PACK, exercise, frame, width,
                            Glyphs.UNICODE);
                    int chrome = PracticeView.chromeRows(PACK, exercise, frame, width, Glyphs.UNICODE);
                    assertThat(screen).as("#%d at %d columns", exercise.number(), width)
                            .hasSize(chrome + code.size()).containsSequence(code);
                }
            }
        }
    }

    @Test
    void theCodeCommandShowsTheTitleAndEveryLine() {
        List<String> shown = text(PracticeView.code(FOURTH, 80, Glyphs.UNICODE));
        assertThat(shown).contains("#4  " + FOURTH.title());
        assertThat(shown).anyMatch(l -> l.startsWith(String.format("%3d │", FOURTH.buggy().size())));
    }

    @Test
    void theRecapSaysWhatWasFoundAndMissed() {
        assertThat(text(Recap.of(true, List.of("unbuffered signal channel", "close instead of shutdown"),
                List.of(), 1, 0, 80, Glyphs.UNICODE))).containsExactly("  ✔ Found at the first try: 2 of 2 key points.",
                "    found: unbuffered signal channel, close instead of shutdown");
        assertThat(text(Recap.of(false, List.of("a"), List.of("b"), 2, 1, 80, Glyphs.UNICODE))).containsExactly(
                "  ◐ Revealed after 2 answers and 1 hint: 1 of 2 key points named.", "    found: a · missed: b");
        assertThat(text(Recap.of(false, List.of(), List.of("b"), 0, 0, 80, Glyphs.UNICODE)))
                .containsExactly("  ✘ Revealed without an answer.");
    }

    @Test
    void aRecapWiderThanTheScreenIsWrappedBetweenWordsNotCut() {
        List<String> recap = text(Recap.of(true, List.of("unbuffered signal channel", "close instead of shutdown",
                "no drain"), List.of(), 1, 0, 60, Glyphs.UNICODE));
        assertThat(recap).containsExactly("  ✔ Found at the first try: 3 of 3 key points.",
                "    found: unbuffered signal channel, close instead of",
                "    shutdown, no drain");
        assertThat(recap).allSatisfy(l -> assertThat(l).hasSizeLessThan(60).doesNotContain("…"));
    }

    @Test
    void aLongHeadlineWrapsUnderItsText() {
        List<String> recap = text(Recap.of(false, List.of("a"), List.of("b"), 2, 1, 50, Glyphs.UNICODE));
        assertThat(recap).containsExactly("  ◐ Revealed after 2 answers and 1 hint: 1 of 2",
                "    key points named.", "    found: a · missed: b");
    }

    @Test
    void aNameWiderThanTheScreenIsSplitNotCut() {
        List<String> recap = text(Recap.of(true, List.of("x".repeat(200)), List.of(), 3, 2, 60, Glyphs.UNICODE));
        assertThat(String.join("", recap)).contains("x".repeat(50)).doesNotContain("…");
        assertThat(recap).allSatisfy(l -> assertThat(l.length()).isLessThan(60));
        assertThat(recap.stream().mapToLong(l -> l.chars().filter(c -> c == 'x').count()).sum()).isEqualTo(200);
    }

    @Test
    void theNextReviewSaysTheRatingHowFarAndTheDay() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 1);
        assertThat(PracticeView.nextReview("good", today.plusDays(3), today))
                .isEqualTo("good · next review in 3 days (Fri 4 Dec)");
        assertThat(PracticeView.nextReview("again", today.plusDays(1), today))
                .isEqualTo("again · next review tomorrow (Wed 2 Dec)");
        assertThat(PracticeView.nextReview("easy", today.plusDays(40), today))
                .isEqualTo("easy · next review in 40 days (Sun 10 Jan 2027)");
        assertThat(PracticeView.nextReview("good", null, today)).isEqualTo("good");
    }
}
