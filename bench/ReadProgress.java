import dev.drainhunt.progress.ProgressFile;
import dev.drainhunt.progress.ProgressStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Times one read of a data dir's progress.json, in-process, as every command that shows progress does it: the
 * part of a future {@code drainhunt progress} that {@code drainhunt list} does not already measure (bench/scale.sh).
 *
 * <pre>java -cp target/drainhunt.jar bench/ReadProgress.java DATA_DIR</pre>
 */
public final class ReadProgress {

    public static void main(String[] args) {
        long start = System.nanoTime();
        ProgressFile progress = new ProgressStore(Path.of(args[0]), Clock.systemUTC(), System.err::println).read();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long attempts = progress.packs().values().stream().flatMap(p -> p.exercises().values().stream())
                .mapToLong(e -> e.attempts().size()).sum();
        System.out.println(millis + " ms to read " + attempts + " attempts");
    }
}
