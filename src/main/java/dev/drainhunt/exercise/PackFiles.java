package dev.drainhunt.exercise;

import java.util.Optional;
import java.util.Set;

/** The pack's files other than its JSON (Go harnesses and stubs), by file name: listed at load, read on demand. */
public interface PackFiles {

    /** For packs built in memory: no other files. */
    PackFiles NONE = new PackFiles() {
        @Override
        public Set<String> names() {
            return Set.of();
        }

        @Override
        public Optional<String> read(String name) {
            return Optional.empty();
        }
    };

    Set<String> names();

    /** The file's text, or empty when the pack has no such file or it cannot be read. */
    Optional<String> read(String name);
}
