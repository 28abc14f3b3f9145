package io.jenkins.plugins.dwp.lease;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Live workers by pool and lease state, kept as leases move rather than counted each tick. */
final class WorkerCounts {

    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();

    void entered(String pool, LeaseState state) {
        if (!state.isFinal()) {
            counts.computeIfAbsent(pool, p -> new TreeMap<>()).merge(name(state), 1, Integer::sum);
        }
    }

    void left(String pool, LeaseState state) {
        if (!state.isFinal()) {
            counts.computeIfAbsent(pool, p -> new TreeMap<>()).merge(name(state), -1, Integer::sum);
        }
    }

    /** Pool, then state, then how many; states with none are reported as zero once seen. */
    Map<String, Map<String, Integer>> byPoolAndState() {
        return counts;
    }

    private static String name(LeaseState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
