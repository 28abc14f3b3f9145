package io.jenkins.plugins.dwp.cli.simulate;

import java.time.Duration;
import java.util.List;

/** Nearest-rank percentiles: the smallest value that at least that share of values do not exceed. */
final class Percentiles {

    private Percentiles() {
    }

    static SimulationResult.QueueWait of(List<Duration> values) {
        if (values.isEmpty()) {
            return new SimulationResult.QueueWait(0, 0, 0);
        }
        List<Duration> sorted = values.stream().sorted().toList();
        return new SimulationResult.QueueWait(seconds(rank(sorted, 0.50)), seconds(rank(sorted, 0.95)),
                seconds(sorted.get(sorted.size() - 1)));
    }

    private static Duration rank(List<Duration> sorted, double share) {
        int rank = (int) Math.ceil(share * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
