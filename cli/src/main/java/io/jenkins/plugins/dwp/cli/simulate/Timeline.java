package io.jenkins.plugins.dwp.cli.simulate;

import io.jenkins.plugins.dwp.reconcile.ReapReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Samples a replay at regular instants: pods alive by pool, steps waiting, and pods reaped since the last sample. */
final class Timeline {

    /** Sample intervals to choose from, in seconds: the shortest that keeps a replay within {@value #MAX_SAMPLES} samples. */
    private static final long[] INTERVALS = {60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 43200, 86400};
    private static final long MAX_SAMPLES = 2000;

    private final long intervalSeconds;
    private final List<String> pools;
    private final List<SimulationResult.Sample> samples = new ArrayList<>();
    private Map<String, Long> reapedBefore = ReapCounts.none();

    Timeline(Duration span, List<String> pools) {
        this.intervalSeconds = Arrays.stream(INTERVALS).filter(i -> span.toSeconds() / i <= MAX_SAMPLES).findFirst()
                .orElse(INTERVALS[INTERVALS.length - 1]);
        this.pools = List.copyOf(pools);
    }

    /** When the next sample is due. */
    Duration next() {
        return Duration.ofSeconds(samples.size() * intervalSeconds);
    }

    /** Whether a sample was taken at or after {@code end}, so that the last one counts every reap. */
    boolean covers(Duration end) {
        return !samples.isEmpty() && samples.get(samples.size() - 1).t() >= end.toSeconds();
    }

    /** Takes the sample due, from the state at that instant; {@code reaped} counts every reap so far. */
    void sample(Map<String, Integer> live, int queued, Map<String, Long> reaped) {
        Map<String, Long> since = new LinkedHashMap<>();
        reaped.forEach((reason, count) -> since.put(reason, count - reapedBefore.getOrDefault(reason, 0L)));
        reapedBefore = reaped;
        Map<String, Integer> alive = new LinkedHashMap<>();
        pools.forEach(pool -> alive.put(pool, live.getOrDefault(pool, 0)));
        samples.add(new SimulationResult.Sample(next().toSeconds(), alive, queued, since));
    }

    SimulationResult.Timeline result() {
        return new SimulationResult.Timeline(intervalSeconds, pools,
                Arrays.stream(ReapReason.values()).map(ReapReason::displayName).toList(), List.copyOf(samples));
    }
}
