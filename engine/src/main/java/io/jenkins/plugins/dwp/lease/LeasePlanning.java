package io.jenkins.plugins.dwp.lease;

import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.reconcile.ControllerLiveness;
import io.jenkins.plugins.dwp.reconcile.LeaseView;
import io.jenkins.plugins.dwp.reconcile.ObservedWorker;
import io.jenkins.plugins.dwp.reconcile.Plan;
import io.jenkins.plugins.dwp.reconcile.PlanInput;
import io.jenkins.plugins.dwp.reconcile.Planner;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Feeds the broker's leases and observed pods to the planner, as this controller sees them. */
final class LeasePlanning {

    private final String controllerId;
    private final Duration orphanGrace;
    private final ControllerLiveness liveness;

    LeasePlanning(String controllerId, Duration orphanGrace, ControllerLiveness liveness) {
        this.controllerId = controllerId;
        this.orphanGrace = orphanGrace;
        this.liveness = liveness;
    }

    /** The plan for {@code workers} and the leases that hold them. */
    Plan plan(Instant now, PoolSet pools, Collection<ObservedWorker> workers, Map<String, LeaseRecord> leases) {
        Map<String, LeaseView> views = new HashMap<>();
        for (ObservedWorker worker : workers) {
            LeaseRecord lease = leases.get(worker.leaseId());
            if (lease != null) {
                views.put(lease.id(), view(lease));
            }
        }
        return Planner.plan(input(now, pools, workers, views));
    }

    /** When {@code worker}, held by {@code lease} if not null, next needs judging. */
    Optional<Instant> nextCheck(Instant now, PoolSet pools, ObservedWorker worker, LeaseRecord lease) {
        Map<String, LeaseView> views = lease == null ? Map.of() : Map.of(lease.id(), view(lease));
        return Planner.nextCheck(input(now, pools, List.of(worker), views), worker);
    }

    private PlanInput input(Instant now, PoolSet pools, Collection<ObservedWorker> workers, Map<String, LeaseView> views) {
        return new PlanInput(now, Optional.of(controllerId), pools, workers, views, id -> liveness.alive(id, now),
                orphanGrace);
    }

    private static LeaseView view(LeaseRecord lease) {
        return new LeaseView(lease.id(), lease.state(), lease.since(), lease.idleSince());
    }
}
