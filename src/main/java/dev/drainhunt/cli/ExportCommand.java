package dev.drainhunt.cli;

import dev.drainhunt.exercise.Pack;
import dev.drainhunt.progress.ExportFormat;
import dev.drainhunt.progress.ProgressExport;
import dev.drainhunt.text.SafeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code drainhunt export}: the learner's record, for a team lead. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export your record for a team lead: per exercise status, attempts, first solve, hints.",
            "JSON is what drainhunt report reads; CSV and Markdown are for people."})
final class ExportCommand extends BaseCommand {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
            description = "json, csv or markdown (default: ${DEFAULT-VALUE}).")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Your name in the export (default: git config user.name, else $USER).")
    String name;

    @Option(names = "--json", hidden = true, description = "Same as --format json.")
    boolean json;

    @Override
    public Integer call() {
        Pack pack = pack();
        String learner = name != null ? name : learnerName();
        ProgressExport export = ProgressExport.of(pack, learner().progressFile(), learner, clock());
        String text = (json ? ExportFormat.JSON : format).render(export, clock().getZone());
        if (output == null) {
            screen().printData(text.endsWith("\n") ? text : text + "\n");
            return ExitCode.OK;
        }
        OutputFile.write(output, text);
        console().err().println(SafeText.clean("Exported " + pack.name() + " progress of "
                + (learner == null ? "(no name)" : learner) + " to " + output));
        return ExitCode.OK;
    }

    /** The stored learner name, else git's user.name, else the login name. */
    private String learnerName() {
        String stored = learner().progressFile().learner();
        if (stored != null && !stored.isBlank()) {
            return stored;
        }
        String git = gitUserName();
        if (git != null) {
            return git;
        }
        return console().env().get("USER").orElse(null);
    }

    private static String gitUserName() {
        try {
            Process git = new ProcessBuilder("git", "config", "user.name").redirectErrorStream(true).start();
            git.getOutputStream().close();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!git.waitFor(5, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return null;
            }
            return git.exitValue() == 0 && !out.isEmpty() ? out : null;
        } catch (IOException e) {
            return null; // no git installed: fall back to $USER
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
