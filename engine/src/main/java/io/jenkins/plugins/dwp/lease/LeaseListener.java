package io.jenkins.plugins.dwp.lease;

/** Told every move of one lease, failures with their reason, in order, on the broker's thread: keep it short. */
@FunctionalInterface
public interface LeaseListener {

    /**
     * @param lease the lease after the move
     * @param transition the move
     */
    void onTransition(Lease lease, LeaseTransition transition);
}
