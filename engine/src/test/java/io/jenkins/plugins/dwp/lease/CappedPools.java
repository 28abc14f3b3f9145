package io.jenkins.plugins.dwp.lease;

import java.util.Map;
import java.util.stream.Collectors;

/** The pools file of the fault and disruption tests: one pool a cap, idle after 10 minutes. */
final class CappedPools {

    private CappedPools() {
    }

    /** One pool for each entry of {@code caps} (name to maxWorkers), in the map's order. */
    static String yaml(Map<String, Integer> caps) {
        return caps.entrySet().stream()
                .map(pool -> """
                          - name: %s
                            image: {default: inbound-agent}
                            resources: {requests: {cpu: 500m, memory: 1Gi}}
                            idleMinutes: 10
                            maxLifetimeHours: 72
                            pendingTimeoutMinutes: 15
                            maxWorkers: %d
                        """.formatted(pool.getKey(), pool.getValue()))
                .collect(Collectors.joining("", "pools:\n", ""));
    }
}
