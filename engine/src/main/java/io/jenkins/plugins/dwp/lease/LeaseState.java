package io.jenkins.plugins.dwp.lease;

/** Where a lease, and the one worker it stands for, is in its life. */
public enum LeaseState {
    /** Asked for; waiting for a slot under the pool's cap, or for its pod to be created. */
    REQUESTED,
    /** Its pod exists and is not running yet (scheduling, pulling the image, starting). */
    PENDING,
    /** Its pod runs; the agent may not have connected yet. */
    RUNNING,
    /** A step runs on the worker; the idle rule never reaps it. */
    BUSY,
    /** The worker runs no step; the idle rule counts from here. */
    IDLE,
    /** Released or reaped: its pod is being deleted. */
    TERMINATING,
    /** Its pod is gone. Final. */
    GONE,
    /** The worker could not serve or stopped serving, with a reason a person can act on. Final. */
    FAILED;

    /** Whether nothing more happens to a lease in this state. */
    public boolean isFinal() {
        return this == GONE || this == FAILED;
    }
}
