package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jenkins.plugins.dwp.catalog.NoticeSeverity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DismissalFileTest {

    @TempDir
    Path dir;

    @Test
    void noFileMeansNothingDismissed() {
        assertEquals(Optional.empty(), new DismissalFile(dir.resolve("dismissed")).read());
    }

    @Test
    void everySeverityIsReadBackAsWritten() throws IOException {
        Path path = dir.resolve("dismissed");
        for (NoticeSeverity severity : NoticeSeverity.values()) {
            new DismissalFile(path).write(Optional.of(severity));

            assertEquals(Optional.of(severity), new DismissalFile(path).read());
            assertEquals(severity.displayName() + "\n", Files.readString(path, StandardCharsets.UTF_8));
        }
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void writingNothingRemovesTheFile() throws IOException {
        Path path = dir.resolve("dismissed");
        DismissalFile file = new DismissalFile(path);
        file.write(Optional.of(NoticeSeverity.DANGER));

        file.write(Optional.empty());

        assertFalse(Files.exists(path));
        assertEquals(Optional.empty(), file.read());
        file.write(Optional.empty());
    }

    @Test
    void aFileThatIsNotASeverityShowsTheNoticesAgain() throws IOException {
        Path path = dir.resolve("dismissed");
        Files.writeString(path, "loud\n", StandardCharsets.UTF_8);

        assertEquals(Optional.empty(), new DismissalFile(path).read());
    }

    @Test
    void aFileThatCannotBeReadShowsTheNoticesAgain() {
        assertEquals(Optional.empty(), new DismissalFile(dir).read(), "a directory");
    }
}
