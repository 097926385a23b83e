package dev.drainhunt.progress;

import static dev.drainhunt.progress.Fixtures.CLOCK;
import static dev.drainhunt.progress.Fixtures.NOW;
import static dev.drainhunt.progress.Fixtures.PACK;
import static dev.drainhunt.progress.Fixtures.attempt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
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

class ProgressRecoveryTest {

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
    @ValueSource(strings = {
        "",
        "{ \"schemaVersion\" : 1, \"packs\" : {",
        "[1, 2]",
        "{ \"packs\" : {} }",
        "{ \"schemaVersion\" : \"1\", \"packs\" : {} }",
        "{ \"schemaVersion\" : 0, \"packs\" : {} }",
        "{ \"schemaVersion\" : 1, \"packs\" : {} } trailing",
        "{ \"schemaVersion\" : 1, \"learner\" : \"a\", \"learner\" : \"b\" }",
        "{ \"schemaVersion\" : 1, \"colour\" : \"blue\" }",
        "{ \"schemaVersion\" : 1, \"packs\" : { \"p\" : { \"exercises\" : { \"e\" : { \"hintsTaken\" : \"3\" } } } } }",
        "{ \"schemaVersion\" : 1, \"packs\" : { \"p\" : { \"exercises\" : { \"e\" : { \"hintsTaken\" : -1 } } } } }",
        "{ \"schemaVersion\" : 1, \"packs\" : { \"p\" : { \"exercises\" : { \"e\" : { \"attempts\" : [ {"
                + " \"at\" : \"yesterday\", \"mode\" : \"text\", \"verdict\" : \"correct\" } ] } } } } }",
        "{ \"schemaVersion\" : 1, \"packs\" : { \"p\" : { \"exercises\" : { \"e\" : { \"attempts\" : [ {"
                + " \"at\" : \"2026-11-28T20:15:00Z\", \"mode\" : \"text\", \"verdict\" : \"great\" } ] } } } } }",
        "{ \"schemaVersion\" : 1, \"packs\" : { \"p\" : { \"exercises\" : { \"e\" : { \"attempts\" : [ {"
                + " \"at\" : \"2026-11-28T20:15:00Z\", \"mode\" : \"text\" } ] } } } } }",
        "{ \"schemaVersion\" : 1, \"packs\" : { \"p\" : { \"exercises\" : { \"e\" : null } } } }",
    })
    void movesADamagedFileAsideAndWarnsNamingBothPaths(String damaged) throws IOException {
        Files.writeString(file(), damaged);

        ProgressFile read = store().read();

        Path aside = dir.resolve("progress.json.corrupt-20261128T201500Z");
        assertThat(read).isEqualTo(ProgressFile.empty());
        assertThat(aside).hasContent(damaged);
        assertThat(warnings).singleElement().asString()
                .contains(file().toString(), aside.toString())
                .doesNotContain("\n");
    }

    @Test
    void restoresThePreviousVersionFromBak() throws IOException {
        store().update(PACK, p -> p.withAttempt("ex-1", attempt(NOW, Outcome.CORRECT)));
        ProgressFile saved = store().read();
        store().update(PACK, p -> p.withAttempt("ex-2", attempt(NOW, Outcome.MISSED)));
        Files.writeString(file(), "{ \"schemaVersion\" : 1, \"pa");

        ProgressFile recovered = store().read();

        assertThat(recovered).isEqualTo(saved);
        assertThat(store().read()).as("restored on disk, not only in memory").isEqualTo(saved);
        assertThat(warnings).singleElement().asString()
                .contains(file().toString(), "progress.json.corrupt-20261128T201500Z", "progress.json.bak");
    }

    @Test
    void anUpdateBuildsOnTheRestoredVersion() throws IOException {
        store().update(PACK, p -> p.withAttempt("ex-1", attempt(NOW, Outcome.CORRECT)));
        store().update(PACK, p -> p.withAttempt("ex-1", attempt(NOW, Outcome.CORRECT)));
        Files.writeString(file(), "garbage");

        PackProgress after = store().update(PACK, p -> p.withHintTaken("ex-1"));

        assertThat(after.exercise("ex-1").attempts()).hasSize(1);
        assertThat(after.exercise("ex-1").hintsTaken()).isEqualTo(1);
        assertThat(warnings).hasSize(1);
    }

