package io.jenkins.plugins.dwp.reconcile;

import java.time.Instant;
import java.util.Optional;

/**
 * A worker pod as the cluster shows it: everything the rules need is on the pod itself.
 *
 * @param namespace the pod's namespace
 * @param podName the pod's name
 * @param controllerId the controller that made it
 * @param poolName the pool it serves
 * @param leaseId the lease it was made for
 * @param created when it was requested
 * @param lastActive when it last ran a step, or was created
 * @param lifetimeDeadline when the lifetime rule reaps it, as written on the pod
 * @param imageId the catalog id of its image
 * @param phase its phase
 * @param problem why it cannot serve, when Kubernetes says so (image pull failure, unschedulable,
 *     evicted, out of memory), with the reason and message a person will read
 * @param deleting whether its deletion has begun
 */
public record ObservedWorker(
        String namespace,
        String podName,
        String controllerId,
        String poolName,
        String leaseId,
        Instant created,
        Instant lastActive,
        Optional<Instant> lifetimeDeadline,
        String imageId,
        WorkerPhase phase,
        Optional<String> problem,
        boolean deleting) {

    /** {@code NAMESPACE/POD}, as kubectl names the pod: unique in a cluster. */
    public String podKey() {
        return namespace + "/" + podName;
    }
}
