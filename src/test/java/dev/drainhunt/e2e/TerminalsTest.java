package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every terminal: a C locale, colours forced or refused, a dumb terminal's width, ids that are never cut. */
class TerminalsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path home;

    /** drainhunt under a C locale, whatever the machine running the tests has. */
    private Drainhunt inC() {
        return new Drainhunt().env("DRAINHUNT_HOME", home.toString()).env("LC_ALL", "").env("LC_CTYPE", "")
                .env("LANG", "C");
    }

    private static void assertAscii(String what, String text) {
        List<String> offending = text.lines().filter(l -> !l.matches("\\p{ASCII}*")).limit(3).toList();
        assertThat(offending).as(what + " prints only ASCII under LANG=C").isEmpty();
    }

    @Test
    void theMainCommandsPrintOnlyAsciiUnderACLocale() throws Exception {
        Drainhunt.Result practice = inC().stdin("wg.Wait has no timeout\n3\n").run("practice", "3");
        assertThat(practice.exitCode()).isZero();
        assertThat(practice.out()).contains("[ok] Correct.").contains("#3 >");
        assertAscii("practice (piped)", practice.out() + practice.err());
        for (String[] command : List.of(new String[] {"list"}, new String[] {"show", "3"},
                new String[] {"reveal", "3", "--yes"}, new String[] {"reveal", "3", "--yes", "--side-by-side"},
                new String[] {"progress"}, new String[] {"hint", "3"}, new String[] {"diff", "1"},
                new String[] {"check", "3", "--diagnosis", "wg.Wait has no timeout"}, new String[] {"show", "pol"})) {
            Drainhunt.Result r = inC().run(command);
            assertAscii(String.join(" ", command), r.out() + r.err());
        }
        String progress = inC().run("progress").out();
        assertThat(progress).contains("#....").doesNotContain("?");
        assertThat(inC().run("reveal", "3", "--yes").out()).contains(" 41 |     p.wg.Wait()")
                .contains("   41 +     done := make");
    }

    @Test
    void aUtf8LocaleKeepsTheUnicodeSymbols() throws Exception {
        Drainhunt.Result r = new Drainhunt().env("DRAINHUNT_HOME", home.toString()).env("LC_ALL", "")
                .env("LANG", "C.UTF-8").run("reveal", "3", "--yes");
        assertThat(r.out()).contains(" 41 \u2502     p.wg.Wait()").contains("\u2500\u2500\u2500");
    }

    @Test
    void dataIsNotFoldedUnderACLocaleButWhatPeopleReadIs() throws Exception {
        // A pack's text is read as UTF-8 whatever the locale (an argument would be decoded by the JVM as ASCII).
        Path pack = home.resolve("pack");
        Files.createDirectories(pack);
        try (var files = Files.list(Path.of("src/test/resources/packs/valid"))) {
            for (Path file : files.toList()) {
                Files.writeString(pack.resolve(file.getFileName()), Files.readString(file)
                        .replace("A server that stops", "Un caf\u00e9 \u2014 qui s\u2019arr\u00eate"));
            }
        }
        JsonNode list = MAPPER.readTree(inC().run("list", "--json", "--exercises", pack.toString()).out());
        assertThat(list.get(0).get("title").asText()).isEqualTo("Un caf\u00e9 \u2014 qui s\u2019arr\u00eate");
        assertThat(inC().run("show", "1", "--exercises", pack.toString()).out())
                .contains("Un cafe -- qui s'arrete");
        assertThat(inC().run("list", "--exercises", pack.toString()).out()).contains("Un cafe -- qui s'arrete");
        JsonNode export = MAPPER.readTree(inC().run("export", "--exercises", pack.toString()).out());
        assertThat(export.get("exercises").get(0).get("title").asText())
                .isEqualTo("Un caf\u00e9 \u2014 qui s\u2019arr\u00eate");
    }

    @Test
    void colorAlwaysKeepsColoursThroughAPipeAndWinsOverNoColor() throws Exception {
        assertThat(new Drainhunt().run("show", "3", "--color=always").out()).contains("\u001b[");
        assertThat(new Drainhunt().env("NO_COLOR", "1").run("--color", "always", "show", "3").out())
                .contains("\u001b[");
        assertThat(new Drainhunt().env("NO_COLOR", "1").run("show", "3").out()).doesNotContain("\u001b");
        assertThat(new Drainhunt().run("show", "3", "--color=never").out()).doesNotContain("\u001b");
    }

    @Test
    void listKeepsIdsWholeWhenPiped() throws Exception {
        JsonNode list = MAPPER.readTree(new Drainhunt().run("list", "--json").out());
        for (String columns : new String[] {"40", ""}) {
            String table = new Drainhunt().env("COLUMNS", columns).run("list").out();
            for (JsonNode exercise : list) {
                assertThat(table).contains(exercise.get("id").asText()).contains(exercise.get("title").asText());
            }
            assertThat(table).doesNotContain("\u2026");
        }
    }

    @Test
    void listKeepsIdsWholeOnANarrowTerminalAndCutsTitlesInstead() throws Exception {
        JsonNode list = MAPPER.readTree(new Drainhunt().run("list", "--json").out());
        for (int columns : new int[] {60, 72}) {
            // --plain: on a terminal, list opens the navigable list, which NavigableListTest drives.
            String table = onTerminal(columns, "xterm", "list", "--plain");
            for (JsonNode exercise : list) {
                assertThat(table).contains(" " + exercise.get("id").asText() + " ");
            }
            assertThat(table.lines()).as("at %d columns", columns)
                    .allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(columns));
            if (columns == 72) {
                assertThat(table).contains("title").contains("\u2026");
            }
        }
    }

    @Test
    void aDumbTerminalIsLaidOutAtItsRealWidthNotAPipes() throws Exception {
        String reveal = onTerminal(80, "dumb", "reveal", "3", "--yes");
        List<Integer> widths = reveal.lines().map(l -> l.codePointCount(0, l.length())).toList();
        assertThat(widths).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(80));
        // The rule above the answer spans the screen, up to 100 columns: here exactly 80.
        assertThat(reveal.lines()).anyMatch(l -> l.equals("\u2500".repeat(80)));
    }

    /** Runs drainhunt with stdout on a pseudo-terminal of {@code columns} (util-linux script), no COLUMNS set. */
    private String onTerminal(int columns, String term, String... args) throws IOException, InterruptedException {
        Path script = Path.of("/usr/bin/script");
        assumeTrue(Files.isExecutable(script) && Files.isExecutable(Path.of("/bin/stty")),
                "needs util-linux script and stty for a pseudo-terminal");
        StringBuilder command = new StringBuilder("stty cols " + columns + " rows 24; exec '"
                + Path.of(System.getProperty("java.home"), "bin", "java") + "' -jar '" + Drainhunt.jar() + "'");
        for (String arg : args) {
            command.append(" '").append(arg).append("'");
        }
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(script.toString(), "-q", "-e", "-c",
                command.toString(), "/dev/null")));
        pb.environment().remove("COLUMNS");
        pb.environment().remove("NO_COLOR");
        pb.environment().put("TERM", term);
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("DRAINHUNT_HOME", home.toString());
        pb.redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process process = pb.start();
        process.getOutputStream().close();
        // Read on another thread: a command that waits for keys must fail this test, not hang the build.
        java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return process.getInputStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertThat(ended).as("drainhunt %s ended on its own", String.join(" ", args)).isTrue();
        byte[] out = read.join();
        // The pty turns \n into \r\n; colours are on for xterm: strip both to measure what shows.
        return new String(out, StandardCharsets.UTF_8).replace("\r", "").replaceAll("\u001b\\[[0-9;]*m", "");
    }
}
