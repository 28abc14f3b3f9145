package io.jenkins.plugins.dwp.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.catalog.CatalogFile;
import io.jenkins.plugins.dwp.catalog.ImageCatalog;
import io.jenkins.plugins.dwp.catalog.LifecycleState;
import io.jenkins.plugins.dwp.yaml.Finding;
import io.jenkins.plugins.dwp.yaml.Findings;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps {@code config-examples/} honest: the example pools file validates against the example
 * catalog, and every file of {@code config-examples/bad/} produces exactly the findings its
 * {@code # expect:} comment lines say, so the documented messages can never go stale.
 */
class ConfigExamplesTest {

    /** The day the examples were written for; the example's deprecated image is deprecated then. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static final String EXAMPLES = "config-examples";
    private static final String CATALOG = EXAMPLES + "/catalog.yaml";
    private static final String POOLS = EXAMPLES + "/pools.yaml";
    private static final String BAD = EXAMPLES + "/bad";

    private static final String EXPECT = "# expect: ";
    private static final String CATALOG_DIRECTIVE = "# catalog: ";

    @Test
    void exampleCatalogLoadsWithoutFindings() {
        Findings findings = new Findings();
        ImageCatalog catalog = loadCatalog(CATALOG, findings);
        assertEquals(List.of(), formatted(findings.sorted()), "findings in " + CATALOG);
        assertTrue(catalog.families().containsAll(List.of("ubuntu", "windows")), "families: " + catalog.families());
        assertEquals(LifecycleState.DEPRECATED, catalog.image("ubuntu-22.04").orElseThrow().stateOn(TODAY));
        assertEquals(LifecycleState.STABLE, catalog.image("ubuntu-24.04").orElseThrow().stateOn(TODAY));
        assertEquals(LifecycleState.ALPHA, catalog.image("ubuntu-26.04").orElseThrow().stateOn(TODAY));
        assertEquals(LifecycleState.DECOMMISSIONED, catalog.image("ubuntu-20.04").orElseThrow().stateOn(TODAY));
    }

    @Test
    void examplePoolsValidateWithTheExampleCatalog() {
        ValidationResult result = validate(POOLS, Optional.of(CATALOG), TODAY);

        assertEquals(List.of(), formatted(errors(result)), "errors in " + POOLS);
        assertEquals(List.of(POOLS + ":73:22: warning: pools[3].image.pinned: pool 'legacy-jammy': image ubuntu-22.04"
                        + " is deprecated since 2026-11-01 and will be decommissioned after 2028-06-30; move to ubuntu-24.04"),
                formatted(result.findings()), "the deprecated pool warns, and nothing else does");

        PoolSet set = result.poolSet().orElseThrow();
        Map<String, String> imageByPool = new LinkedHashMap<>();
        set.pools().forEach(p -> imageByPool.put(p.pool().name(), p.image().id()));
        assertEquals(Map.of("linux", "ubuntu-24.04", "deploy", "ubuntu-24.04", "windows", "windows-ltsc2022",
                "legacy-jammy", "ubuntu-22.04"), imageByPool);
        assertEquals(List.of("linux", "deploy", "windows", "legacy-jammy"), List.copyOf(imageByPool.keySet()));

        Pool linux = set.pool("linux").orElseThrow().pool();
        assertEquals(new ImageSelector.FamilyDefault("ubuntu"), linux.image());
        assertEquals(List.of("linux", "ubuntu", "maven"), linux.labels());

        Pool deploy = set.pool("deploy").orElseThrow().pool();
        assertEquals(new ImageSelector.Pinned("ubuntu-24.04"), deploy.image());
        assertEquals(Map.of("kubectl", "1.32.9", "helm", "3.19.2"), deploy.tools());
        assertEquals(OptionalInt.of(4), deploy.maxWorkers());
        assertEquals(Optional.of("/opt/kubectl/1.32.9"),
                set.pool("deploy").orElseThrow().image().tools().get("kubectl").directoryOf("1.32.9"));

        Pool windows = set.pool("windows").orElseThrow().pool();
        assertEquals(new ImageSelector.FamilyDefault("windows"), windows.image());
        assertEquals("windows", set.pool("windows").orElseThrow().image().os().yamlName());

        ResolvedPool legacy = set.pool("legacy-jammy").orElseThrow();
        assertTrue(legacy.usable(), "a deprecated image still runs");
        assertEquals(LifecycleState.DEPRECATED, legacy.image().stateOn(TODAY));
    }

    /** The README promises the example keeps working for months: the deprecated image lives until 2028-06-30. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-11-25", "2027-06-30", "2028-01-31", "2028-06-30"})
    void examplePoolsKeepValidating(String day) {
        ValidationResult result = validate(POOLS, Optional.of(CATALOG), LocalDate.parse(day));
        assertEquals(List.of(), formatted(errors(result)), "errors in " + POOLS + " on " + day);
        assertEquals(4, result.poolSet().orElseThrow().pools().size());
    }

    static Stream<String> badFiles() throws IOException {
        try (Stream<Path> files = Files.list(repoRoot().resolve(BAD))) {
            List<String> names = files
                    .filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".yaml"))
                    .map(f -> BAD + "/" + f.getFileName())
                    .sorted()
                    .toList();
            assertFalse(names.isEmpty(), "no files in " + BAD);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileGivesExactlyTheFindingsItExpects(String file) {
        List<String> header = leadingComments(file);
        List<String> expected = header.stream()
                .filter(line -> line.startsWith(EXPECT))
                .map(line -> line.substring(EXPECT.length()))
                .toList();
        Optional<String> catalog = header.stream()
                .filter(line -> line.startsWith(CATALOG_DIRECTIVE))
                .map(line -> line.substring(CATALOG_DIRECTIVE.length()).trim())
                .findFirst();
        assertFalse(expected.isEmpty(), file + " must start with at least one '" + EXPECT + "...' line");

        List<Finding> findings = new ArrayList<>();
        ImageCatalog base = catalog.map(c -> {
            Findings catalogFindings = new Findings();
            ImageCatalog loaded = loadCatalog(c, catalogFindings);
            findings.addAll(catalogFindings.sorted());
            return loaded;
        }).orElse(BuiltinCatalog.get());
        ValidationResult result = new PoolsValidator(base, clockOn(TODAY)).validate(source(file));
        findings.addAll(result.findings());

        assertEquals(expected, formatted(findings), "findings of " + file
                + " (update its '" + EXPECT + "' lines if a message was improved on purpose)");
        assertFalse(result.valid(), file + " is an example of a mistake, so it must not validate");
    }

    private static ValidationResult validate(String poolsFile, Optional<String> catalogFile, LocalDate day) {
        ImageCatalog base = catalogFile.map(c -> {
            Findings findings = new Findings();
            ImageCatalog loaded = loadCatalog(c, findings);
            assertEquals(List.of(), formatted(findings.sorted()), "findings in " + c);
            return loaded;
        }).orElse(BuiltinCatalog.get());
        return new PoolsValidator(base, clockOn(day)).validate(source(poolsFile));
    }

    private static ImageCatalog loadCatalog(String file, Findings findings) {
        return CatalogFile.load(source(file), BuiltinCatalog.get(), findings);
    }

    /** A file of the repository, named in findings by its path from the repository root, as the comments write it. */
    private static SourceFile source(String repoRelative) {
        try {
            return SourceFile.of(repoRelative, Files.readAllBytes(repoRoot().resolve(repoRelative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The comment lines a file starts with, where its {@code # expect:} and {@code # catalog:} lines are. */
    private static List<String> leadingComments(String repoRelative) {
        try {
            List<String> lines = Files.readAllLines(repoRoot().resolve(repoRelative), StandardCharsets.UTF_8);
            return lines.stream().takeWhile(line -> line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    private static List<Finding> errors(ValidationResult result) {
        return result.findings().stream().filter(Finding.Error.class::isInstance).toList();
    }

    private static List<String> formatted(List<Finding> findings) {
        return findings.stream().map(Finding::format).toList();
    }

    /** The repository root: the nearest directory at or above the working directory that has config-examples/. */
    private static Path repoRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(EXAMPLES))) {
                return dir;
            }
        }
        throw new IllegalStateException("no " + EXAMPLES + "/ in " + start + " or any directory above it");
    }
}
