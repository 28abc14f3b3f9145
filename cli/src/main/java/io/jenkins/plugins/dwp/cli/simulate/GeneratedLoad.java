package io.jenkins.plugins.dwp.cli.simulate;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code generate:} block of a workload: steps arriving at random (Poisson) for some hours,
 * with labels drawn by weight and log-normal durations.
 *
 * @param hours how long steps keep arriving
 * @param perHour how many arrive in an hour, on average
 * @param labels each label's weight, in file order
 * @param median the median duration
 * @param p95 the duration 95% of steps stay within
 * @param podStartup how long the kubelet takes to start each pod
 * @param problems for each problem, the share of pods that meet it
 * @param abandon the share of steps whose build goes away before using the worker
 */
public record GeneratedLoad(double hours, double perHour, Map<String, Double> labels, Duration median, Duration p95,
        Duration podStartup, Map<PodProblem, Double> problems, double abandon) {

    /** Copies the maps, keeping their order, so the value cannot change. */
    public GeneratedLoad {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }
}
