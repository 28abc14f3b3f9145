package io.jenkins.plugins.dwp.lease;

/**
 * Told every move of one lease, failures with their reason, in order, on the broker's thread: keep it short.
 * A lambda hears the moves only; a requester that also shows notices overrides {@link #onNotice}.
 */
@FunctionalInterface
public interface LeaseListener {

    /**
     * @param lease the lease after the move
     * @param transition the move
     */
    void onTransition(Lease lease, LeaseTransition transition);

    /**
     * Something the requester should know at once though the lease does not move: its pod waits
     * for a node the scheduler cannot find yet, which a cluster autoscaler may add before the
     * pool's pending timeout. Told once per distinct message, for a build log to print.
     *
     * @param lease the lease as it stands
     * @param message what to tell, with Kubernetes' own words in it
     */
    default void onNotice(Lease lease, String message) {
    }
}