    @Test
    void startsAfreshWhenTheBackupIsDamagedToo() throws IOException {
        Files.writeString(file(), "garbage");
        Files.writeString(dir.resolve("progress.json.bak"), "more garbage");

        assertThat(store().read()).isEqualTo(ProgressFile.empty());
        assertThat(dir.resolve("progress.json.bak")).hasContent("more garbage");
        assertThat(warnings).singleElement().asString().contains("started afresh");
    }

    @Test
    void neverOverwritesAFileMovedAsideEarlier() throws IOException {
        Files.writeString(file(), "first damage");
        store().read();
        Files.writeString(file(), "second damage");
        store().read();

        assertThat(dir.resolve("progress.json.corrupt-20261128T201500Z")).hasContent("first damage");
        assertThat(dir.resolve("progress.json.corrupt-20261128T201500Z-2")).hasContent("second damage");
    }

    @Test
    void refusesToWriteAFileOfANewerSchemaAndLeavesItUntouched() throws IOException {
        byte[] newer = "{ \"schemaVersion\" : 4, \"packs\" : {}, \"streakFreezes\" : 3 }\n".getBytes();
        Files.write(file(), newer);

        assertThatThrownBy(() -> store().update(PACK, p -> p.withHintTaken("ex-1")))
                .isInstanceOf(ProgressException.class)
                .hasMessageContaining(file().toString())
                .hasMessageContaining("newer drainhunt")
                .hasMessageContaining("upgrade");
        assertThatThrownBy(() -> store().resetAll(PACK)).isInstanceOf(ProgressException.class);
        assertThat(Files.readAllBytes(file())).isEqualTo(newer);
        assertThat(ProgressStoreTest.names(dir)).doesNotContain("progress.json.bak");
    }

    @Test
    void showsWhatItCanOfANewerFileWithAWarning() throws IOException {
        Files.writeString(file(), "{ \"schemaVersion\" : 4, \"learner\" : \"Ada\", \"streakFreezes\" : 3 }");

        ProgressFile read = store().read();

        assertThat(read.learner()).isEqualTo("Ada");
        assertThat(warnings).singleElement().asString().contains("newer drainhunt", "upgrade");
        assertThat(file()).hasContent("{ \"schemaVersion\" : 4, \"learner\" : \"Ada\", \"streakFreezes\" : 3 }");
    }

    @Test
    void aDataDirectoryThatIsAFileGivesAOneLineMessage() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        ProgressStore store = new ProgressStore(notADirectory, CLOCK, warnings::add);

        assertThatThrownBy(() -> store.update(PACK, p -> p.withHintTaken("ex-1")))
                .isInstanceOf(ProgressException.class)
                .hasMessage("cannot write progress to %s: %s is not a directory",
                        notADirectory.resolve("progress.json"), notADirectory);
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedGivesAOneLineMessage() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        ProgressStore store = new ProgressStore(notADirectory.resolve("drainhunt"), CLOCK, warnings::add);

        assertThatThrownBy(() -> store.update(PACK, p -> p.withHintTaken("ex-1")))
                .isInstanceOf(ProgressException.class)
                .hasMessage("cannot write progress to %s: not a directory",
                        notADirectory.resolve("drainhunt/progress.json"));
    }

    @Test
    void aReadOnlyDataDirectoryGivesAOneLineMessage() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(readOnly),
                    "running as root: permissions do not stop writes; the not-a-directory test covers the message");
            ProgressStore store = new ProgressStore(readOnly, CLOCK, warnings::add);

            assertThatThrownBy(() -> store.update(PACK, p -> p.withHintTaken("ex-1")))
                    .isInstanceOf(ProgressException.class)
                    .hasMessage("cannot write progress to %s: permission denied", readOnly.resolve("progress.json"));
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void readsOsReasonsAsShortLowerCaseText() {
        assertThat(ProgressStore.reason(new java.nio.file.FileSystemException("/x", null, "Read-only file system")))
                .isEqualTo("read-only file system");
        assertThat(ProgressStore.reason(new IOException("No space left on device")))
                .isEqualTo("no space left on device");
    }
}
