package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of command-line mistake, each answered in one plain line on stderr with exit code 2. */
class UsageErrorsTest {

    private static final String VALID = "src/test/resources/packs/valid";

    @TempDir
    Path data;

    /** The one line drainhunt printed on stderr for {@code args}, after checking it exited 2 and printed nothing else. */
    private String error(String... args) {
        Cli.Result r = new Cli().env("DRAINHUNT_HOME", data.toString()).run(args);
        assertThat(r.exitCode()).as("exit code").isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        return r.err().strip();
    }

    @Test
    void anUnknownCommandSuggestsTheClosestOne() {
        assertThat(error("lsit")).isEqualTo("drainhunt: unknown command \"lsit\" — did you mean \"list\"?");
        assertThat(error("--no-color", "shwo", "1")).isEqualTo("drainhunt: unknown command \"shwo\" — did you mean \"show\"?");
        assertThat(error("frobnicate")).isEqualTo("drainhunt: unknown command \"frobnicate\" (drainhunt help lists the commands)");
        assertThat(error("3")).isEqualTo("drainhunt: unknown command \"3\" — to practise exercise 3: drainhunt practice 3");
    }

    @Test
    void aTypoBeforeACommandIsReportedAsTheUnknownCommandItIs() {
        assertThat(error("hlep", "show")).isEqualTo("drainhunt: unknown command \"hlep\" — did you mean \"help\"?");
        assertThat(error("lsit", "show")).isEqualTo("drainhunt: unknown command \"lsit\" — did you mean \"list\"?");
        assertThat(error("foo", "reveal")).isEqualTo("drainhunt: unknown command \"foo\" (drainhunt help lists the commands)");
        assertThat(error("--data-dir", data.toString(), "shwo", "reset"))
                .isEqualTo("drainhunt: unknown command \"shwo\" — did you mean \"show\"?");
        assertThat(error("--no-color", "show")).as("a root option is no command")
                .isEqualTo("drainhunt: show needs an exercise id; e.g. drainhunt show 3");
    }

    @Test
    void anUnknownOptionNamesItsCommandAndTheClosestOption() {
        assertThat(error("list", "--tga", "signals"))
                .isEqualTo("drainhunt: unknown option \"--tga\" for \"list\" — did you mean \"--tag\"?");
        assertThat(error("practice", "--shufle")).isEqualTo(
                "drainhunt: unknown option \"--shufle\" for \"practice\" — did you mean \"--shuffle\"?");
        assertThat(error("list", "--difficulty=hard", "--jsno")).endsWith("did you mean \"--json\"?");
        assertThat(error("show", "--zzzzzz", "1"))
                .isEqualTo("drainhunt: unknown option \"--zzzzzz\" for \"show\" (see drainhunt show --help)");
        assertThat(error("--bogus")).isEqualTo("drainhunt: unknown option \"--bogus\" (see drainhunt --help)");
    }

    @Test
    void aMissingArgumentSaysWhatToGiveWithAnExample() {
        assertThat(error("reset")).isEqualTo("drainhunt: reset needs an exercise id or --all; e.g. drainhunt reset 3");
        assertThat(error("show")).isEqualTo("drainhunt: show needs an exercise id; e.g. drainhunt show 3");
        assertThat(error("completion")).isEqualTo("drainhunt: completion needs a shell (bash, zsh, fish); "
                + "e.g. drainhunt completion bash > ~/.drainhunt.bash");
        assertThat(error("list", "--tag")).isEqualTo("drainhunt: --tag needs a value (TAG); e.g. drainhunt list --tag signals");
        assertThat(error("--data-dir")).isEqualTo("drainhunt: --data-dir needs a value (DIR)");
    }

    @Test
    void anExtraArgumentSaysWhatTheCommandTakes() {
        assertThat(error("show", "1", "2")).isEqualTo(
                "drainhunt: unexpected argument \"2\" for \"show\": it takes only an exercise id; e.g. drainhunt show 3");
        assertThat(error("list", "extra")).isEqualTo(
                "drainhunt: unexpected argument \"extra\" for \"list\": it takes options only; e.g. drainhunt list --tag signals");
    }

