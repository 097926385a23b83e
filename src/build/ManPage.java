import dev.drainhunt.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step, run by the pom at prepare-package: writes drainhunt.adoc, the one manual page of the tool, from
 * the command model through picocli's ManPageGenerator. ManPageGenerator makes a page per command; this keeps
 * the tool's page and replaces its list of commands with a subsection per command, so `man drainhunt` holds
 * everything and a new subcommand appears without anyone editing a template.
 *
 * <p>What the command model cannot say (the practice prompt, the environment, files, examples) is written by hand
 * in SECTIONS, appended after the exit codes as man-pages(7) orders them.
 *
 * <p>Usage: java -cp CLASSES:PICOCLI:PICOCLI-CODEGEN src/build/ManPage.java OUTPUT_DIR SECTIONS
 */
public final class ManPage {

    private static final String COMMANDS = "commands";
    /** The parts of a command's generated page that its subsection keeps, in order. */
    private static final List<String> COMMAND_PARTS =
            List.of("synopsis", "description", "options", "arguments", "exit-status", "footer");

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        CommandLine root = Main.commandLine();
        String page = page(root.getCommandSpec());
        StringBuilder commands = new StringBuilder("== Commands\n\n")
                .append("Every command also takes the global options above, and *-h*, *--help* for its usage.\n");
        appendSubcommands(root, commands);
        Files.createDirectories(dir);
        // Usage help headings end in a colon ("Exit codes:"); a man page's section names do not.
        String manual = replacePart(page, COMMANDS, commands.toString())
                .replaceAll("(?m)^==[ \\t]+(.*?):?[ \\t]*$", "== $1");
        String sections = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        String end = "// end::picocli-generated-full-manpage[]";
        manual = manual.replace(end, sections.strip() + "\n\n" + end);
        Files.writeString(dir.resolve("drainhunt.adoc"), manual, StandardCharsets.UTF_8);
    }

    /** A subsection per visible subcommand, then one per each of its own subcommands (depth first). */
    private static void appendSubcommands(CommandLine command, StringBuilder commands) {
        // An alias is another key for the same command: each command gets one subsection.
        for (CommandLine sub : new LinkedHashSet<>(command.getSubcommands().values())) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                commands.append('\n').append(subsection(sub.getCommandSpec()));
                appendSubcommands(sub, commands);
            }
        }
    }

    private static String page(CommandSpec spec) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            ManPageGenerator.writeSingleManPage(out, spec);
        }
        return text.toString().replace("\r\n", "\n");
    }

    /**
     * A command's synopsis, description and own options under "=== drainhunt NAME", without repeated headings;
     * its own list of subcommands is left out, as their subsections follow.
     */
    private static String subsection(CommandSpec spec) {
        // The global options and --help/--version are described once, in the tool's own Options section.
        for (OptionSpec option : List.copyOf(spec.options())) {
            if (option.group() == null && (option.inherited() || option.usageHelp() || option.versionHelp())) {
                spec.remove(option);
            }
        }
        String page = page(spec);
        StringBuilder text = new StringBuilder("=== ").append(spec.qualifiedName(" ")).append("\n\n");
        for (String part : COMMAND_PARTS) {
            String body = part(page, part).strip();
            // A part's own "== Heading" would end the Commands section: the standard ones go, others turn bold.
            body = body.replaceFirst("^== (Synopsis|Description|Options|Arguments)\\n", "")
                    .replaceAll("(?m)^== (.+)$", "*$1*").strip();
            if (!body.isEmpty()) {
                text.append(body).append("\n\n");
            }
        }
        return text.toString();
    }

    private static String part(String page, String name) {
        Matcher m = tagged(name).matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("ManPageGenerator wrote no " + name + " section");
        }
        return m.group(2);
    }

    private static String replacePart(String page, String name, String body) {
        Matcher m = tagged(name).matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("ManPageGenerator wrote no " + name + " section");
        }
        return page.substring(0, m.start(2)) + body + "\n" + page.substring(m.end(2));
    }

    private static Pattern tagged(String name) {
        String tag = Pattern.quote("picocli-generated-man-section-" + name);
        return Pattern.compile("(// tag::" + tag + "\\[\\]\\n)(.*?)(?=// end::" + tag + "\\[\\])", Pattern.DOTALL);
    }
}
