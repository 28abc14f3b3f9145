package io.jenkins.plugins.dwp.config;

import java.util.Optional;

/**
 * A Kubernetes toleration, as a pool lists it.
 *
 * @param key the taint key; empty with {@code Exists} tolerates every taint
 * @param operator {@code Equal} or {@code Exists}
 * @param value the taint value, for {@code Equal}
 * @param effect {@code NoSchedule}, {@code PreferNoSchedule} or {@code NoExecute}; empty for all
 * @param tolerationSeconds for {@code NoExecute}, how long the pod stays once tainted
 */
public record PodToleration(
        Optional<String> key, String operator, Optional<String> value, Optional<String> effect,
        Optional<Integer> tolerationSeconds) {
}
