package io.jenkins.plugins.dwp.reconcile;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.jenkins.plugins.dwp.kube.WorkerMetadata;
import java.util.concurrent.Executor;

/** Keeps a {@link ControllerLiveness} up to date from a watch on the heartbeat Leases of a namespace. */
public final class HeartbeatWatch implements ResourceEventHandler<Lease> {

    private final ControllerLiveness liveness;
    private final Executor owner;

    private HeartbeatWatch(ControllerLiveness liveness, Executor owner) {
        this.liveness = liveness;
        this.owner = owner;
    }

    /**
     * Starts watching; returns once the first list is in the informer's store, which {@code owner}
     * then hands to {@code liveness} before any later event.
     *
     * @param owner the thread that owns {@code liveness}: every update runs there
     */
    public static SharedIndexInformer<Lease> start(KubernetesClient client, String namespace, ControllerLiveness liveness,
            Executor owner) {
        SharedIndexInformer<Lease> informer = client.leases().inNamespace(namespace)
                .withLabel(WorkerMetadata.MANAGED_BY, WorkerMetadata.MANAGER)
                .inform(new HeartbeatWatch(liveness, owner), 0);
        informer.getStore().list().forEach(lease -> owner.execute(() -> liveness.seen(lease)));
        return informer;
    }

    @Override
    public void onAdd(Lease lease) {
        owner.execute(() -> liveness.seen(lease));
    }

    @Override
    public void onUpdate(Lease old, Lease lease) {
        owner.execute(() -> liveness.seen(lease));
    }

    @Override
    public void onDelete(Lease lease, boolean finalStateUnknown) {
        owner.execute(() -> liveness.gone(lease));
    }
}
