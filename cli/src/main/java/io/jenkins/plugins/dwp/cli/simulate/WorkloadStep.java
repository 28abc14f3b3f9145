package io.jenkins.plugins.dwp.cli.simulate;

import java.time.Duration;
import java.util.Optional;

/**
 * One build step of a workload: at {@code at} after the start it asks for a worker of {@code label}
 * and runs on it for {@code duration}.
 *
 * @param id {@code step-N} for the Nth explicit step, {@code gen-N} for the Nth generated one, from 0
 * @param at when it asks, after the start of the simulation
 * @param label the Jenkins label it asks for
 * @param duration how long it runs once its worker runs
 * @param podStartup how long the simulated kubelet takes to start its pod
 * @param abandon whether its build goes away before using the worker, which is then never used nor released
 * @param problem what the kubelet makes of its pod instead of running it, if anything
 */
public record WorkloadStep(String id, Duration at, String label, Duration duration, Duration podStartup,
        boolean abandon, Optional<PodProblem> problem) {

    /** A pod starts in this long unless the workload says otherwise. */
    public static final Duration DEFAULT_POD_STARTUP = Duration.ofSeconds(20);
}
