package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated bash script, sourced in a real bash and asked for completions as bash would ask. */
class CompletionCommandTest {

    @TempDir
    static Path dir;

    private static Path script;

    @BeforeAll
    static void generate() throws IOException {
        Cli.Result r = new Cli().run("completion", "bash");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        script = Files.writeString(dir.resolve("drainhunt.bash"), r.out());
    }

    @Test
    void completesACommandFromItsFirstLetters() throws Exception {
        assertThat(complete("drainhunt pra")).containsExactly("practice");
        assertThat(complete("drainhunt ")).contains("practice", "list", "show", "validate", "completion", "install");
    }

    @Test
    void completesExerciseIdsAndNumbersForShow() throws Exception {
        assertThat(complete("drainhunt show sig")).containsExactly("signal-notify-shutdown");
        assertThat(complete("drainhunt show drain")).containsExactlyInAnyOrder("drain-loop-capture",
                "drain-ignores-context");
        assertThat(complete("drainhunt show 2")).containsExactlyInAnyOrder("2", "20");
    }

    @Test
    void completesEveryExerciseOfPractice() throws Exception {
        assertThat(complete("drainhunt practice 3 pool")).containsExactlyInAnyOrder("pool-drain-wait",
                "pool-submit-drain");
    }

    @Test
    void completesOptionsIncludingTheGlobalOnes() throws Exception {
        assertThat(complete("drainhunt list --j")).containsExactly("--json");
        assertThat(complete("drainhunt show --no")).containsExactly("--no-color");
        assertThat(complete("drainhunt --no-color show si")).containsExactly("signal-notify-shutdown");
    }

    @Test
    void completesTheShells() throws Exception {
        assertThat(complete("drainhunt completion ")).containsExactly("bash", "zsh", "fish");
    }

    @Test
    void completesTagsForTag() throws Exception {
        assertThat(complete("drainhunt list --tag sig")).containsExactly("signals");
        assertThat(complete("drainhunt practice --tag worker")).containsExactly("worker-pool");
    }

    @Test
    void exerciseIdsAndTagsComeFromThePackStudiedNotAlwaysTheBundledOne() throws Exception {
        Cli.Result r = new Cli().env("DRAINHUNT_EXERCISES", "src/test/resources/packs/valid").run("completion", "bash");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path custom = Files.writeString(dir.resolve("custom.bash"), r.out());
        assertThat(complete(custom, "drainhunt show ")).containsExactlyInAnyOrder("1", "2", "first", "second");
        assertThat(complete("drainhunt show ")).as("the bundled script is unchanged").contains("pool-drain-wait");
    }

    @Test
    void zshGetsANativeCompletionFunctionNotBashEmulation() {
        Cli.Result r = new Cli().run("completion", "zsh");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("#compdef drainhunt\n").contains("_arguments").contains("_describe")
                .contains("'signal-notify-shutdown:An upload server that stops on SIGTERM'")
                .contains("compdef _drainhunt drainhunt").doesNotContain("bashcompinit").doesNotContain("complete -F");
    }

    @Test
    void fishGetsCompleteLinesForCommandsOptionsExercisesAndTags() {
        Cli.Result r = new Cli().run("completion", "fish");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("complete -c drainhunt -n __drainhunt_needs_command -a list -d ")
                .contains("complete -c drainhunt -n '__fish_seen_subcommand_from list' -l tag -x -a 'signals ")
                .contains("complete -c drainhunt -n '__fish_seen_subcommand_from show' -a '(__drainhunt_exercises)'")
                .contains("printf '%s\\t%s\\n' pool-drain-wait 'A worker pool\\'s Drain method'");
    }

    @Test
    void textFromAPackCannotBreakOutOfTheScripts() {
        assertThat(FishCompletion.quote("it's \\ 'x'; rm -rf ~")).isEqualTo("'it\\'s \\\\ \\'x\\'; rm -rf ~'");
        assertThat(ZshCompletion.quote("it's $(rm)")).isEqualTo("'it'\\''s $(rm)'");
        assertThat(CompletionModel.safe("pool-drain-wait")).isTrue();
        assertThat(CompletionModel.safe("a b")).isFalse();
        assertThat(CompletionModel.safe("$(x)")).isFalse();
        assertThat(CompletionModel.summary(new String[] {"Title\u001b]0;x\u0007 with\nbreak"})).doesNotContain("\u001b")
                .doesNotContain("\n").doesNotContain("\u0007");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        Cli.Result r = new Cli().run("completion", "tcsh");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().lines()).hasSize(1).first().asString().contains("tcsh").contains("bash, zsh, fish");
    }

    @Test
    void anUnknownExerciseIsStillReportedByTheCommand() {
        Cli.Result r = new Cli().run("show", "signal-notify-shutdwon");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("drainhunt: no exercise \"signal-notify-shutdwon\" — did you mean "
                + "\"signal-notify-shutdown\"?\n");
    }

    /** What bash offers for {@code line}, the cursor at its end (a trailing space starts a new word). */
    private static List<String> complete(String line) throws IOException, InterruptedException {
        return complete(script, line);
    }

    private static List<String> complete(Path script, String line) throws IOException, InterruptedException {
        String asBash = """
                source "$1"
                COMP_LINE="$2"
                COMP_POINT=${#COMP_LINE}
                read -ra COMP_WORDS <<< "$2"
                [[ "$2" == *" " ]] && COMP_WORDS+=("")
                COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
                _complete_drainhunt
                printf '%s\\n' "${COMPREPLY[@]}"
                """;
        Process bash = new ProcessBuilder("bash", "-c", asBash, "bash", script.toString(), line)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as("bash exit code for %s", line).isZero();
        return out.lines().filter(s -> !s.isEmpty()).toList();
    }
}
