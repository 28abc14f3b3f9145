package io.jenkins.plugins.dwp.cli.simulate;

import java.util.List;
import java.util.Map;

/**
 * What a replay found, in the shape of {@code dwp simulate --output json}: components in the
 * document's key order, maps in the order they print. All times are virtual.
 *
 * @param seed the workload's seed
 * @param virtualHours how much virtual time the replay covered, until the last pod was gone
 * @param steps how many steps asked, were served and failed
 * @param failures each failed step and why, in workload order
 * @param pods worker pods made, deleted and left at the end
 * @param reaped pods deleted, by the reason the engine gave
 * @param perPool for each pool, in file order, the most pods alive at once and the pod-hours spent
 * @param queueWaitSeconds from a step's request to its worker running
 * @param timeline the replay sampled at regular instants
 */
public record SimulationResult(long seed, double virtualHours, Steps steps, List<Failure> failures, Pods pods,
        Map<String, Long> reaped, Map<String, PoolUse> perPool, QueueWait queueWaitSeconds, Timeline timeline) {

    /** Steps requested, served and failed; every step ends one or the other. */
    public record Steps(long requested, long served, long failed) {
    }

    /** A failed step and the reason its lease gave. */
    public record Failure(String step, String reason) {
    }

    /** Worker pods made, deleted, and left at the end. */
    public record Pods(long created, long deleted, long leaked) {
    }

    /** One pool's use. */
    public record PoolUse(int maxConcurrent, double podHours) {
    }

    /** Percentiles (nearest rank) of the queue waits of the steps whose worker ran; 0 when none did. */
    public record QueueWait(double p50, double p95, double max) {
    }

    /**
     * The replay every {@code intervalSeconds}.
     *
     * @param pools every pool, in file order
     * @param reasons every reap reason
     */
    public record Timeline(long intervalSeconds, List<String> pools, List<String> reasons, List<Sample> samples) {
    }

    /**
     * One instant.
     *
     * @param t seconds since the start
     * @param live pods of each pool alive
     * @param queued steps waiting for a pod
     * @param reaped pods deleted since the previous sample, by reason
     */
    public record Sample(long t, Map<String, Integer> live, int queued, Map<String, Long> reaped) {
    }
}
