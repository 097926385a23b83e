package dev.drainhunt.cli;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.grading.Grader;
import dev.drainhunt.grading.Vocabulary;
import dev.drainhunt.progress.ProgressStore;
import java.text.BreakIterator;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Start-up work a command is about to need, begun on a second thread while the main one builds picocli's model and
 * parses the arguments (issue 17; Spring Boot's BackgroundPreinitializer does the same): the bundled pack's image,
 * the time-zone rules and date formats, the progress file's parser, for a session what its first screen is
 * measured with, and for the commands that grade, the vocabulary; {@code check}, which grades at once, the patterns
 * a diagnosis is read with too, and needs no dates nor progress (on two CPUs, work a run will not use before its
 * first screen only slows the main thread: a session's first answer comes seconds later, and reads those patterns
 * then). From JDK 25 the progress file's parser runs on a third thread of its own ({@link #PARSER_APART}). Each
 * is a once-a-process class initialisation, which the JVM makes safe to race: whichever thread comes second waits
 * for the first's result, so the main thread never sees half of one, and at worst waits for what it would have
 * done itself.
 *
 * <p>Only work that cannot fail or change anything: reading resources of the jar and the JDK's own tables. A run
 * that ends first does not wait for it (a daemon thread).
 */
final class Warmup {

    /** The commands that read the bundled pack; the bare {@code drainhunt} (practice) is one. */
    private static final Set<String> READ_THE_PACK = Set.of("practice", "review", "list", "show", "check", "hint",
            "reveal", "diff", "run", "fix", "progress", "reset", "export");
    /**
     * From this Java on JLine measures the width of text by grapheme clusters, with the JDK's BreakIterator
     * (org.jline.utils.WCWidth); before it, with a table of its own that needs no warming.
     */
    private static final int JLINE_GRAPHEMES = 21;
    /** From this Java on, the progress parser is warmed on a thread of its own (see {@link #start(Map, String...)}). */
    private static final int PARSER_APART = 25;
    /** The commands that run a session: their first answer, seconds after the first screen, needs the vocabulary. */
    private static final Set<String> SESSIONS = Set.of("practice", "review");

    private Warmup() {
    }

    /** Starts the warm-up the command in {@code args} will use, if any; returns at once. */
    static void start(Map<String, String> env, String... args) {
        List<String> words = List.of(args);
        if (words.contains("--help") || words.contains("-h") || words.contains("--version") || words.contains("-V")) {
            return;
        }
        String command = Subcommands.named(args).orElse("practice");
        if (!READ_THE_PACK.contains(command)) {
            return;
        }
        // A pack of one's own is read from its folder, not from the bundled image.
        String ownPack = env.get(Settings.EXERCISES_VARIABLE);
        boolean bundled = (ownPack == null || ownPack.isBlank()) && !words.contains("--exercises");
        for (String word : words) {
            bundled &= !word.startsWith("--exercises=");
        }
        // From JDK 25 the progress parser's classes initialise BigDecimal, whose initialiser now computes 5^(2^16)
        // (JDK-8341470; jackson-core's ParserMinimalBase holds BigDecimal constants): some 20 ms of CPU, the
        // longest single part of the warm-up, which the main thread waited ~10 ms for. There it gets a thread of
        // its own from the start; on 17 it is half a millisecond, and a third thread would only contend.
        boolean parserApart = !command.equals("check") && Runtime.version().feature() >= PARSER_APART;
        start(new Work(command, bundled, parserApart), "drainhunt-warmup");
        if (parserApart) {
            start(new ProgressParser(), "drainhunt-warmup-parser");
        }
    }

    private static void start(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static final class ProgressParser implements Runnable {
        @Override
        public void run() {
            ProgressStore.preloadReader();
        }
    }

    /**
     * A class, not a lambda (nor is there one above): the first lambda of a run links the JVM's lambda machinery,
     * some 8 ms on its own, which the main thread would then pay before this thread even starts.
     */
    private static final class Work implements Runnable {
        private final String command;
        private final boolean bundled;
        private final boolean parserApart;

        Work(String command, boolean bundled, boolean parserApart) {
            this.command = command;
            this.bundled = bundled;
            this.parserApart = parserApart;
        }

        @Override
        public void run() {
            if (bundled) {
                Catalog.preloadBundledImage();
            }
            if (command.equals("check")) {
                // It grades at once, and keeps no progress and shows no date: the time zone would only take a CPU
                // from the main thread.
                Grader.preload();
                return;
            }
            // In the order the commands need them: the time zone as soon as they have the pack (its rules turn the
            // progress's times into days), then the progress file's parser, then the date formats it is shown in.
            RunClock.systemZone();
            if (!parserApart) {
                ProgressStore.preloadReader();
            }
            if (SESSIONS.contains(command) && Runtime.version().feature() >= JLINE_GRAPHEMES) {
                // The first screen's widths: JLine measures them with one, and the JDK's first one loads its
                // locale providers and break rules, some 10 ms.
                BreakIterator.getCharacterInstance();
            }
            DateTimeFormatter.ISO_INSTANT.getZone();
            if (SESSIONS.contains(command)) {
                // The patterns a diagnosis is read with wait for the first answer, which comes seconds later.
                Vocabulary.bundled();
            }
        }
    }
}
