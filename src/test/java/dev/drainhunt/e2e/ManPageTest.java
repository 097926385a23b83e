package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.cli.Main;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
