package io.jenkins.plugins.dwp.lease;

import io.jenkins.plugins.dwp.metrics.WorkerMetrics;
import java.time.Duration;
import java.time.Instant;

/** Turns lease moves into the latency the metrics report: how long a request waited for each milestone. */
final class LeaseMeasurements {

    private final WorkerMetrics metrics;

    LeaseMeasurements(WorkerMetrics metrics) {
        this.metrics = metrics;
    }

    /** Wraps a requester's listener so that every move is measured before the requester hears of it. */
    LeaseListener around(LeaseListener requester) {
        return new LeaseListener() {
            @Override
            public void onTransition(Lease lease, LeaseTransition transition) {
                measure(lease, transition);
                requester.onTransition(lease, transition);
            }

            @Override
            public void onNotice(Lease lease, String message) {
                requester.onNotice(lease, message);
            }
        };
    }

    private void measure(Lease lease, LeaseTransition transition) {
        Instant requested = lease.times().get(LeaseState.REQUESTED);
        if (requested == null) {
            return;
        }
        Duration waited = Duration.between(requested, transition.at());
        switch (transition.to()) {
            case PENDING -> metrics.waited(WorkerMetrics.TO_CREATED, lease.pool(), waited);
            case RUNNING -> metrics.waited(WorkerMetrics.TO_RUNNING, lease.pool(), waited);
            case IDLE, BUSY -> {
                // The agent's first word, idle or straight to a step, is when it connected.
                if (transition.from() == LeaseState.RUNNING) {
                    metrics.waited(WorkerMetrics.TO_CONNECTED, lease.pool(), waited);
                }
            }
            default -> {
                // later moves are counted as reaps, not waits
            }
        }
    }
}
