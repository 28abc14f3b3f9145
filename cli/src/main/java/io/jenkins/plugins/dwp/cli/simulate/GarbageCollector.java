package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.api.model.Pod;
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

    /**
     * Deletes what {@code pod} owned: the worker's Secret, which has the pod's name. Pods are named
     * from unique lease ids, so the Secret of that name is this pod's and no read is needed first.
     */
    void collect(Pod pod) {
        threads.execute(() -> {
            try {
                client.secrets().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                        .delete();
            } catch (KubernetesClientException e) {
                // The store keeps it; nothing in the simulation reads secrets.
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
