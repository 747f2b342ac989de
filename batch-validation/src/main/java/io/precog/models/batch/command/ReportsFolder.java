package io.precog.models.batch.command;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The folder that {@code --reports} names, where the reliability diagrams go. */
final class ReportsFolder {

    private ReportsFolder() {
    }

    /**
     * Creates the folder of the reliability diagrams, so that a folder that cannot hold them stops the
     * command before it stores anything.
     *
     * @throws UsageException when the folder cannot be created or written to
     */
    static Path create(String option) {
        Path folder;
        try {
            folder = Path.of(option);
            Files.createDirectories(folder);
        } catch (InvalidPathException | IOException e) {
            throw new UsageException("invalid --reports=" + option + ": cannot create the folder (" + reason(e)
                    + "); give a folder you can write to");
        }
        if (!Files.isWritable(folder)) {
            throw new UsageException("invalid --reports=" + option + ": the folder is not writable; give a folder"
                    + " you can write to");
        }
        return folder;
    }

    private static String reason(Exception failure) {
        if (failure instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " exists and is not a folder";
        }
        if (failure instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (failure instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file or folder";
        }
        return failure.getMessage();
    }
}
