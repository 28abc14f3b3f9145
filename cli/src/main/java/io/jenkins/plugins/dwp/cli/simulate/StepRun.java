package io.jenkins.plugins.dwp.cli.simulate;

import io.jenkins.plugins.dwp.lease.LeaseState;
import java.time.Duration;
import java.util.Optional;

/** How one step fared: when it asked, when its worker ran, and how it ended. Only the simulation's thread touches it. */
final class StepRun {

    /** How a step ended. */
    enum Outcome {
        SERVED,
        FAILED
    }

    private final WorkloadStep step;
    private String leaseId;
    private LeaseState state = LeaseState.REQUESTED;
    private Duration requested;
    private Duration running;
    private Outcome outcome;
    private String failure;

    StepRun(WorkloadStep step) {
        this.step = step;
    }

    WorkloadStep step() {
        return step;
    }

    void requested(Duration at, String lease) {
        requested = at;
        leaseId = lease;
    }

    String leaseId() {
        return leaseId;
    }

    /** Moves the lease; true when that ends its wait for a pod. */
    boolean moved(LeaseState to) {
        boolean left = state == LeaseState.REQUESTED && to != LeaseState.REQUESTED;
        state = to;
        return left;
    }

    void running(Duration at) {
        if (running == null) {
            running = at;
        }
    }

    /** From request to running, once it ran. */
    Optional<Duration> queueWait() {
        return running == null ? Optional.empty() : Optional.of(running.minus(requested));
    }

    /** The step is done with its worker; true unless it had ended already, keeping its outcome. */
    boolean served() {
        if (outcome != null) {
            return false;
        }
        outcome = Outcome.SERVED;
        return true;
    }

    /** The step failed; true unless it had ended already, keeping its outcome. */
    boolean failed(String reason) {
        if (outcome != null) {
            return false;
        }
        outcome = Outcome.FAILED;
        failure = reason;
        return true;
    }

    Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
