package io.jenkins.plugins.dwp.config;

import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pool's resource requests and limits, as Kubernetes quantities by resource name.
 *
 * @param requests what the scheduler reserves for each worker
 * @param limits what a worker may use at most
 */
public record Resources(Map<String, Quantity> requests, Map<String, Quantity> limits) {

    /** Copies both maps, keeping their order, so the value cannot change. */
    public Resources {
        requests = Collections.unmodifiableMap(new LinkedHashMap<>(requests));
        limits = Collections.unmodifiableMap(new LinkedHashMap<>(limits));
    }
}
