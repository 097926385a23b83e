package dev.drainhunt.progress;

import static dev.drainhunt.progress.Fixtures.CLOCK;
import static dev.drainhunt.progress.Fixtures.PACK;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Real processes against one data directory: concurrent sessions, and sessions killed mid-save. */
class ProgressProcessesTest {

    @TempDir
    Path dir;

    final List<String> warnings = new ArrayList<>();

    @Test
    @Timeout(60)
    void twoProcessesRecordingAtOnceLoseNothing() throws Exception {
        Path data = dir.resolve("data");
        Path stderr = dir.resolve("stderr.txt");
        List<Process> writers = List.of(
                Jvm.start(RecordLoop.class, stderr, data.toString(), "ex-a", "0", "200", "wait"),
                Jvm.start(RecordLoop.class, stderr, data.toString(), "ex-b", "0", "200", "wait"));
        try {
            List<BufferedReader> outs = new ArrayList<>();
            for (Process writer : writers) {
                BufferedReader out = reader(writer);
                assertThat(out.readLine()).as(() -> childErrors(stderr)).isEqualTo("ready");
                outs.add(out);
            }
            // Both are up before either saves: their 200 saves overlap rather than run one after the other.
            for (Process writer : writers) {
                OutputStream in = writer.getOutputStream();
                in.write("go\n".getBytes(StandardCharsets.US_ASCII));
                in.flush();
            }
            for (int i = 0; i < writers.size(); i++) {
                assertThat(outs.get(i).lines().count()).as(() -> childErrors(stderr)).isEqualTo(200);
                assertThat(writers.get(i).waitFor(50, TimeUnit.SECONDS)).isTrue();
                assertThat(writers.get(i).exitValue()).as(() -> childErrors(stderr)).isZero();
            }
        } finally {
            writers.forEach(Process::destroyForcibly);
        }

        PackProgress pack = new ProgressStore(data, CLOCK, warnings::add).read().pack(PACK);

        List<Long> expected = LongStream.range(0, 200).boxed().toList();
        assertThat(pack.exercise("ex-a").attempts()).extracting(Attempt::seconds).containsExactlyElementsOf(expected);
        assertThat(pack.exercise("ex-b").attempts()).extracting(Attempt::seconds).containsExactlyElementsOf(expected);
        assertThat(warnings).isEmpty();
        assertThat(Files.readString(stderr)).isEmpty();
    }

    @Test
    @Timeout(90)
    void aProcessKilledAtAnyMomentLosesNoAttemptItReportedSaved() throws Exception {
        // Made here: a child killed while starting up may not have got as far as creating it.
        Path data = Files.createDirectory(dir.resolve("data"));
        Path stderr = dir.resolve("stderr.txt");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Set<Long> reported = new HashSet<>();
        for (int round = 0; round < 15; round++) {
            long first = round * 1_000_000L;
            Process writer = Jvm.start(RecordLoop.class, stderr, data.toString(), "ex-loop", String.valueOf(first), "0");
            try {
                BufferedReader out = reader(writer);
                // Vary the moment: while still starting up, or after a few to a few dozen saves, plus a
                // sub-millisecond jitter so the kill lands anywhere within a save.
                int savesToWaitFor = round % 5 == 0 ? 0 : 1 + random.nextInt(40);
                if (savesToWaitFor == 0) {
                    Thread.sleep(random.nextInt(400));
                }
                for (int i = 0; i < savesToWaitFor; i++) {
                    reported.add(savedNumber(out.readLine(), stderr));
                }
                LockSupport.parkNanos(random.nextInt(1_000_000));
                // SIGKILL, like Process.destroyForcibly(), which would also close our end of its stdout.
                writer.toHandle().destroyForcibly();
                // Lines already in the pipe were printed before the kill: they count as reported too.
                out.lines().forEach(line -> reported.add(savedNumber(line, stderr)));
                assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
            } finally {
                writer.destroyForcibly();
            }

            ProgressFile read = new ProgressStore(data, CLOCK, warnings::add).read();

            Set<Long> stored = new HashSet<>();
            read.pack(PACK).exercise("ex-loop").attempts().forEach(a -> stored.add(a.seconds()));
            assertThat(stored).as("round %d, random seed %d", round, seed).containsAll(reported);
            assertThat(warnings).as("round %d, random seed %d", round, seed).isEmpty();
            assertThat(ProgressStoreTest.names(data)).noneMatch(name -> name.contains("corrupt"));
            Path bak = data.resolve("progress.json.bak");
            if (Files.exists(bak)) {
                ProgressJson.progress(ProgressJson.tree(Files.readAllBytes(bak))); // throws if incomplete
            }
        }
        assertThat(reported).as("some saves happened at all").hasSizeGreaterThan(15);
        assertThat(Files.readString(stderr)).isEmpty();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static String childErrors(Path stderr) {
        try {
            return "the children's stderr: " + Files.readString(stderr);
        } catch (IOException e) {
            return "no stderr from the children: " + e;
        }
    }

    private static long savedNumber(String line, Path stderr) {
        assertThat(line).as(() -> childErrors(stderr)).startsWith("saved ");
        return Long.parseLong(line.substring("saved ".length()));
    }
}
