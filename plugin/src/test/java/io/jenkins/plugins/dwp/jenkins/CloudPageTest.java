package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.lease.Lease;
import io.jenkins.plugins.dwp.lease.LeaseState;
import io.jenkins.plugins.dwp.time.ManualClock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CloudPageTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final PoolSet pools = PoolsConfiguration.withBuiltinCatalog(new ManualClock(NOW)).refresh(null, RetiringImages.IMAGES + """
            pools:
              - name: linux
                labels: [linux, jdk21]
                image: { pinned: inbound-agent-jdk21 }
              - name: aging
                image: { pinned: aging-agent }
            """).poolSet().orElseThrow();

    private static Lease lease(String pod, String pool, LeaseState state, Instant requested, Instant since) {
        Map<LeaseState, Instant> times = new EnumMap<>(LeaseState.class);
        times.put(LeaseState.REQUESTED, requested);
        times.put(state, since);
        return new Lease(pod, pool, "linux", pod, "workers", state, times, Optional.empty());
    }

    @Test
    void poolsShowTheirImageAndADeprecatedBadge() {
        List<CloudPage.PoolRow> rows = CloudPage.pools(pools, List.of(
                lease("dwp-a", "linux", LeaseState.BUSY, NOW.minusSeconds(600), NOW.minusSeconds(500)),
                lease("dwp-b", "linux", LeaseState.FAILED, NOW.minusSeconds(600), NOW.minusSeconds(500))));
        assertEquals("linux", rows.get(0).name());
        assertEquals("linux jdk21", rows.get(0).labels());
        assertEquals("inbound-agent-jdk21", rows.get(0).imageId());
        assertFalse(rows.get(0).deprecated());
        assertEquals(1, rows.get(0).liveWorkers(), "a failed lease is not a live worker");
        assertTrue(rows.get(1).deprecated());
        assertTrue(rows.get(1).notice().contains("inbound-agent-jdk21"), rows.get(1).notice());
    }

    @Test
    void workersShowAgeAndIdleTimeOldestFirst() {
        List<CloudPage.WorkerRow> rows = CloudPage.workers(List.of(
                lease("dwp-new", "linux", LeaseState.BUSY, NOW.minusSeconds(30), NOW.minusSeconds(10)),
                lease("dwp-old", "linux", LeaseState.IDLE, NOW.minusSeconds(3 * 3600 + 120), NOW.minusSeconds(45 * 60))),
                NOW);
        assertEquals(List.of(new CloudPage.WorkerRow("dwp-old", "linux", "idle", "182 min", "45 min"),
                new CloudPage.WorkerRow("dwp-new", "linux", "busy", "30 s", "")), rows);
    }
}
