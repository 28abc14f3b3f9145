package io.jenkins.plugins.dwp.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One worker pool as written, with {@code defaults:} and built-in defaults applied.
 *
 * @param name unique DNS-1123 label
 * @param labels the Jenkins label atoms the pool serves
 * @param image how the pool names its image
 * @param tools tool versions the pool asks of its image, by tool
 * @param resources requests and limits of each worker
 * @param idleMinutes minutes without a step before a worker is deleted
 * @param maxLifetimeHours hours after which a worker is deleted, even mid-step
 * @param pendingTimeoutMinutes minutes a pod may take to run before its step fails
 * @param maxWorkers the most live workers at once, if capped
 * @param namespace the namespace of its pods, if not the cloud's
 * @param serviceAccount the service account of its pods, if any; without one pods get no API token
 * @param nodeSelector node labels its pods require, besides the image's operating system
 * @param tolerations taints its pods tolerate
 * @param env environment variables of the worker container
 */
public record Pool(
        String name,
        List<String> labels,
        ImageSelector image,
        Map<String, String> tools,
        Resources resources,
        int idleMinutes,
        int maxLifetimeHours,
        int pendingTimeoutMinutes,
        OptionalInt maxWorkers,
        Optional<String> namespace,
        Optional<String> serviceAccount,
        Map<String, String> nodeSelector,
        List<PodToleration> tolerations,
        Map<String, String> env) {

    /** Copies every collection, keeping its order, so the pool cannot change. */
    public Pool {
        labels = List.copyOf(labels);
        tools = Collections.unmodifiableMap(new LinkedHashMap<>(tools));
        nodeSelector = Collections.unmodifiableMap(new LinkedHashMap<>(nodeSelector));
        tolerations = List.copyOf(tolerations);
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    }
}
