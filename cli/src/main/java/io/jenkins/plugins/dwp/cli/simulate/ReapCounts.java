package io.jenkins.plugins.dwp.cli.simulate;

import io.jenkins.plugins.dwp.metrics.WorkerMetrics;
import io.jenkins.plugins.dwp.reconcile.ReapReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/** Pods the engine reaped so far, by reason, as its metrics count them. */
final class ReapCounts {

    private ReapCounts() {
    }

    /** Every reason, in {@link ReapReason} order, at zero. */
    static Map<String, Long> none() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ReapReason reason : ReapReason.values()) {
            counts.put(reason.displayName(), 0L);
        }
        return counts;
    }

    /** Every reason, in {@link ReapReason} order, with what {@code registry} counted for all pools. */
    static Map<String, Long> of(MeterRegistry registry) {
        Map<String, Long> counts = none();
        for (Counter counter : registry.find(WorkerMetrics.REAPS).counters()) {
            counts.merge(counter.getId().getTag("reason"), Math.round(counter.count()), Long::sum);
        }
        return counts;
    }
}
