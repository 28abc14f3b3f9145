package io.jenkins.plugins.dwp.lease;

import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.reconcile.LeaseView;
import io.jenkins.plugins.dwp.reconcile.ObservedWorker;
import io.jenkins.plugins.dwp.reconcile.Plan;
import io.jenkins.plugins.dwp.reconcile.PlanInput;
import io.jenkins.plugins.dwp.reconcile.Planner;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Feeds the broker's leases and observed pods to the planner, as this controller sees them. */
final class LeasePlanning {

    private final String controllerId;
    private final Duration orphanGrace;

    LeasePlanning(String controllerId, Duration orphanGrace) {
        this.controllerId = controllerId;
        this.orphanGrace = orphanGrace;
    }

    Plan plan(Instant now, PoolSet pools, Collection<ObservedWorker> workers, Collection<LeaseRecord> leases) {
        Map<String, LeaseView> views = new HashMap<>();
        for (LeaseRecord lease : leases) {
            // A lease whose pod the informer has not shown yet has nothing in the cluster to reconcile.
            if (lease.seen()) {
                views.put(lease.id(), new LeaseView(lease.id(), lease.state(), lease.since(), lease.idleSince()));
            }
        }
        // Heartbeats of other controllers come with the liveness work; until then they count as
        // alive, so only the lifetime rule touches their pods.
        return Planner.plan(new PlanInput(now, Optional.of(controllerId), pools, workers, views, id -> true, orphanGrace));
    }
}
