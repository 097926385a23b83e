package dev.drainhunt.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.progress.ListedExercise;
import dev.drainhunt.render.ExerciseListView;
import dev.drainhunt.terminal.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The list's keys: moving, scrolling, filtering, picking, resetting with a confirmation, and going back. */
class ExerciseListTest {

    private static final List<ListedExercise> ITEMS = List.of(
            item(1, "signal-notify-shutdown", "An upload server", "easy", "new", "signals", "http"),
            item(2, "notifycontext-drain", "A report API", "easy", "solved", "signals", "context"),
            item(3, "pool-drain-wait", "A worker pool's Drain method", "easy", "attempted", "worker-pool"),
            item(4, "pool-submit-drain", "A non-blocking job queue", "hard", "new", "worker-pool", "channels"),
            item(5, "kafka-commit-before-process", "A Kafka consumer loop", "medium", "new", "kafka"));

    static ListedExercise item(int number, String id, String title, String level, String status, String... tags) {
        return new ListedExercise(number, id, title, level, List.of(tags), status, null);
    }

    private static List<ListedExercise> many(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> item(i, "exercise-" + i, "Title " + i, "easy", "new"))
                .toList();
    }

    private final ExerciseList list = new ExerciseList(ITEMS, "pool-drain-wait");

    private ExerciseList.Action type(ExerciseList on, String keys) {
        ExerciseList.Action last = null;
        for (char c : keys.toCharArray()) {
            last = on.handle(Key.typed(String.valueOf(c)));
        }
        return last;
    }

    private String selected(ExerciseList on) {
        ExerciseListView.Model model = on.view();
        return model.cursor() < 0 ? null : model.matched().get(model.cursor()).id();
    }

    private static List<String> ids(ExerciseListView.Model model) {
        return model.matched().stream().map(ListedExercise::id).toList();
    }

    @Test
    void opensOnTheExerciseTheLearnerIsOn() {
        assertThat(selected(list)).isEqualTo("pool-drain-wait");
        assertThat(list.view().currentId()).isEqualTo("pool-drain-wait");
    }

    @Test
    void opensOnTheFirstWhenTheLearnerIsOnNone() {
        assertThat(selected(new ExerciseList(ITEMS, null))).isEqualTo("signal-notify-shutdown");
    }

    @Test
    void arrowsAndJKMoveAndStopAtTheEnds() {
        list.handle(Key.DOWN);
        assertThat(selected(list)).isEqualTo("pool-submit-drain");
        type(list, "j");
        type(list, "j");
        assertThat(selected(list)).isEqualTo("kafka-commit-before-process");
        type(list, "kkkkkkk");
        assertThat(selected(list)).isEqualTo("signal-notify-shutdown");
        list.handle(Key.UP);
        assertThat(selected(list)).isEqualTo("signal-notify-shutdown");
    }

    @Test
    void homeEndAndGJumpToTheEnds() {
        list.handle(Key.END);
        assertThat(selected(list)).isEqualTo("kafka-commit-before-process");
        list.handle(Key.HOME);
        assertThat(selected(list)).isEqualTo("signal-notify-shutdown");
        type(list, "G");
        assertThat(selected(list)).isEqualTo("kafka-commit-before-process");
        type(list, "g");
        assertThat(selected(list)).isEqualTo("signal-notify-shutdown");
    }

    @Test
    void enterPicksTheSelectedExercise() {
        list.handle(Key.DOWN);
        assertThat(list.handle(Key.ENTER)).isEqualTo(new ExerciseList.Action.Jump("pool-submit-drain"));
    }

    @Test
    void qEscapeCtrlCAndCtrlDGoBack() {
        assertThat(type(list, "q")).isInstanceOf(ExerciseList.Action.Back.class);
        assertThat(list.handle(Key.ESCAPE)).isInstanceOf(ExerciseList.Action.Back.class);
        assertThat(list.handle(Key.INTERRUPT)).isInstanceOf(ExerciseList.Action.Back.class);
        assertThat(list.handle(Key.END_OF_INPUT)).isInstanceOf(ExerciseList.Action.Back.class);
    }

    @Test
    void theListScrollsToKeepTheSelectionOnScreenMovingAsLittleAsPossible() {
        ExerciseList long_ = new ExerciseList(many(30), null);
        long_.page(10);
        assertThat(long_.view().offset()).isZero();
        for (int i = 0; i < 9; i++) {
            long_.handle(Key.DOWN);
        }
        assertThat(long_.view().offset()).isZero();
        long_.handle(Key.DOWN);
        assertThat(long_.view().cursor()).isEqualTo(10);
        assertThat(long_.view().offset()).isEqualTo(1);
        long_.handle(Key.PAGE_DOWN);
        assertThat(long_.view().cursor()).isEqualTo(20);
        assertThat(long_.view().offset()).isEqualTo(11);
        long_.handle(Key.END);
        assertThat(long_.view().offset()).isEqualTo(20);
        long_.handle(Key.PAGE_UP);
        assertThat(long_.view().cursor()).isEqualTo(19);
        assertThat(long_.view().offset()).isEqualTo(19);
        long_.handle(Key.HOME);
        assertThat(long_.view().offset()).isZero();
    }

    @Test
    void aLargerScreenShowsMoreAndNeverScrollsPastTheEnd() {
        ExerciseList long_ = new ExerciseList(many(30), "exercise-30");
        long_.page(10);
        assertThat(long_.view().offset()).isEqualTo(20);
        long_.page(25);
        assertThat(long_.view().offset()).isEqualTo(5);
        long_.page(40);
        assertThat(long_.view().offset()).isZero();
    }

    @Test
    void slashStartsAFilterThatMatchesIdTitleTagsLevelAndStatus() {
        type(list, "/drain");
        ExerciseListView.Model model = list.view();
        assertThat(model.typing()).isTrue();
        assertThat(model.filter()).isEqualTo("drain");
        assertThat(ids(model)).containsExactly("notifycontext-drain", "pool-drain-wait", "pool-submit-drain");
        list.handle(Key.CLEAR_LINE);
        assertThat(ids(list.view())).hasSize(5);
        type(list, "kafka");
        assertThat(ids(list.view())).containsExactly("kafka-commit-before-process");
        list.handle(Key.CLEAR_LINE);
        type(list, "worker-pool");
        assertThat(ids(list.view())).containsExactly("pool-drain-wait", "pool-submit-drain");
        list.handle(Key.CLEAR_LINE);
        type(list, "HARD");
        assertThat(ids(list.view())).containsExactly("pool-submit-drain");
        list.handle(Key.CLEAR_LINE);
        type(list, "solved");
        assertThat(ids(list.view())).containsExactly("notifycontext-drain");
    }

    @Test
    void everyWordOfTheFilterMustMatch() {
        type(list, "/pool new");
        assertThat(ids(list.view())).containsExactly("pool-submit-drain");
    }

    @Test
    void whileTypingJKRAndQAreFilterTextNotCommands() {
        type(list, "/");
        assertThat(type(list, "q")).isInstanceOf(ExerciseList.Action.Stay.class);
        type(list, "jkr");
        assertThat(list.view().filter()).isEqualTo("qjkr");
        assertThat(list.view().question()).isNull();
    }

    @Test
    void aNewFilterSelectsItsFirstMatchSoTypingAndEnterPicksIt() {
        type(list, "/kafka");
        assertThat(list.handle(Key.ENTER)).isEqualTo(new ExerciseList.Action.Jump("kafka-commit-before-process"));
    }

    @Test
    void arrowsMoveWhileTyping() {
        type(list, "/pool");
        list.handle(Key.DOWN);
        assertThat(list.view().typing()).isTrue();
        assertThat(list.handle(Key.ENTER)).isEqualTo(new ExerciseList.Action.Jump("pool-submit-drain"));
    }

    @Test
    void aDigitFindsAnExerciseByItsNumber() {
        type(list, "4");
        assertThat(list.view().typing()).isTrue();
        assertThat(ids(list.view())).containsExactly("pool-submit-drain");
        assertThat(list.handle(Key.ENTER)).isEqualTo(new ExerciseList.Action.Jump("pool-submit-drain"));
    }

    @Test
    void backspaceErasesAndOnAnEmptyFilterStopsTyping() {
        type(list, "/po");
        list.handle(Key.BACKSPACE);
        assertThat(list.view().filter()).isEqualTo("p");
        list.handle(Key.BACKSPACE);
        assertThat(list.view().filter()).isEmpty();
        assertThat(list.view().typing()).isTrue();
        list.handle(Key.BACKSPACE);
        assertThat(list.view().typing()).isFalse();
    }

    @Test
    void escapeStepsBackOneLevelTypingThenTheFilterThenTheList() {
        type(list, "/pool");
        list.handle(Key.DOWN);
        assertThat(list.handle(Key.ESCAPE)).isInstanceOf(ExerciseList.Action.Stay.class);
        assertThat(list.view().typing()).isFalse();
        assertThat(list.view().filter()).isEqualTo("pool");
        // With the filter kept, the keys are commands again.
        type(list, "k");
        assertThat(selected(list)).isEqualTo("pool-drain-wait");
        list.handle(Key.DOWN);
        assertThat(list.handle(Key.ESCAPE)).isInstanceOf(ExerciseList.Action.Stay.class);
        assertThat(list.view().filter()).isEmpty();
        assertThat(list.view().matched()).hasSize(5);
        // Clearing the filter keeps the selection where it was.
        assertThat(selected(list)).isEqualTo("pool-submit-drain");
        assertThat(list.handle(Key.ESCAPE)).isInstanceOf(ExerciseList.Action.Back.class);
    }

    @Test
    void aFilterThatMatchesNothingSelectsNothingAndEnterAndRDoNothing() {
        type(list, "/zzz");
        assertThat(list.view().matched()).isEmpty();
        assertThat(list.view().cursor()).isEqualTo(-1);
        assertThat(list.handle(Key.ENTER)).isInstanceOf(ExerciseList.Action.Stay.class);
        list.handle(Key.ESCAPE);
        type(list, "r");
        assertThat(list.view().question()).isNull();
        list.handle(Key.DOWN);
        assertThat(list.view().cursor()).isEqualTo(-1);
    }

    @Test
    void rAsksFirstAndOnlyYResets() {
        type(list, "r");
        assertThat(list.view().question()).isEqualTo("Forget your progress on exercise 3 (pool-drain-wait)?");
        assertThat(type(list, "y")).isEqualTo(new ExerciseList.Action.Reset("pool-drain-wait"));
        assertThat(list.view().question()).isNull();
    }

    @Test
    void anythingButYAtTheQuestionResetsNothingAndSaysSo() {
        for (Key no : List.of(Key.typed("n"), Key.ENTER, Key.ESCAPE, Key.typed("q"), Key.INTERRUPT)) {
            type(list, "r");
            assertThat(list.handle(no)).isInstanceOf(ExerciseList.Action.Stay.class);
            assertThat(list.view().question()).isNull();
            assertThat(list.view().note()).isEqualTo("Nothing reset.");
        }
        // The note lasts until the next key.
        list.handle(Key.DOWN);
        assertThat(list.view().note()).isNull();
    }

    @Test
    void newProgressAfterAResetKeepsTheFilterAndTheSelection() {
        type(list, "/pool");
        list.handle(Key.ESCAPE);
        list.handle(Key.DOWN);
        List<ListedExercise> fresh = new ArrayList<>(ITEMS);
        fresh.set(3, item(4, "pool-submit-drain", "A non-blocking job queue", "hard", "attempted", "worker-pool"));
        list.replace(fresh);
        list.note("Forgot your progress on exercise 4.");
        ExerciseListView.Model model = list.view();
        assertThat(model.filter()).isEqualTo("pool");
        assertThat(model.matched().get(model.cursor()).status()).isEqualTo("attempted");
        assertThat(model.note()).isEqualTo("Forgot your progress on exercise 4.");
    }

    @Test
    void keysWithNoMeaningChangeNothing() {
        ExerciseListView.Model before = list.view();
        list.handle(Key.OTHER);
        type(list, "x");
        assertThat(list.view()).isEqualTo(before);
    }

    @Test
    void anEmptyListSelectsNothingAndStillGoesBack() {
        ExerciseList empty = new ExerciseList(List.of(), null);
        assertThat(empty.view().cursor()).isEqualTo(-1);
        assertThat(empty.handle(Key.ENTER)).isInstanceOf(ExerciseList.Action.Stay.class);
        assertThat(empty.handle(Key.DOWN)).isInstanceOf(ExerciseList.Action.Stay.class);
        assertThat(type(empty, "q")).isInstanceOf(ExerciseList.Action.Back.class);
    }

    @Test
    void filterMatchingIgnoresCaseAndDoesNotTakeANumberForAPartOfAnother() {
        ListedExercise twelve = item(12, "unbounded-shutdown-fatal", "An order API", "easy", "new");
        assertThat(ExerciseList.matches(twelve, "12")).isTrue();
        assertThat(ExerciseList.matches(twelve, "1")).isFalse();
        assertThat(ExerciseList.matches(twelve, "order")).isTrue();
    }
}