    @Test
    void aBadValueListsTheChoicesInTheCaseUsersType() {
        assertThat(error("list", "--difficulty", "x"))
                .isEqualTo("drainhunt: invalid value \"x\" for --difficulty: expected one of easy, medium, hard");
        assertThat(error("list", "--difficulty", "meduim")).endsWith("expected one of easy, medium, hard — did you mean \"medium\"?");
        assertThat(error("export", "--format", "xml"))
                .isEqualTo("drainhunt: invalid value \"xml\" for --format: expected one of json, csv, markdown");
        assertThat(error("report", "--format", "pdf", "a.json"))
                .isEqualTo("drainhunt: invalid value \"pdf\" for --format: expected one of text, markdown, html");
        assertThat(error("completion", "tcsh"))
                .isEqualTo("drainhunt: invalid value \"tcsh\" for SHELL: expected one of bash, zsh, fish");
        assertThat(error("hint", "1", "--level", "two"))
                .isEqualTo("drainhunt: invalid value \"two\" for --level: expected a whole number");
    }

    @Test
    void enumValuesAreStillAcceptedInAnyCase() {
        Cli.Result r = new Cli().env("DRAINHUNT_HOME", data.toString()).run("--exercises", VALID, "list", "--difficulty", "EASY");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("first").doesNotContain("second");
    }

    @Test
    void optionsGivenTwiceOrArgumentsThatExcludeEachOtherAreNamed() {
        assertThat(error("hint", "1", "-l", "1", "--level", "2"))
                .isEqualTo("drainhunt: --level was given more than once: give it once");
        assertThat(error("reset", "3", "--all")).isEqualTo("drainhunt: reset takes an exercise id or --all, not both");
    }

    @Test
    void noMessageUsesTheParsersWords() {
        String[][] mistakes = {{"lsit"}, {"list", "extra"}, {"show", "1", "2"}, {"reset"}, {"reset", "1", "--all"},
            {"list", "--difficulty", "x"}, {"hint", "1", "-l", "1", "-l", "2"}, {"show"}, {"--data-dir"}};
        for (String[] args : mistakes) {
            assertThat(error(args)).doesNotContain("Unmatched", "index", "specify one of these", "Error:", "[",
                    "mutually exclusive", "'");
        }
    }

    @Test
    void aMistypedTagSuggestsTheClosestForEveryCommandThatFilters() {
        assertThat(error("--exercises", VALID, "list", "--tag", "sginals"))
                .isEqualTo("drainhunt: no exercise has the tag \"sginals\" — did you mean \"signals\"?");
        assertThat(error("--exercises", VALID, "practice", "--tag", "sginals"))
                .isEqualTo("drainhunt: no exercise has the tag \"sginals\" — did you mean \"signals\"?");
        assertThat(error("--exercises", VALID, "practice", "--tag", "xyz"))
                .isEqualTo("drainhunt: no exercise has the tag \"xyz\" (the tags: signals, http, context)");
    }

    @Test
    void aKnownTagThatMatchesNothingHereIsNoError() {
        Cli.Result r = new Cli().env("DRAINHUNT_HOME", data.toString())
                .run("--exercises", VALID, "list", "--tag", "http", "--difficulty", "easy");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("no exercises match tag \"http\" difficulty easy");
    }

    @Test
    void anAmbiguousIdListsEveryExerciseItBegins() {
        String both = "— did you mean \"pool-drain-wait\" or \"pool-submit-drain\"?";
        assertThat(error("show", "pool")).isEqualTo("drainhunt: no exercise \"pool\" " + both);
        assertThat(error("hint", "pool")).endsWith(both);
        assertThat(error("practice", "pool")).endsWith(both);
        assertThat(error("reset", "pool", "--yes")).endsWith(both);
    }
}
