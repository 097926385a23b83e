package dev.drainhunt.cli;

import dev.drainhunt.terminal.Environment;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** Runs drainhunt in-process with captured output and a described environment. */
final class Cli {

    record Result(int exitCode, String out, String err) {
    }

    /** No config file unless a test writes one: the developer's own must not change what a test sees. */
    private final Map<String, String> variables = new HashMap<>(Map.of("COLUMNS", "100",
            "XDG_CONFIG_HOME", "/nonexistent/drainhunt-test-config"));
    private boolean terminal;
    private String stdin = "";

    Cli env(String name, String value) {
        variables.put(name, value);
        return this;
    }

    /** As if stdout were a terminal (colours allowed unless switched off). */
    Cli terminal() {
        terminal = true;
        return this;
    }

    /** What the command reads from standard input. */
    Cli stdin(String text) {
        stdin = text;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine(new DrainhuntCommand(new Environment(variables, terminal, false),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))), args);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
