package dev.drainhunt.cli;

import dev.drainhunt.install.Installation;
import dev.drainhunt.text.SafeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Files drainhunt writes for people (exports, reports, installed files): written beside the target and renamed
 * into place, so a reader — a lead's browser, a wiki sync, a running launcher — sees the old file or the new one,
 * never half of one.
 */
final class OutputFile {

    private OutputFile() {
    }

    /** Writes {@code text}; a failure stops the command with exit code 3 and a one-line reason. */
    static void write(Path target, String text) {
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(absolute.getParent());
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE, StandardOpenOption.SYNC);
                Installation.moveIntoPlace(temp, absolute);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw UserError.data("cannot write " + SafeText.clean(target.toString()) + ": " + why(e));
        }
    }

    /** The reason in a few words; Java's own messages for these are just the path again. */
    static String why(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return SafeText.clean(exists.getFile()) + " is a file, not a folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
