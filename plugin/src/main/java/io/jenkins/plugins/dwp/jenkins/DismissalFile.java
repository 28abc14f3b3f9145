package io.jenkins.plugins.dwp.jenkins;

import io.jenkins.plugins.dwp.catalog.NoticeSeverity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Where the pools monitor keeps the severity the administrator dismissed, so that a restart does not
 * bring back what was dismissed: one word ({@code warning}, {@code danger} or {@code error}) in a file;
 * no file means nothing dismissed.
 */
@Restricted(NoExternalUse.class)
public final class DismissalFile {

    private static final Logger LOGGER = Logger.getLogger(DismissalFile.class.getName());

    private final Path file;

    /** @param file the file, which need not exist yet; its directory must */
    public DismissalFile(Path file) {
        this.file = file;
    }

    /** The severity dismissed; empty when none is, or when the file cannot be read or understood. */
    public Optional<NoticeSeverity> read() {
        String word;
        try {
            word = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            // Showing a dismissed notice again is the safe side of forgetting.
            LOGGER.warning(() -> "cannot read " + file + ": " + e + "; showing dismissed notices again");
            return Optional.empty();
        }
        Optional<NoticeSeverity> severity = Arrays.stream(NoticeSeverity.values())
                .filter(s -> s.displayName().equals(word.toLowerCase(Locale.ROOT)))
                .findFirst();
        if (severity.isEmpty()) {
            LOGGER.warning(() -> file + " holds " + word + ", not a severity; showing dismissed notices again");
        }
        return severity;
    }

    /** Records {@code dismissed}, replacing the file whole; empty removes it. */
    public void write(Optional<NoticeSeverity> dismissed) throws IOException {
        if (dismissed.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, dismissed.get().displayName() + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
