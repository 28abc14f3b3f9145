package io.jenkins.plugins.dwp.config;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jenkins.plugins.dwp.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A pool or the {@code defaults:} block as written: each setting present only where the file
 * sets it. {@link #over} lays a pool over the defaults before the whole pool is checked.
 */
record PoolDraft(
        YamlNode node,
        Optional<Located<String>> name,
        Optional<List<String>> labels,
        Optional<Located<ImageSelector>> image,
        Optional<Map<String, Located<String>>> tools,
        Optional<Map<String, Located<Quantity>>> requests,
        Optional<Map<String, Located<Quantity>>> limits,
        OptionalInt idleMinutes,
        OptionalInt maxLifetimeHours,
        OptionalInt pendingTimeoutMinutes,
        OptionalInt maxWorkers,
        Optional<String> namespace,
        Optional<String> serviceAccount,
        Optional<Map<String, Located<String>>> nodeSelector,
        Optional<List<PodToleration>> tolerations,
        Optional<Map<String, String>> env) {

    /** A draft that sets nothing, for a file without {@code defaults:}. */
    static PoolDraft none(YamlNode node) {
        return new PoolDraft(node, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * This pool with the defaults filling what it leaves out. A pool's own value replaces the
     * default's, except that {@code env} and {@code nodeSelector} are merged key by key (the
     * pool winning) and {@code resources.requests} and {@code resources.limits} are taken apart.
     */
    PoolDraft over(PoolDraft defaults) {
        return new PoolDraft(node, name, labels,
                image.or(defaults::image),
                tools.or(defaults::tools),
                requests.or(defaults::requests),
                limits.or(defaults::limits),
                either(idleMinutes, defaults.idleMinutes),
                either(maxLifetimeHours, defaults.maxLifetimeHours),
                either(pendingTimeoutMinutes, defaults.pendingTimeoutMinutes),
                either(maxWorkers, defaults.maxWorkers),
                namespace.or(defaults::namespace),
                serviceAccount.or(defaults::serviceAccount),
                merged(defaults.nodeSelector, nodeSelector),
                tolerations.or(defaults::tolerations),
                merged(defaults.env, env));
    }

    private static OptionalInt either(OptionalInt own, OptionalInt fallback) {
        return own.isPresent() ? own : fallback;
    }

    private static <V> Optional<Map<String, V>> merged(Optional<Map<String, V>> base, Optional<Map<String, V>> over) {
        if (base.isEmpty() || over.isEmpty()) {
            return over.or(() -> base);
        }
        Map<String, V> merged = new LinkedHashMap<>(base.get());
        merged.putAll(over.get());
        return Optional.of(merged);
    }
}
