package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.model.LoadStatistics;
import org.junit.jupiter.api.Test;

class ProvisioningNeedTest {

    private static LoadStatistics.LoadStatisticsSnapshot waiting(int steps) {
        return LoadStatistics.LoadStatisticsSnapshot.builder().withQueueLength(steps).build();
    }

    @Test
    void everyWaitingStepWithoutAnExecutorGetsOneAtOnce() {
        assertEquals(5, ProvisioningNeed.excess(waiting(5), 0));
    }

    @Test
    void plannedExecutorsCount() {
        assertEquals(2, ProvisioningNeed.excess(waiting(5), 3));
        assertEquals(0, ProvisioningNeed.excess(waiting(5), 5));
        assertEquals(0, ProvisioningNeed.excess(waiting(5), 9));
    }

    @Test
    void nothingWaitsNothingIsAsked() {
        assertEquals(0, ProvisioningNeed.excess(waiting(0), 0));
    }
}
