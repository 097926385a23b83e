package dev.drainhunt.cli;


import dev.drainhunt.exercise.Problem;
import dev.drainhunt.render.Count;
import dev.drainhunt.report.ExportFile;
import dev.drainhunt.report.ExportReader;
import dev.drainhunt.report.HtmlReport;
import dev.drainhunt.report.MarkdownReport;
import dev.drainhunt.report.ReportFormat;
import dev.drainhunt.report.ReportJson;
import dev.drainhunt.report.TeamReport;
import dev.drainhunt.report.TextReport;
import dev.drainhunt.terminal.Screen;
import dev.drainhunt.text.Glyphs;
import dev.drainhunt.text.SafeText;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code drainhunt report FILE…}: a team's progress from learners' JSON exports, as text, Markdown, HTML or JSON. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Report a team's progress from learners' JSON exports.", "",
            "Per learner, and per exercise hardest first. Each pack version is reported on its own; of two exports "
                    + "of one learner the newer is kept. A broken export is listed as FILE:LINE:COL: FIELD: message, "
                    + "and exits 1.",
            "Make an export with: drainhunt export --format json"})
final class ReportCommand extends BaseCommand {

    /** Exports are a few kilobytes; anything this big was named by mistake. */
    static final long MAX_EXPORT_BYTES = 8L * 1024 * 1024;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Learners' JSON exports, or folders of them (every .json file in them).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES} (default: from the -o file's extension, else text).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE, replacing it whole, instead of printing it.")
    Path output;

    @Option(names = "--json", description = "The aggregated report as JSON for scripts (shape: see the README).")
    boolean json;

    @Override
    public Integer call() {
        if (json && format != null) {
            throw UserError.usage("--json and --format " + format + " do not go together: pick one");
        }
        if (output != null && (output.getFileName() == null || Files.isDirectory(output))) {
            throw UserError.usage("-o " + SafeText.clean(output.toString()) + " is a folder: name the file to write");
        }
        TeamReport report = TeamReport.of(readAll(), clock());
        ReportFormat chosen = format != null ? format
                : output != null ? ReportFormat.forFile(output).orElse(ReportFormat.TEXT) : ReportFormat.TEXT;
        if (output == null) {
            Screen screen = screen();
            if (!json && chosen == ReportFormat.TEXT) {
                screen.println(TextReport.render(report, screen.width(), screen.glyphs()));
            } else {
                screen.printData(render(report, chosen));
            }
            screen.flush();
            return ExitCode.OK;
        }
        OutputFile.write(output, render(report, chosen));
        int learners = report.packs().stream().mapToInt(p -> p.learners().size()).sum();
        screen().println("Wrote the team report (" + (json ? "json" : chosen.toString()) + ", "
                + Count.of(learners, "learner") + ") to "
                + SafeText.clean(output.toString()));
        return ExitCode.OK;
    }

    /** Every export, or every problem of every broken one on stderr and exit 1: a partial report would mislead. */
    private List<ExportFile> readAll() {
        List<ExportFile> exports = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Path> paths = expand(files, problems);
        for (Path path : paths) {
            ExportReader.Result result = read(path);
            result.export().ifPresent(e -> exports.add(new ExportFile(path.toString(), e)));
            problems.addAll(result.problems());
        }
        if (problems.isEmpty()) {
            return exports;
        }
        for (Problem p : problems) {
            console().err().println(SafeText.clean(p.format()));
        }
        int broken = (int) problems.stream().map(Problem::file).distinct().count();
        String them = broken == 1 ? "it" : "them";
        throw new UserError(ExitCode.FAILED, Count.of(broken, "file is", "files are")
                + " not a usable export, so nothing was reported; fix " + them + " or leave " + them + " out");
    }

    /** Folders stand for the {@code *.json} files directly inside them, in name order. */
    private static List<Path> expand(List<Path> given, List<Problem> problems) {
        List<Path> out = new ArrayList<>();
        for (Path path : given) {
            if (!Files.isDirectory(path)) {
                out.add(path);
                continue;
            }
            List<Path> inside = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(path, "*.json")) {
                entries.forEach(p -> {
                    if (Files.isRegularFile(p)) {
                        inside.add(p);
                    }
                });
            } catch (IOException e) {
                problems.add(new Problem(path.toString(), 1, 1, "", "cannot list this folder: " + OutputFile.why(e)));
                continue;
            }
            if (inside.isEmpty()) {
                problems.add(new Problem(path.toString(), 1, 1, "", "no *.json exports in this folder"));
            }
            inside.sort(null);
            out.addAll(inside);
        }
        return out;
    }

    private static ExportReader.Result read(Path path) {
        String name = path.toString();
        try {
            if (Files.size(path) > MAX_EXPORT_BYTES) {
                return ExportReader.unreadable(name, "larger than " + MAX_EXPORT_BYTES / (1024 * 1024)
                        + " MiB, too large to be an export");
            }
            return ExportReader.read(name, Files.readString(path, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            return ExportReader.unreadable(name, "not UTF-8 text, so not a JSON export");
        } catch (IOException e) {
            return ExportReader.unreadable(name, OutputFile.why(e));
        }
    }

    private String render(TeamReport report, ReportFormat chosen) {
        if (json) {
            return ReportJson.render(report);
        }
        return switch (chosen) {
            case TEXT -> TextReport.render(report, Screen.DEFAULT_WIDTH, Glyphs.UNICODE).stream()
                    .map(AttributedString::toString)
                    .collect(Collectors.joining("\n", "", "\n"));
            case MARKDOWN -> MarkdownReport.render(report);
            case HTML -> HtmlReport.render(report);
        };
    }
}
