package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.catalog.NoticeSeverity;
import io.jenkins.plugins.dwp.jenkins.PoolNotices.ImageRow;
import io.jenkins.plugins.dwp.jenkins.PoolNotices.RejectedText;
import io.jenkins.plugins.dwp.time.ManualClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitor's notices, from pool sets the engine resolves on Monday 2026-11-23. */
class PoolNoticesTest {

    static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(MONDAY);

    /** Pools text with an image of its own, {@code team-1}, that the pool {@code pool} is pinned to. */
    static String pinnedText(String pool, String deprecatedAfter, String decommissionedAfter) {
        return """
                images:
                  - id: team-1
                    family: team
                    name: Team image 1
                    os: linux
                    image: registry.example.com/team:1
                    deprecatedAfter: %s
                    decommissionedAfter: %s
                    replacement: inbound-agent-jdk21
                pools:
                  - name: %s
                    image: { pinned: team-1 }
                    resources:
                      requests: { cpu: 500m, memory: 1Gi }
                """.formatted(deprecatedAfter, decommissionedAfter, pool);
    }

    /** Pools text whose only pool follows the built-in family, so it is never on a retiring image. */
    static final String CURRENT = """
            pools:
              - name: current
                image: { default: inbound-agent }
                resources:
                  requests: { cpu: 500m, memory: 1Gi }
            """;

    /** The second pool's cpu request (line 8, column 24) is not a quantity, and it has no image (line 6). */
    static final String INVALID = """
            pools:
              - name: fine
                image: { default: inbound-agent }
                resources:
                  requests: { cpu: 500m, memory: 1Gi }
              - name: broken
                resources:
                  requests: { cpu: lots, memory: 1Gi }
            """;

    private CloudPools cloud(String name, String inlinePools) {
        return new CloudPools(name, new PoolsConfiguration(BuiltinCatalog.get(), clock).refresh(null, inlinePools));
    }

    private static ImageRow teamRow(String cloud, String pool, NoticeSeverity severity, String decommissionedAfter) {
        return new ImageRow(cloud, pool, "team-1", severity, Optional.of(LocalDate.parse("2026-11-01")),
                Optional.of(LocalDate.parse(decommissionedAfter)), Optional.of("inbound-agent-jdk21"));
    }

    @Test
    void aPoolOnADeprecatedImageIsAWarningRow() {
        PoolNotices notices = PoolNotices.from(List.of(cloud("dynamic", pinnedText("team", "2026-11-01", "2027-06-30"))));

        assertEquals(List.of(teamRow("dynamic", "team", NoticeSeverity.WARNING, "2027-06-30")), notices.images());
        assertEquals(List.of(), notices.rejectedTexts());
        assertEquals(Optional.of(NoticeSeverity.WARNING), notices.severity());
        assertEquals("alert alert-warning", notices.alertClass());
    }

    @Test
    void theLastThirtyDaysBeforeDecommissioningAreDanger() {
        // Monday to 2026-12-22 inclusive is 30 days; to 2026-12-23, 31.
        PoolNotices lastThirty = PoolNotices.from(List.of(cloud("dynamic", pinnedText("team", "2026-11-01", "2026-12-22"))));
        PoolNotices thirtyOne = PoolNotices.from(List.of(cloud("dynamic", pinnedText("team", "2026-11-01", "2026-12-23"))));

        assertEquals(List.of(teamRow("dynamic", "team", NoticeSeverity.DANGER, "2026-12-22")), lastThirty.images());
        assertEquals("alert alert-danger", lastThirty.alertClass());
        assertEquals(Optional.of(NoticeSeverity.WARNING), thirtyOne.severity());
        assertEquals("alert alert-warning", thirtyOne.alertClass());
    }

    @Test
    void aPoolOnADecommissionedImageIsDangerWithTheReplacement() {
        CloudPools decommissioned = cloud("dynamic", pinnedText("legacy", "2026-11-01", "2026-11-20"));

        PoolNotices notices = PoolNotices.from(List.of(decommissioned));

        assertTrue(decommissioned.status().hasErrors() && !decommissioned.status().rejected(),
                "a lifecycle error still gives a pool set: " + decommissioned.status());
        assertEquals(List.of(teamRow("dynamic", "legacy", NoticeSeverity.ERROR, "2026-11-20")), notices.images());
        assertEquals(Optional.of("inbound-agent-jdk21"), notices.images().get(0).replacement());
        assertEquals(List.of(), notices.rejectedTexts(), "its text gave a pool set, so it was not rejected");
        assertEquals("alert alert-danger", notices.alertClass());
    }

