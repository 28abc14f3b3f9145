package io.jenkins.plugins.dwp.reconcile;

import io.jenkins.plugins.dwp.lease.LeaseState;
import java.time.Instant;

/**
 * What the planner needs of one of this controller's leases.
 *
 * @param leaseId the lease, as on its pod's {@link io.jenkins.plugins.dwp.kube.WorkerMetadata#LEASE} label
 * @param state where it is now
 * @param since when it entered that state
 * @param idleSince when it became {@link LeaseState#RUNNING} or last left {@link LeaseState#BUSY}:
 *     where the idle rule counts from; meaningful for {@code RUNNING} and {@code IDLE}
 */
public record LeaseView(String leaseId, LeaseState state, Instant since, Instant idleSince) {

    /**
     * Whether a requester still holds the lease and so must be told if its worker is lost:
     * not once it is released ({@code TERMINATING}) or final.
     */
    public boolean held() {
        return state != LeaseState.TERMINATING && !state.isFinal();
    }
}
