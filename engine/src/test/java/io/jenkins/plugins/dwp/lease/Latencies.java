package io.jenkins.plugins.dwp.lease;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.util.concurrent.TimeUnit;

/** The p50 and p99 of the broker's timers, for load tests to print. */
final class Latencies {

    private Latencies() {
    }

    /** Makes {@code registry}'s timers keep the p50 and p99; the broker's timers publish only a histogram. */
    static void keepPercentiles(MeterRegistry registry) {
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return DistributionStatisticConfig.builder().percentiles(0.5, 0.99).build().merge(config);
            }
        });
    }

    /** {@code n=… p50=… ms p99=… ms max=… ms}. */
    static String of(Timer timer) {
        HistogramSnapshot snapshot = timer.takeSnapshot();
        StringBuilder text = new StringBuilder("n=" + snapshot.count());
        for (ValueAtPercentile p : snapshot.percentileValues()) {
            text.append(String.format(" p%.0f=%.1f ms", p.percentile() * 100, p.value(TimeUnit.MILLISECONDS)));
        }
        return text.append(String.format(" max=%.1f ms", snapshot.max(TimeUnit.MILLISECONDS))).toString();
    }
}
