package dev.drainhunt.progress;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A second process for the concurrency and crash tests: records attempts as fast as it can and prints
 * {@code saved N} once each save has returned.
 *
 * <p>Arguments: data directory, exercise id, first sequence number, how many (0: until killed), and
 * optionally {@code wait}: print {@code ready} and start on a line from stdin, so two processes start
 * together. The sequence number is stored as the attempt's seconds, to find each attempt again.
 */
public final class RecordLoop {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String exercise = args[1];
        long first = Long.parseLong(args[2]);
        long count = Long.parseLong(args[3]);
        if (args.length > 4 && args[4].equals("wait")) {
            System.out.println("ready");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        ProgressStore store = new ProgressStore(dir, Clock.systemUTC(), System.err::println);
        for (long n = first; count == 0 || n < first + count; n++) {
            Attempt attempt = new Attempt(Instant.now(), Mode.LINES, Outcome.PARTIAL, List.of("kp"), 0, n, null);
            store.update(Fixtures.PACK, p -> p.withAttempt(exercise, attempt));
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
