package dev.drainhunt.progress;

import static dev.drainhunt.progress.Fixtures.CLOCK;
import static dev.drainhunt.progress.Fixtures.NOW;
import static dev.drainhunt.progress.Fixtures.PACK;
import static dev.drainhunt.progress.Fixtures.attempt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Progress files and data directories an attacker (or an accident) shaped: issue 18's findings, pinned. */
class HostileProgressTest {

    @TempDir
    Path dir;

    final List<String> warnings = new ArrayList<>();

    ProgressStore store() {
        return new ProgressStore(dir, CLOCK, warnings::add);
    }

    Path file() {
        return dir.resolve("progress.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", " null\n", "42", "\"text\"", "true", "[]", "{}"})
    void aFileHoldingNoObjectIsDamageMovedAside(String damaged) throws IOException {
        Files.writeString(file(), damaged);

        assertThat(store().read()).isEqualTo(ProgressFile.empty());

        assertThat(dir.resolve("progress.json.corrupt-20261128T201500Z")).hasContent(damaged);
        assertThat(warnings).singleElement().asString().contains("damaged");
    }

    @Test
    void aSchemaVersionPastIntIsNewerAndLeftUntouched() throws IOException {
        String newer = "{ \"schemaVersion\" : 99999999999, \"packs\" : {} }";
        Files.writeString(file(), newer);

        assertThatThrownBy(() -> store().update(PACK, p -> p.withHintTaken("ex-1")))
                .isInstanceOf(ProgressException.class).hasMessageContaining("newer drainhunt")
                .hasMessageContaining("99999999999");

        assertThat(file()).hasContent(newer);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain(
                    "progress.json.corrupt-20261128T201500Z");
        }
    }

    @Test
    void oneMoreHintOnTheLargestCountSaturates() throws IOException {
        Files.writeString(file(), "{ \"schemaVersion\" : 1, \"packs\" : { \"" + PACK + "\" : { \"exercises\" : {"
                + " \"ex-1\" : { \"hintsTaken\" : 2147483647 } } } } }");

        PackProgress saved = store().update(PACK, p -> p.withHintTaken("ex-1"));

        assertThat(saved.exercise("ex-1").hintsTaken()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aLockSymlinkIsNotFollowed() throws IOException {
        Path target = dir.resolve("elsewhere").resolve("planted");
        Files.createDirectories(target.getParent());
        Files.createSymbolicLink(dir.resolve("progress.lock"), target);

        assertThatThrownBy(() -> store().update(PACK, p -> p.withHintTaken("ex-1")))
                .isInstanceOf(ProgressException.class).hasMessageContaining("progress.lock is a symbolic link");

        assertThat(target).doesNotExist();
        assertThat(file()).doesNotExist();
    }

    @Test
    void aDirectoryNamedLikeTheLockIsCalledADirectory() throws IOException {
        Files.createDirectory(dir.resolve("progress.lock"));

        assertThatThrownBy(() -> store().update(PACK, p -> p.withHintTaken("ex-1")))
                .isInstanceOf(ProgressException.class).hasMessageContaining("progress.lock is a directory");
    }

    @Test
    void aDirectoryNamedLikeTheBackupIsCalledADirectory() throws IOException {
        store().update(PACK, p -> p.withAttempt("ex-1", attempt(NOW, Outcome.CORRECT)));
        String before = Files.readString(file());
        Files.createDirectory(dir.resolve("progress.json.bak"));

        assertThatThrownBy(() -> store().update(PACK, p -> p.withHintTaken("ex-1")))
                .isInstanceOf(ProgressException.class).hasMessageContaining("progress.json.bak is a directory");

        assertThat(file()).hasContent(before);
    }

    @Test
    void aReadOnlyFileKeepsItsModeWhenRewritten() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        store().update(PACK, p -> p.withAttempt("ex-1", attempt(NOW, Outcome.CORRECT)));
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("r--r-----"));

        store().update(PACK, p -> p.withHintTaken("ex-1"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("r--r-----");
        assertThat(store().read().pack(PACK).exercise("ex-1").hintsTaken()).isEqualTo(1);
    }
}
