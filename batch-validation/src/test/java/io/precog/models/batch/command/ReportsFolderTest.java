package io.precog.models.batch.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsFolderTest {

    @TempDir
    Path temporary;

    @Test
    void createsMissingFolders() {
        Path folder = temporary.resolve("reports/nested");
        assertThat(ReportsFolder.create(folder.toString())).isEqualTo(folder);
        assertThat(folder).isDirectory();
    }

    @Test
    void rejectsFileInPlaceOfFolder() throws IOException {
        Path file = Files.createFile(temporary.resolve("taken"));
        assertThatThrownBy(() -> ReportsFolder.create(file.toString())).isInstanceOf(UsageException.class)
                .hasMessage("invalid --reports=" + file + ": cannot create the folder (" + file
                        + " exists and is not a folder); give a folder you can write to");
    }

    @Test
    void rejectsFolderUnderAFile() throws IOException {
        Path file = Files.createFile(temporary.resolve("taken"));
        Path below = file.resolve("reports");
        assertThatThrownBy(() -> ReportsFolder.create(below.toString())).isInstanceOf(UsageException.class)
                .hasMessage("invalid --reports=" + below + ": cannot create the folder (" + below
                        + ": Not a directory); give a folder you can write to");
    }
}
