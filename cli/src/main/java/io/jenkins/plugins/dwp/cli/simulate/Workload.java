package io.jenkins.plugins.dwp.cli.simulate;

import java.util.List;

/**
 * A workload to replay: its steps in the order they ask for workers (explicit steps before
 * generated ones asking at the same time).
 *
 * @param seed what every random choice of the replay derives from
 * @param steps every step
 */
public record Workload(long seed, List<WorkloadStep> steps) {

    /** Copies the steps so the workload cannot change. */
    public Workload {
        steps = List.copyOf(steps);
    }
}
