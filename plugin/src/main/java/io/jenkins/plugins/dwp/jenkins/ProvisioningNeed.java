package io.jenkins.plugins.dwp.jenkins;

import hudson.model.LoadStatistics;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * How many executors a label lacks right now: the steps waiting for it, less the executors idle,
 * those whose agents are connecting, and those already planned. Counted from one snapshot, as
 * Jenkins' own strategy does, but without waiting for the load averages to move.
 */
@Restricted(NoExternalUse.class)
final class ProvisioningNeed {

    private ProvisioningNeed() {
    }

    /**
     * @param snapshot the label's load now
     * @param planned executors already planned for the label (before and during this review)
     * @return how many more executors the waiting steps need; 0 when they have enough
     */
    static int excess(LoadStatistics.LoadStatisticsSnapshot snapshot, int planned) {
        int available = snapshot.getAvailableExecutors() + snapshot.getConnectingExecutors() + planned;
        return Math.max(0, snapshot.getQueueLength() - available);
    }
}
