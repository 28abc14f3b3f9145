package io.jenkins.plugins.dwp.kube;

import java.util.Map;

/**
 * The labels and annotations that put on each worker pod everything needed to reap it, so that
 * the cluster, not a controller's memory, is the source of truth: a restarted controller, another
 * controller or {@code dwp apply} can act on a pod from what the pod says about itself.
 */
public final class WorkerMetadata {

    /** The domain of every label and annotation the product sets. */
    public static final String PREFIX = "dwp.jenkins.io/";

    /** Label: the controller that made the pod; its heartbeat decides whether the pod is an orphan. */
    public static final String CONTROLLER = PREFIX + "controller";
    /** Label: the pool the pod serves. */
    public static final String POOL = PREFIX + "pool";
    /** Label: the lease the pod was made for, one pod per lease. */
    public static final String LEASE = PREFIX + "lease";
    /** Label: marks pods and secrets of this product, so that one selector finds them all. */
    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    /** The value of {@link #MANAGED_BY}. */
    public static final String MANAGER = "dynamic-worker-pools";

    /** Annotation: when the worker was requested (ISO-8601 instant). */
    public static final String CREATED = PREFIX + "created";
    /** Annotation: when the worker last ran a step or was created (ISO-8601 instant). */
    public static final String LAST_ACTIVE = PREFIX + "last-active";
    /** Annotation: the catalog id of the image the worker runs. */
    public static final String IMAGE_ID = PREFIX + "image-id";
    /** Annotation: when the worker must be gone by the pool's lifetime rule (ISO-8601 instant). */
    public static final String LIFETIME_DEADLINE = PREFIX + "lifetime-deadline";

    private WorkerMetadata() {
    }

    /** The labels that select every worker of one controller. */
    public static Map<String, String> selectorOf(String controllerId) {
        return Map.of(MANAGED_BY, MANAGER, CONTROLLER, controllerId);
    }
}
