package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Plays Kubernetes' garbage collector, which the embedded API server lacks: deletes the Secret a
 * deleted pod owned. Off the simulation's path, for nothing watches secrets; it keeps the
 * server's store, which every request scans, as small as a real cluster's.
 */
final class GarbageCollector implements AutoCloseable {

    private final KubernetesClient client;
    private final ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "dwp-simulate-gc");
        t.setDaemon(true);
        return t;
    });

    GarbageCollector(KubernetesClient client) {
        this.client = client;
    }

    /** Deletes what {@code pod} owned; the worker's Secret has the pod's name. */
    void collect(Pod pod) {
        threads.execute(() -> {
            String namespace = pod.getMetadata().getNamespace();
            String name = pod.getMetadata().getName();
            try {
                Secret secret = client.secrets().inNamespace(namespace).withName(name).get();
                if (secret != null && secret.getMetadata().getOwnerReferences().stream()
                        .anyMatch(owner -> owner.getUid().equals(pod.getMetadata().getUid()))) {
                    client.secrets().resource(secret).delete();
                }
            } catch (KubernetesClientException e) {
                // Counted as left over when the simulation ends.
            }
        });
    }

    /** Waits until every collection asked for is done. */
    void finish() throws InterruptedException {
        threads.shutdown();
        threads.awaitTermination(1, TimeUnit.MINUTES);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
