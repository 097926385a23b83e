package dev.drainhunt.progress;

import static dev.drainhunt.progress.Fixtures.CLOCK;
import static dev.drainhunt.progress.Fixtures.PACK;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fuzzes the progress loader with arbitrary bytes as {@code progress.json} in a fresh data directory: reading and
 * then saving one change either works or fails with a {@link ProgressException} (nothing else is thrown), no
 * warning or message carries a raw control character, and the file's bytes are never lost: a damaged file is moved
 * aside, a sound one kept as the backup. The seed corpus in ProgressFuzzTestInputs runs in every build;
 * {@code bench/fuzz.sh} fuzzes for minutes.
 */
class ProgressFuzzTest {

    @FuzzTest
    void anyProgressFileIsReadOrMovedAsideNeverLost(byte[] data) throws IOException {
        Path dir = Files.createTempDirectory("drainhunt-fuzz");
        try {
            Files.write(dir.resolve(ProgressStore.FILE_NAME), data);
            List<String> messages = new ArrayList<>();
            ProgressStore store = new ProgressStore(dir, CLOCK, messages::add);
            try {
                store.read();
                store.update(PACK, p -> p.withHintTaken("ex-1"));
            } catch (ProgressException e) {
                messages.add(e.getMessage());
            }
            for (String message : messages) {
                assertThat(message).as("a message").doesNotContainPattern("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
            }
            assertThat(anyFileHolds(dir, data)).as("the file's bytes are still in the data directory").isTrue();
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static boolean anyFileHolds(Path dir, byte[] data) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (Arrays.equals(Files.readAllBytes(file), data)) {
                    return true;
                }
            }
        }
        return false;
    }
}
