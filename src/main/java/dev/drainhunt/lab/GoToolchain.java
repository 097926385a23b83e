package dev.drainhunt.lab;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Go toolchain on this machine: the {@code go} binary and the version it reports.
 *
 * @param version as {@code go env GOVERSION} prints it, e.g. {@code go1.19.8}
 */
public record GoToolchain(Path go, String version) {

    /** The oldest Go the pack's harnesses are written for. */
    public static final String MINIMUM = "1.19";
    /** What to tell someone without Go. */
    public static final String HOW_TO_GET = "install Go " + MINIMUM + " or newer (apt-get install golang-go, or "
            + "https://go.dev/dl) and put go on PATH, or set DRAINHUNT_GO to the go binary";

    private static final Pattern VERSION = Pattern.compile("go(\\d+)\\.(\\d+)");

    /** {@code 1.19} from {@code go1.19.8}. */
    public String languageVersion() {
        Matcher m = VERSION.matcher(version);
        return m.find() ? m.group(1) + "." + m.group(2) : version;
    }

    /** Whether this toolchain is at least {@code minimum} ({@code "1.19"}). */
    public boolean atLeast(String minimum) {
        return compare(languageVersion(), minimum) >= 0;
    }

    /** The toolchain to run the lab with: $DRAINHUNT_GO, else {@code go} on $PATH. */
    public static Optional<GoToolchain> find(Function<String, Optional<String>> env) {
        Optional<Path> explicit = env.apply("DRAINHUNT_GO").filter(s -> !s.isBlank()).map(Path::of);
        return explicit.or(() -> onPath(env)).flatMap(GoToolchain::probe);
    }

    /**
     * Every toolchain found: the one {@link #find} picks, then Debian's side-by-side installs
     * ({@code /usr/lib/go-1.N/bin/go}), one per version. The tests run the harnesses with each.
     */
    public static List<GoToolchain> installed(Function<String, Optional<String>> env) {
        Map<String, GoToolchain> byVersion = new LinkedHashMap<>();
        find(env).ifPresent(g -> byVersion.put(g.languageVersion(), g));
        List<Path> side = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("/usr/lib"))) {
            dirs.filter(d -> d.getFileName().toString().startsWith("go-")).sorted()
                    .map(d -> d.resolve("bin").resolve("go")).filter(Files::isExecutable).forEach(side::add);
        } catch (IOException e) {
            // Not Debian's layout: only the toolchain on PATH then.
        }
        for (Path go : side) {
            probe(go).ifPresent(g -> byVersion.putIfAbsent(g.languageVersion(), g));
        }
        return List.copyOf(byVersion.values());
    }

    private static Optional<Path> onPath(Function<String, Optional<String>> env) {
        return env.apply("PATH").stream().flatMap(p -> Stream.of(p.split(File.pathSeparator)))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "go"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Asks the binary its version; empty when it is not a working go. */
    static Optional<GoToolchain> probe(Path go) {
        if (!Files.isExecutable(go)) {
            return Optional.empty();
        }
        try {
            Process p = new ProcessBuilder(go.toString(), "env", "GOVERSION").redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0 || !VERSION.matcher(out).lookingAt()) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(new GoToolchain(go.toAbsolutePath(), out));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Compares Go language versions such as {@code 1.9} and {@code 1.19} by number. */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int xi = i < x.length ? parse(x[i]) : 0;
            int yi = i < y.length ? parse(y[i]) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
