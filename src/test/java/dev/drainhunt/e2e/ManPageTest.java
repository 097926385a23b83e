package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.drainhunt.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The man page the build generates from the command model, as shipped in the jar. */
class ManPageTest {

    static final String MAN_PAGE = "dev/drainhunt/man/drainhunt.1";

    @Test
    void theJarCarriesOnePageWithASectionPerCommandAndItsOptions() throws Exception {
        String page = manPage();
        assertThat(page).contains(".TH \"DRAINHUNT\" \"1\"").contains(".SH \"SYNOPSIS\"").contains(".SH \"COMMANDS\"")
                .contains(".SH \"EXIT CODES\"");
        CommandLine root = Main.commandLine();
        assertThat(root.getSubcommands()).isNotEmpty();
        assertDocumentsSubcommands(page, root);
        for (OptionSpec option : root.getCommandSpec().options()) {
            assertThat(page).contains(troff(option.longestName()));
        }
    }

    @Test
    void describesTheEnvironmentFilesExamplesAndEveryPracticePromptCommand() throws Exception {
        String page = plain(manPage());
        assertThat(page).contains(".SH \"PRACTICE PROMPT\"", ".SH \"ENVIRONMENT\"", ".SH \"FILES\"",
                ".SH \"EXAMPLES\"");
        String environment = section(page, "ENVIRONMENT");
        for (String variable : List.of("DRAINHUNT_HOME", "DRAINHUNT_EXERCISES", "NO_COLOR", "XDG_DATA_HOME",
                "XDG_CONFIG_HOME", "DRAINHUNT_NOW", "PAGER", "EDITOR", "COLUMNS")) {
            assertThat(environment).as("ENVIRONMENT names %s", variable).contains(variable);
        }
        assertThat(section(page, "FILES")).contains("progress.json", "progress.json.bak", "DATA/history",
                "DATA/work/NN-ID/", "config.toml", "config.json");
        assertThat(section(page, "EXAMPLES")).contains("drainhunt report exports/");
        // The prompt's own list of commands, so that a new one cannot be added without documenting it here.
        Method names = Class.forName("dev.drainhunt.session.PromptCommand").getDeclaredMethod("names");
        names.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<String> commands = (List<String>) names.invoke(null);
        assertThat(commands).isNotEmpty();
        String prompt = section(page, "PRACTICE PROMPT");
        for (String command : commands) {
            assertThat(prompt).as("PRACTICE PROMPT documents %s", command).contains(command);
        }
    }

    @Test
    void groffRendersThePageWithoutAWarning() throws Exception {
        Path page = Files.createTempFile("drainhunt", ".1");
        try {
            Files.writeString(page, manPage());
            Process groff;
            try {
                groff = new ProcessBuilder("groff", "-ww", "-z", "-man", page.toString()).redirectErrorStream(true)
                        .start();
            } catch (IOException e) {
                assumeTrue(false, "groff is not installed (apt-get install -y groff): the page is not linted");
                return;
            }
            String out = new String(groff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(groff.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(out).as("groff -ww -z says").isEmpty();
            assertThat(groff.exitValue()).isZero();
        } finally {
            Files.deleteIfExists(page);
        }
    }

    /** The page's troff with font changes and escapes taken out, so text can be searched for. */
    private static String plain(String troff) {
        return troff.replaceAll("\\\\f[BIRP]", "").replace("\\fP", "").replace("\\-", "-").replace("\\&", "")
                .replace("\\(aq", "'");
    }

    /** From a section's heading to the next one. */
    private static String section(String page, String name) {
        int start = page.indexOf(".SH \"" + name + "\"");
        assertThat(start).as("section %s", name).isNotNegative();
        int end = page.indexOf(".SH ", start + 4);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private static void assertDocumentsSubcommands(String page, CommandLine command) {
        for (CommandLine sub : command.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.usageMessage().hidden()) {
                continue;
            }
            assertThat(page).as("the man page's section for %s", spec.qualifiedName())
                    .contains(".SS \"" + spec.qualifiedName() + "\"");
            for (OptionSpec option : spec.options()) {
                if (!option.hidden()) {
                    assertThat(page).as("%s %s in the man page", spec.qualifiedName(), option.longestName())
                            .contains(troff(option.longestName()));
                }
            }
            assertDocumentsSubcommands(page, sub);
        }
    }

    /** How a name is written in troff: every hyphen is \-. */
    private static String troff(String name) {
        return name.replace("-", "\\-");
    }

    static String manPage() throws Exception {
        try (ZipFile jar = new ZipFile(Drainhunt.jar().toFile())) {
            ZipEntry entry = jar.getEntry(MAN_PAGE);
            assertThat(entry).as("%s in %s", MAN_PAGE, Drainhunt.jar()).isNotNull();
            try (InputStream in = jar.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
