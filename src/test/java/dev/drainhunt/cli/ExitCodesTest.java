package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.progress.ProgressException;
import dev.drainhunt.terminal.Environment;
import dev.drainhunt.terminal.Prompt;
import dev.drainhunt.terminal.TerminalFailure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every exit code the README documents, each pinned by the situation that produces it. */
class ExitCodesTest {

    private static final String VALID = "src/test/resources/packs/valid";

    @TempDir
    Path data;

    private Cli cli() {
        return new Cli().env("DRAINHUNT_HOME", data.toString());
    }

    @Test
    void okIs0WhateverTheVerdict() {
        assertThat(cli().run("--exercises", VALID, "check", "1", "-d", "no idea").exitCode()).isEqualTo(0);
    }

    @Test
    void aFailedCheckIs1() {
        assertThat(cli().run("validate", "src/test/resources/packs/broken").exitCode()).isEqualTo(1);
    }

    @Test
    void usageIs2() {
        assertThat(cli().run("--exercises", VALID, "show", "nope").exitCode()).isEqualTo(2);
        assertThat(cli().run("list", "--bogus").exitCode()).isEqualTo(2);
    }

    @Test
    void unusableDataIs3() throws Exception {
        Path file = Files.writeString(data.resolve("not-a-dir"), "x");
        Cli.Result r = new Cli().run("--exercises", VALID, "--data-dir", file.toString(), "hint", "1");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void aMissingToolIs4InOneLine() {
        Cli.Result r = cli().env("PATH", data.resolve("no-go-here").toString()).run("run", "3");
        assertThat(r.exitCode()).isEqualTo(4).isEqualTo(ExitCode.TOOL_MISSING);
        assertThat(r.err().lines()).singleElement().asString().contains("no Go was found", "go.dev");
    }

    @Test
    void progressAndEnvironmentFailuresMapToTheirCodesInOnePlace() {
        assertThat(Main.exitCode(new ProgressException("cannot read progress"))).hasValue(ExitCode.DATA);
        assertThat(Main.exitCode(new TerminalFailure("cannot open the terminal", new IOException("no tty"))))
                .hasValue(ExitCode.FAILED);
        assertThat(Main.exitCode(UserError.usage("bad"))).hasValue(ExitCode.USAGE);
        assertThat(Main.exitCode(new IllegalStateException("a bug"))).isEmpty();
    }

    /** An app on the test pack whose session output lands in {@code out}. */
    private App app(StringWriter out) {
        Environment env = new Environment(Map.of("COLUMNS", "80", "DRAINHUNT_HOME", data.toString()), false, false);
        DrainhuntCommand root = new DrainhuntCommand(env, new ByteArrayInputStream(new byte[0]));
        root.exercisesDir.set(Path.of(VALID));
        return new App(root, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    }

    @Test
    void twoCtrlCsInARowAre130AfterTheSummary() {
        StringWriter out = new StringWriter();
        App app = app(out);
        Prompt keys = new ScriptedPrompt(new Prompt.Input.Interrupted(), new Prompt.Input.Interrupted());
        assertThat(app.practice(app.pack().exercises(), new LayoutOptions(), keys)).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(out.toString()).contains("Ctrl-C again or Ctrl-D to leave", "Session summary");
    }

    @Test
    void oneCtrlCThenTypingKeepsTheSessionGoing() {
        App app = app(new StringWriter());
        Prompt keys = new ScriptedPrompt(new Prompt.Input.Interrupted(), new Prompt.Input.Line(":code"),
                new Prompt.Input.Interrupted(), new Prompt.Input.End());
        assertThat(app.practice(app.pack().exercises(), new LayoutOptions(), keys)).isEqualTo(ExitCode.OK);
    }

    /** Replays a fixed list of inputs, then ends. */
    private static final class ScriptedPrompt implements Prompt {
        private final Deque<Input> inputs;

        ScriptedPrompt(Input... inputs) {
            this.inputs = new ArrayDeque<>(List.of(inputs));
        }

        @Override
        public Input readLine(String prompt) {
            return inputs.isEmpty() ? new Input.End() : inputs.poll();
        }

        @Override
        public Input readKey(String prompt) {
            return readLine(prompt);
        }

        @Override
        public int width() {
            return 80;
        }

        @Override
        public void close() {
        }
    }
}
