package io.jenkins.plugins.dwp.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the engine measures, through Micrometer so that any registry (Prometheus in Jenkins)
 * can publish it: how long a step waits for its worker, how many workers each pool has in each
 * state, why workers are reaped, and how many API calls each verb costs.
 */
public final class WorkerMetrics {

    /** Timer: from a request to its pod being created. */
    public static final String TO_CREATED = "dwp.worker.request.to.created";
    /** Timer: from a request to its pod running. */
    public static final String TO_RUNNING = "dwp.worker.request.to.running";
    /** Timer: from a request to its agent connected. */
    public static final String TO_CONNECTED = "dwp.worker.request.to.connected";
    /** Gauge: workers by pool and state. */
    public static final String WORKERS = "dwp.workers";
    /** Counter: pods deleted, by reason. */
    public static final String REAPS = "dwp.reaps";
    /** Counter: Kubernetes API calls, by verb and resource. */
    public static final String API_CALLS = "dwp.api.calls";

    private final MeterRegistry registry;
    private final MultiGauge workers;

    /** Measures into {@code registry}. */
    public WorkerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.workers = MultiGauge.builder(WORKERS).description("Workers by pool and lease state").register(registry);
    }

    /** The registry measured into. */
    public MeterRegistry registry() {
        return registry;
    }

    /** Records how long a request of {@code pool} took to reach a milestone ({@link #TO_CREATED} and the like). */
    public void waited(String milestone, String pool, Duration duration) {
        Timer.builder(milestone)
                .tag("pool", pool)
                .publishPercentileHistogram()
                .register(registry)
                .record(duration);
    }

    /** Counts a pod deleted for {@code reason}. */
    public void reaped(String pool, String reason) {
        Counter.builder(REAPS).tags("pool", pool, "reason", reason).register(registry).increment();
    }

    /** Counts one Kubernetes API call. */
    public void apiCall(String verb, String resource) {
        Counter.builder(API_CALLS).tags("verb", verb, "resource", resource).register(registry).increment();
    }

    /** Replaces the worker counts with {@code counts}: pool, then state, then how many. */
    public void workers(Map<String, Map<String, Integer>> counts) {
        List<MultiGauge.Row<?>> rows = counts.entrySet().stream()
                .flatMap(pool -> pool.getValue().entrySet().stream()
                        .map(state -> MultiGauge.Row.of(Tags.of("pool", pool.getKey(), "state", state.getKey()),
                                state.getValue())))
                .<MultiGauge.Row<?>>map(row -> row)
                .toList();
        workers.register(rows, true);
    }
}
