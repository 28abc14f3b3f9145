package io.jenkins.plugins.dwp.kube;

import java.time.Instant;

/**
 * Who one worker is: derived from its lease, so that a retried create names the same pod and
 * cannot make a second one.
 *
 * @param controllerId the controller that leases the worker
 * @param leaseId the lease, unique, lower-case letters and digits
 * @param poolName the pool it serves
 * @param namespace where its pod and secret live
 * @param created when it was requested
 */
public record WorkerIdentity(String controllerId, String leaseId, String poolName, String namespace, Instant created) {

    private static final int MAX_NAME = 63;

    /** The pod's name, also the agent's name in Jenkins and the secret's name: {@code POOL-LEASE}, at most 63 characters. */
    public String podName() {
        String pool = poolName.substring(0, Math.min(poolName.length(), MAX_NAME - leaseId.length() - 1));
        return stripTrailingDashes(pool) + "-" + leaseId;
    }

    /** {@code NAMESPACE/POD}, as kubectl names the pod: unique in a cluster. */
    public String podKey() {
        return namespace + "/" + podName();
    }

    private static String stripTrailingDashes(String name) {
        int end = name.length();
        while (end > 0 && name.charAt(end - 1) == '-') {
            end--;
        }
        return name.substring(0, end);
    }
}
