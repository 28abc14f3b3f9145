package io.jenkins.plugins.dwp.jenkins;

import hudson.Util;
import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.catalog.ImageCatalog;
import io.jenkins.plugins.dwp.catalog.UtcDay;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.config.ValidationResult;
import io.jenkins.plugins.dwp.yaml.Finding;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import io.jenkins.plugins.dwp.yaml.SourceLocation;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The pools of one cloud: read from its pools file or its inline text, validated by the engine, and
 * swapped in whole only when they give a pool set. A text that does not leaves the last good set in
 * force, and its findings are kept for the administrator to see.
 *
 * <p>Where the pools come from: the pools file when {@code poolsFile} is set, else the inline
 * {@code pools} text. When both are set the file wins, because it is the one that can be shared with
 * the {@code dwp apply} safety net and kept under version control, and a warning says that the inline
 * text is ignored. When neither is set that is an error.
 *
 * <p>{@link #refresh} is cheap when nothing changed: the file is read again only when its
 * modification time (or size, or identity) changes, and the text is validated again only then or when
 * the day (UTC, by the injected clock) changes, since image lifecycles go by the day: on a new day
 * {@code default:} pools may move to another image and pinned images may become deprecated or
 * decommissioned. If the newest text gives no pool set, the last good text is resolved again for the
 * new day, so that the set in force never lags behind the calendar.
 *
 * <p>A pool set is applied whenever the engine gives one: also when its only errors are lifecycle
 * errors (a pool pinned to a decommissioned image), whose steps then fail with a message that names
 * the replacement, as the engine's {@link ValidationResult} describes.
 *
 * <p>Thread-safe.
 */
@Restricted(NoExternalUse.class)
public final class PoolsConfiguration {

    /** The name findings give inline pools, as in {@code pools:3:5: error: ...}. */
    public static final String INLINE_SOURCE_NAME = "pools";

    private static final Map<String, PoolsConfiguration> BY_CLOUD_NAME = new ConcurrentHashMap<>();

    /**
     * What is in force and what the newest text says.
     *
     * @param poolSet the pool set in force: from the newest text when it gave one, else from the
     *     last text that did; empty when no text has given one yet
     * @param findings every finding about the newest text, ordered as the engine orders them, with
     *     problems of the configuration itself (no pools, unreadable file) among them as errors
     * @param rejected whether the newest text gave no pool set, so that {@code poolSet}, if any, comes
     *     from an earlier text
     * @param source where the newest text came from: the pools file's path, or {@value #INLINE_SOURCE_NAME}
     */
    public record Snapshot(Optional<PoolSet> poolSet, List<Finding> findings, boolean rejected, String source) {

        /** Copies the findings so the snapshot cannot change. */
        public Snapshot {
            findings = List.copyOf(findings);
        }

        /** Whether any finding is an error. */
        public boolean hasErrors() {
            return findings.stream().anyMatch(Finding.Error.class::isInstance);
        }
    }

    /**
     * What was read: the text with the findings its reading or choosing raised, or only those findings
     * when nothing could be read.
     */
    record Loaded(String sourceName, Optional<SourceFile> text, List<Finding> findings) {
    }

    private final PoolsValidator validator;
    private final Clock clock;

    /** What identifies the text validated last: the inline string, a file's stamp, or a problem. */
    private Object loadedKey;
    private LocalDate loadedDay;
    private Optional<SourceFile> lastGoodText = Optional.empty();
    private Snapshot snapshot = new Snapshot(Optional.empty(), List.of(), true, INLINE_SOURCE_NAME);

    /**
     * @param catalog the catalog pools files are resolved against (their own {@code images:} laid over it)
     * @param clock decides the day on which image lifecycles are judged
     */
    public PoolsConfiguration(ImageCatalog catalog, Clock clock) {
        this.validator = new PoolsValidator(catalog, clock);
        this.clock = clock;
    }

    /** Pools resolved against the built-in catalog, the one a cloud uses. */
    public static PoolsConfiguration withBuiltinCatalog(Clock clock) {
        return new PoolsConfiguration(BuiltinCatalog.get(), clock);
    }

    /**
     * The pools of the cloud named {@code cloudName}, on the system clock. Kept by name, not in the
     * cloud object: Jenkins makes a new cloud object each time the cloud's form is saved or
     * configuration as code is applied, and the last good pool set must outlive that, or a text
     * that does not validate would leave the new object with no pools at all.
     */
    public static PoolsConfiguration forCloud(String cloudName) {
        return BY_CLOUD_NAME.computeIfAbsent(cloudName, name -> withBuiltinCatalog(Clock.systemUTC()));
    }

    /**
     * Brings the pools up to date with the cloud's settings and returns what is in force.
     *
     * @param poolsFile the cloud's {@code poolsFile}: an absolute path on the controller, or blank
     * @param inlinePools the cloud's {@code pools}: the pools YAML itself, or blank
     */
    public synchronized Snapshot refresh(String poolsFile, String inlinePools) {
        LocalDate today = UtcDay.of(clock);
        Object key = keyOf(poolsFile, inlinePools);
        if (Objects.equals(key, loadedKey) && today.equals(loadedDay)) {
            return snapshot;
        }
        Loaded loaded = load(poolsFile, inlinePools);
        List<Finding> findings = new ArrayList<>();
        Optional<PoolSet> poolSet = Optional.empty();
        if (loaded.text().isPresent()) {
            ValidationResult result = validator.validate(loaded.text().get());
            findings.addAll(result.findings());
            poolSet = result.poolSet();
            if (poolSet.isPresent()) {
                lastGoodText = loaded.text();
            }
        }
        findings.addAll(loaded.findings());
        boolean rejected = poolSet.isEmpty();
        if (rejected) {
            poolSet = today.equals(loadedDay) ? snapshot.poolSet() : lastGoodResolvedToday();
        }
        snapshot = new Snapshot(poolSet, findings, rejected, loaded.sourceName());
        loadedKey = key;
        loadedDay = today;
        return snapshot;
    }

    /** What {@link #refresh} returned last, without looking at the file or the clock. */
    public synchronized Snapshot snapshot() {
        return snapshot;
    }

    private Optional<PoolSet> lastGoodResolvedToday() {
        // The last good text gave a set on an earlier day; lifecycle alone cannot take that away.
        Optional<PoolSet> again = lastGoodText.flatMap(text -> validator.validate(text).poolSet());
        return again.isPresent() ? again : snapshot.poolSet();
    }

    /**
     * Reads the chosen source once, without keeping anything: also what the form checks use.
     *
     * @param poolsFile the {@code poolsFile} setting, blank when not set
     * @param inlinePools the {@code pools} setting, blank when not set
     */
    static Loaded load(String poolsFile, String inlinePools) {
        String file = Util.fixEmptyAndTrim(poolsFile);
        boolean hasInline = inlinePools != null && !inlinePools.isBlank();
        if (file == null) {
            if (!hasInline) {
                return new Loaded(INLINE_SOURCE_NAME, Optional.empty(),
                        List.of(error(INLINE_SOURCE_NAME, Messages.Pools_NothingConfigured())));
            }
            return new Loaded(INLINE_SOURCE_NAME, Optional.of(SourceFile.of(INLINE_SOURCE_NAME, inlinePools)), List.of());
        }
        List<Finding> findings = new ArrayList<>();
        if (hasInline) {
            findings.add(inlineIgnored(file));
        }
        Optional<Path> path = absolutePath(file);
        if (path.isEmpty()) {
            findings.add(0, error(file, Messages.PoolsFile_NotAbsolute(file)));
            return new Loaded(file, Optional.empty(), findings);
        }
        try {
            return new Loaded(file, Optional.of(SourceFile.read(path.get())), findings);
        } catch (IOException e) {
            findings.add(0, error(file, Messages.PoolsFile_Unreadable(describe(e))));
            return new Loaded(file, Optional.empty(), findings);
        }
    }

    /** The path of an absolute {@code poolsFile}, or empty when it is relative or not a path at all. */
    static Optional<Path> absolutePath(String poolsFile) {
        try {
            Path path = Path.of(poolsFile);
            return path.isAbsolute() ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Why a file could not be read, in words. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Messages.PoolsFile_NoSuchFile();
        }
        if (e instanceof AccessDeniedException) {
            return Messages.PoolsFile_AccessDenied();
        }
        if (e.getMessage() != null && e.getMessage().contains("Is a directory")) {
            return Messages.PoolsFile_Directory();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The warning that inline pools are not used because the pools file {@code file} is set. */
    static Finding inlineIgnored(String file) {
        return new Finding.Warning(SourceLocation.startOf(INLINE_SOURCE_NAME), "", Messages.Pools_InlineIgnored(file));
    }

    private static Finding error(String source, String message) {
        return new Finding.Error(SourceLocation.startOf(source), "", message);
    }

    /** What identifies the text that {@link #load} would read, so that an unchanged one is not read again. */
    private static Object keyOf(String poolsFile, String inlinePools) {
        String file = Util.fixEmptyAndTrim(poolsFile);
        if (file == null) {
            return new InlineKey(inlinePools == null || inlinePools.isBlank() ? "" : inlinePools);
        }
        boolean hasInline = inlinePools != null && !inlinePools.isBlank();
        Optional<Path> path = absolutePath(file);
        if (path.isEmpty()) {
            return new FileKey(file, hasInline, null, -1, null);
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(path.get(), BasicFileAttributes.class);
            return new FileKey(file, hasInline, attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
        } catch (IOException e) {
            // Not there (yet): the same key until it appears, when the stamp changes and it is read.
            return new FileKey(file, hasInline, null, -1, e.getClass());
        }
    }

    private record InlineKey(String text) {
    }

    private record FileKey(String path, boolean inlineToo, FileTime modified, long size, Object identity) {
    }
}
