package io.jenkins.plugins.dwp.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.dwp.lease.PoolOccupancy.Claim;
import org.junit.jupiter.api.Test;

class PoolOccupancyTest {

    private final PoolOccupancy occupancy = new PoolOccupancy();

    @Test
    void aPodCountsOnceWhetherLeasedSeenOrBothAndUntilNeitherHoldsIt() {
        occupancy.add("linux", "workers/linux-a", Claim.LEASED);
        assertEquals(1, occupancy.of("linux"), "being created, not shown yet");
        occupancy.add("linux", "workers/linux-a", Claim.SEEN);
        assertEquals(1, occupancy.of("linux"), "leased and shown is still one pod");
        occupancy.remove("linux", "workers/linux-a", Claim.LEASED);
        assertEquals(1, occupancy.of("linux"), "its lease let go, the pod is still there");
        occupancy.remove("linux", "workers/linux-a", Claim.SEEN);
        assertEquals(0, occupancy.of("linux"));
    }

    @Test
    void poolsAreCountedApartAndRemovingWhatWasNeverAddedChangesNothing() {
        occupancy.add("linux", "workers/linux-a", Claim.SEEN);
        occupancy.add("linux", "other/linux-a", Claim.SEEN);
        occupancy.add("windows", "workers/windows-b", Claim.LEASED);
        occupancy.remove("linux", "workers/linux-a", Claim.LEASED);
        occupancy.remove("macos", "workers/macos-c", Claim.SEEN);
        assertEquals(2, occupancy.of("linux"), "pods of the same name in two namespaces are two");
        assertEquals(1, occupancy.of("windows"));
        assertEquals(0, occupancy.of("macos"));
    }
}
