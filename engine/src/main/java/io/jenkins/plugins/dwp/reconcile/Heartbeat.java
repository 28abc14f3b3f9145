package io.jenkins.plugins.dwp.reconcile;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.jenkins.plugins.dwp.kube.WorkerMetadata;
import java.net.HttpURLConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Proves a controller alive: a coordination.k8s.io Lease of its own, renewed with one call.
 * Pods of a controller whose heartbeat is stale are orphans to whoever reconciles next, so a
 * crashed Jenkins leaks nothing for long.
 */
public final class Heartbeat {

    /** Prefix of every heartbeat Lease's name; the controller id follows. */
    public static final String NAME_PREFIX = "dwp-controller-";

    private final KubernetesClient client;
    private final String namespace;
    private final String controllerId;
    private final Clock clock;
    private final Duration validFor;
    private boolean created;

    /**
     * @param namespace where the heartbeat Lease lives: the namespace of the cloud
     * @param validFor how long one renewal proves the controller alive
     */
    public Heartbeat(KubernetesClient client, String namespace, String controllerId, Clock clock, Duration validFor) {
        this.client = client;
        this.namespace = namespace;
        this.controllerId = controllerId;
        this.clock = clock;
        this.validFor = validFor;
    }

    /** The heartbeat Lease's name for a controller. */
    public static String leaseName(String controllerId) {
        return NAME_PREFIX + controllerId;
    }

    /**
     * Renews the heartbeat: one create the first time, then one merge patch each time.
     *
     * @return the API verb the renewal took, {@code create} or {@code patch}, for the call metrics
     *
     * @throws KubernetesClientException if the API server refuses
     */
    public String renew() {
        Lease heartbeat = new LeaseBuilder()
                .withNewMetadata()
                .withName(leaseName(controllerId))
                .withNamespace(namespace)
                .addToLabels(WorkerMetadata.MANAGED_BY, WorkerMetadata.MANAGER)
                .addToLabels(WorkerMetadata.CONTROLLER, controllerId)
                .endMetadata()
                .withNewSpec()
                .withHolderIdentity(controllerId)
                .withLeaseDurationSeconds((int) validFor.toSeconds())
                .withRenewTime(ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .endSpec()
                .build();
        if (!created) {
            try {
                client.leases().inNamespace(namespace).resource(heartbeat).create();
                created = true;
                return "create";
            } catch (KubernetesClientException e) {
                if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
                    throw e;
                }
                created = true;
            }
        }
        // The object itself is the merge patch: no read first, and no resourceVersion to conflict on.
        client.leases().inNamespace(namespace).resource(heartbeat).patch(PatchContext.of(PatchType.JSON_MERGE));
        return "patch";
    }

    /**
     * Whether the controller that holds {@code lease} proved itself alive recently enough: its
     * last renewal plus its validity plus {@code grace} lies after {@code now}.
     */
    public static boolean alive(Lease lease, Instant now, Duration grace) {
        if (lease.getSpec() == null || lease.getSpec().getRenewTime() == null) {
            return false;
        }
        Instant renewed = lease.getSpec().getRenewTime().toInstant();
        Integer seconds = lease.getSpec().getLeaseDurationSeconds();
        Duration valid = Duration.ofSeconds(seconds == null ? 0 : seconds);
        return renewed.plus(valid).plus(grace).isAfter(now);
    }
}
