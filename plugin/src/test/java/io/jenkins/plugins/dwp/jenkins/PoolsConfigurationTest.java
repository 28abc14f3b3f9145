package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.time.ManualClock;
import io.jenkins.plugins.dwp.yaml.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoolsConfigurationTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(MONDAY);
    private final PoolsConfiguration configuration = new PoolsConfiguration(BuiltinCatalog.get(), clock);

    private static String pool(String name) {
        return """
                pools:
                  - name: %s
                    image: { default: inbound-agent }
                    resources:
                      requests: { cpu: 500m, memory: 1Gi }
                """.formatted(name);
    }

    /** The second pool's cpu request (line 8, column 33) is not a quantity. */
    private static final String INVALID = """
            pools:
              - name: fine
                image: { default: inbound-agent }
                resources:
                  requests: { cpu: 500m, memory: 1Gi }
              - name: broken
                resources:
                  requests: { cpu: lots, memory: 1Gi }
            """;

    private static List<String> poolNames(PoolsConfiguration.Snapshot snapshot) {
        return snapshot.poolSet().map(PoolSet::pools).orElse(List.of()).stream()
                .map(p -> p.pool().name()).toList();
    }

    private static List<String> formatted(PoolsConfiguration.Snapshot snapshot) {
        return snapshot.findings().stream().map(Finding::format).toList();
    }

    private Path write(String name, String text, Instant modified) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        // Set by hand: a file system's clock may tick too coarsely to tell two quick writes apart.
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void inlinePoolsGiveAPoolSet() {
        PoolsConfiguration.Snapshot snapshot = configuration.refresh(null, pool("linux"));

        assertEquals(List.of("linux"), poolNames(snapshot));
        assertEquals(List.of(), formatted(snapshot));
        assertFalse(snapshot.rejected());
        assertEquals(PoolsConfiguration.INLINE_SOURCE_NAME, snapshot.source());
        assertEquals(snapshot, configuration.snapshot());
    }

    @Test
    void neitherFileNorInlinePoolsIsAClearError() {
        PoolsConfiguration.Snapshot snapshot = configuration.refresh("  ", "\n");

        assertTrue(snapshot.poolSet().isEmpty());
        assertTrue(snapshot.rejected());
        assertEquals(List.of("pools:1:1: error: no pools configured: set Pools file to the path of a pools file on the"
                + " controller, or Pools to the pools YAML itself"), formatted(snapshot));
    }

    @Test
    void thePoolsFileWinsOverInlinePoolsWithAWarning() throws IOException {
        Path file = write("pools.yaml", pool("from-file"), MONDAY);

        PoolsConfiguration.Snapshot snapshot = configuration.refresh(file.toString(), pool("from-inline"));

        assertEquals(List.of("from-file"), poolNames(snapshot));
        assertFalse(snapshot.rejected());
        assertEquals(file.toString(), snapshot.source());
        assertEquals(List.of("pools:1:1: warning: these inline pools are not used, because the pools file " + file
                + " is set and wins; clear one of the two"), formatted(snapshot));
    }

    @Test
    void aFileThatBecomesInvalidKeepsTheLastGoodSetAndReportsEveryProblem() throws IOException {
        Path file = write("pools.yaml", pool("linux"), MONDAY);
        PoolSet good = configuration.refresh(file.toString(), null).poolSet().orElseThrow();

        write("pools.yaml", INVALID, MONDAY.plusSeconds(60));
        PoolsConfiguration.Snapshot broken = configuration.refresh(file.toString(), null);

        assertTrue(broken.rejected());
        assertSame(good, broken.poolSet().orElseThrow(), "the last good set stays in force");
        assertTrue(broken.hasErrors());
        List<String> findings = formatted(broken);
        assertTrue(findings.stream().anyMatch(f -> f.startsWith(file + ":8:")
                && f.contains(": error: pools[1].resources.requests.cpu: ")), String.join("\n", findings));
        assertTrue(findings.stream().anyMatch(f -> f.startsWith(file + ":6:") && f.contains("no image")),
                "every problem, not just the first: " + findings);

        write("pools.yaml", pool("linux") + pool("windows").replace("pools:\n", ""), MONDAY.plusSeconds(120));
        PoolsConfiguration.Snapshot fixed = configuration.refresh(file.toString(), null);

        assertFalse(fixed.rejected());
        assertEquals(List.of("linux", "windows"), poolNames(fixed));
        assertEquals(List.of(), formatted(fixed));
    }

    @Test
    void inlinePoolsThatBecomeInvalidKeepTheLastGoodSet() {
        PoolSet good = configuration.refresh(null, pool("linux")).poolSet().orElseThrow();

        PoolsConfiguration.Snapshot broken = configuration.refresh(null, INVALID);

        assertTrue(broken.rejected());
        assertSame(good, broken.poolSet().orElseThrow());
        assertTrue(formatted(broken).stream().anyMatch(f -> f.startsWith("pools:8:")), formatted(broken).toString());
    }

    @Test
    void theFileIsReadAgainOnlyWhenItsModificationTimeChanges() throws IOException {
        Path file = write("pools.yaml", pool("aaaa"), MONDAY);
        PoolsConfiguration.Snapshot first = configuration.refresh(file.toString(), null);

        // Same size and the same modification time: taken as unchanged, not even read.
        write("pools.yaml", pool("bbbb"), MONDAY);
        assertSame(first, configuration.refresh(file.toString(), null));

        Files.setLastModifiedTime(file, FileTime.from(MONDAY.plusSeconds(1)));
        assertEquals(List.of("bbbb"), poolNames(configuration.refresh(file.toString(), null)));
    }

    @Test
    void unchangedInlinePoolsAreNotValidatedAgainOnTheSameDay() {
        PoolsConfiguration.Snapshot first = configuration.refresh(null, pool("linux"));
        clock.advance(Duration.ofHours(10));

        assertSame(first, configuration.refresh(null, pool("linux")));
    }

    @Test
    void aMissingFileIsAnErrorThatKeepsTheLastGoodSetUntilTheFileIsBack() throws IOException {
        Path file = write("pools.yaml", pool("linux"), MONDAY);
        PoolSet good = configuration.refresh(file.toString(), null).poolSet().orElseThrow();

        Files.delete(file);
        PoolsConfiguration.Snapshot missing = configuration.refresh(file.toString(), null);

        assertTrue(missing.rejected());
        assertSame(good, missing.poolSet().orElseThrow());
        assertEquals(List.of(file + ":1:1: error: cannot read the pools file: there is no such file on the controller"),
                formatted(missing));

        write("pools.yaml", pool("back"), MONDAY.plusSeconds(5));
        assertEquals(List.of("back"), poolNames(configuration.refresh(file.toString(), null)));
    }

    @Test
    void aFileNeverReadGivesNoPoolSet() {
        PoolsConfiguration.Snapshot snapshot = configuration.refresh(dir.resolve("absent.yaml").toString(), null);

        assertTrue(snapshot.poolSet().isEmpty());
        assertTrue(snapshot.rejected());
        assertTrue(snapshot.hasErrors());
    }

    @Test
    void aRelativePathIsRefused() {
        PoolsConfiguration.Snapshot snapshot = configuration.refresh("pools.yaml", null);

        assertEquals(List.of("pools.yaml:1:1: error: the pools file must be an absolute path on the controller, like"
                + " /var/jenkins_home/pools.yaml; pools.yaml is not"), formatted(snapshot));
    }

    @Test
    void aDirectoryIsNotAPoolsFile() {
        PoolsConfiguration.Snapshot snapshot = configuration.refresh(dir.toString(), null);

        assertEquals(List.of(dir + ":1:1: error: cannot read the pools file: it is a directory, not a file"),
                formatted(snapshot));
    }

    @Test
    void aNewDayJudgesImageLifecyclesAgain() {
        // An image of the file's own, deprecated after Monday and decommissioned after Wednesday.
        String text = """
                images:
                  - id: team-1
                    family: team
                    name: Team image 1
                    os: linux
                    image: registry.example.com/team:1
                    deprecatedAfter: 2026-11-23
                    decommissionedAfter: 2026-11-25
                    replacement: inbound-agent-jdk21
                pools:
                  - name: team
                    image: { pinned: team-1 }
                    resources:
                      requests: { cpu: 500m, memory: 1Gi }
                """;
        PoolsConfiguration.Snapshot monday = configuration.refresh(null, text);
        assertTrue(monday.poolSet().orElseThrow().pool("team").orElseThrow().notice().isPresent(),
                "two days before decommissioning the notice is already due");
        assertTrue(monday.poolSet().orElseThrow().pool("team").orElseThrow().usable());

        clock.advance(Duration.ofDays(3));
        PoolsConfiguration.Snapshot thursday = configuration.refresh(null, text);

        assertEquals(LocalDate.of(2026, 11, 26), thursday.poolSet().orElseThrow().day());
        ResolvedPool team = thursday.poolSet().orElseThrow().pool("team").orElseThrow();
        assertFalse(team.usable(), "decommissioned: its steps fail, naming the replacement");
        assertFalse(thursday.rejected(), "a lifecycle error still gives a set: the other pools go on");
        assertTrue(formatted(thursday).stream().anyMatch(f -> f.contains(": error: ")
                && f.contains("decommissioned") && f.contains("inbound-agent-jdk21")), formatted(thursday).toString());
    }

    @Test
    void theLastGoodTextIsResolvedAgainOnANewDay() {
        // default: team picks team-2 while it is not deprecated, then team-1.
        String good = """
                images:
                  - { id: team-1, family: team, name: Team 1, os: linux, image: registry.example.com/team:1 }
                  - { id: team-2, family: team, name: Team 2, os: linux, image: registry.example.com/team:2,
                      deprecatedAfter: 2026-11-23, replacement: team-1 }
                pools:
                  - name: team
                    image: { default: team }
                    resources:
                      requests: { cpu: 500m, memory: 1Gi }
                """;
        assertEquals("team-2", configuration.refresh(null, good).poolSet().orElseThrow()
                .pool("team").orElseThrow().image().id());
        configuration.refresh(null, INVALID);

        clock.advance(Duration.ofDays(1));
        PoolsConfiguration.Snapshot tuesday = configuration.refresh(null, INVALID);

        assertTrue(tuesday.rejected());
        assertEquals("team-1", tuesday.poolSet().orElseThrow().pool("team").orElseThrow().image().id(),
                "the set in force follows the calendar even while the newest text is broken");
        assertTrue(tuesday.hasErrors(), "the findings are still those of the newest text");
    }
}