    @Test
    void poolsOnCurrentImagesGiveNothing() {
        PoolNotices notices = PoolNotices.from(List.of(cloud("dynamic", CURRENT)));

        assertEquals(PoolNotices.NONE, notices);
        assertEquals(Optional.empty(), notices.severity());
        assertEquals(PoolNotices.NONE, PoolNotices.from(List.of()));
    }

    @Test
    void aRejectedTextIsListedWithItsErrorsWhileTheLastGoodPoolsStayListed() {
        PoolsConfiguration configuration = new PoolsConfiguration(BuiltinCatalog.get(), clock);
        configuration.refresh(null, pinnedText("team", "2026-11-01", "2027-06-30"));

        PoolNotices notices = PoolNotices.from(List.of(new CloudPools("dynamic", configuration.refresh(null, INVALID))));

        assertEquals(List.of(teamRow("dynamic", "team", NoticeSeverity.WARNING, "2027-06-30")), notices.images(),
                "the last good pools are still in force");
        assertEquals(1, notices.rejectedTexts().size());
        RejectedText rejected = notices.rejectedTexts().get(0);
        assertEquals("dynamic", rejected.cloud());
        assertEquals(PoolsConfiguration.INLINE_SOURCE_NAME, rejected.source());
        assertTrue(rejected.errors().stream().anyMatch(e -> e.startsWith("pools:8:24: error: pools[1].resources.requests.cpu: ")),
                rejected.errors().toString());
        assertTrue(rejected.errors().stream().anyMatch(e -> e.startsWith("pools:6:5: error: pools[1]: no image")),
                "every error: " + rejected.errors());
        assertEquals(Optional.of(NoticeSeverity.DANGER), notices.severity(), "louder than the warning row");
        assertEquals("alert alert-danger", notices.alertClass());
    }

    @Test
    void aRejectedFileListsOnlyItsErrors() throws IOException {
        Path file = dir.resolve("pools.yaml");
        Files.writeString(file, INVALID, StandardCharsets.UTF_8);
        PoolsConfiguration.Snapshot status = new PoolsConfiguration(BuiltinCatalog.get(), clock).refresh(file.toString(), CURRENT);
        assertTrue(status.findings().stream().anyMatch(f -> f.severity().equals("warning")), "the inline pools are ignored");

        RejectedText rejected = PoolNotices.from(List.of(new CloudPools("dynamic", status))).rejectedTexts().get(0);

        assertEquals(file.toString(), rejected.source());
        assertTrue(rejected.errors().stream().allMatch(e -> e.startsWith(file + ":") && e.contains(": error: ")),
                rejected.errors().toString());
        assertEquals(2, rejected.errors().size(), rejected.errors().toString());
    }

    @Test
    void aCloudWithNoPoolsAtAllIsARejectedText() {
        PoolNotices notices = PoolNotices.from(List.of(cloud("empty", null)));

        assertEquals(List.of(new RejectedText("empty", PoolsConfiguration.INLINE_SOURCE_NAME, List.of("pools:1:1: error: no pools"
                + " configured: set Pools file to the path of a pools file on the controller, or Pools to the pools YAML itself"))),
                notices.rejectedTexts());
    }

    @Test
    void rowsFollowTheOrderOfCloudsAndPools() {
        String twoPools = pinnedText("first", "2026-11-01", "2027-06-30")
                + pinnedText("second", "2026-11-01", "2027-06-30").lines()
                        .dropWhile(line -> !line.equals("pools:")).skip(1).map(line -> line + "\n").reduce("", String::concat);

        PoolNotices notices = PoolNotices.from(List.of(
                cloud("b-cloud", twoPools), cloud("quiet", CURRENT), cloud("a-cloud", pinnedText("only", "2026-11-01", "2027-06-30"))));

        assertEquals(List.of("b-cloud/first", "b-cloud/second", "a-cloud/only"),
                notices.images().stream().map(row -> row.cloud() + "/" + row.pool()).toList());
    }
}
