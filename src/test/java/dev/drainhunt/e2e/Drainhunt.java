package dev.drainhunt.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the built jar as a separate process, the way a user's shell would. */
final class Drainhunt {

    record Result(int exitCode, String out, String err) {
    }

    static Path jar() {
        String configured = System.getProperty("drainhunt.jar");
        Path jar = Path.of(configured != null ? configured : "target/drainhunt.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no built jar at " + jar + "; run mvn package first");
        }
        return jar;
    }

    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";
    private final List<String> jvmOptions = new ArrayList<>();
    private String javaHome = System.getProperty("java.home");

    Drainhunt env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** A JVM option for this run, such as {@code -Xmx64m}. */
    Drainhunt jvm(String option) {
        jvmOptions.add(option);
        return this;
    }

    /** The JDK to run on, the one running the tests unless a test says otherwise. */
    Drainhunt java(String home) {
        javaHome = home;
        return this;
    }

    Drainhunt stdin(String text) {
        stdin = text;
        return this;
    }

    Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(javaHome, "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("NO_COLOR");
        pb.environment().remove("COLUMNS");
        pb.environment().remove("DRAINHUNT_EXERCISES");
        // No config file unless a test writes one: the developer's own must not change what a test sees.
        pb.environment().put("XDG_CONFIG_HOME", "/nonexistent/drainhunt-test-config");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("drainhunt-out", ".txt");
        Path err = Files.createTempFile("drainhunt-err", ".txt");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process process = pb.start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("drainhunt " + String.join(" ", args) + " did not finish in 60 s");
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
