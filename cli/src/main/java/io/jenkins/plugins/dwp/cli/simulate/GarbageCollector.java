package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Plays Kubernetes' garbage collector, which the embedded API server lacks: deletes the Secret a
 * deleted pod owned. Like the kubelet it sits beside the API server and asks the store directly.
 * Off the simulation's path, for nothing watches secrets; it keeps the server's store, which
 * lists and watches read whole, as small as a real cluster's.
 */
final class GarbageCollector implements AutoCloseable {

    private final EmbeddedStore store;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dwp-simulate-gc");
        t.setDaemon(true);
        return t;
    });

    GarbageCollector(EmbeddedStore store) {
        this.store = store;
    }

    /**
     * Deletes what {@code pod} owned: the worker's Secret, which has the pod's name. Pods are named
     * from unique lease ids, so the Secret of that name is this pod's and no read is needed first.
     * One already gone is no matter: nothing in the simulation reads secrets.
     */
    void collect(Pod pod) {
        String path = "/api/v1/namespaces/" + pod.getMetadata().getNamespace() + "/secrets/" + pod.getMetadata().getName();
        thread.execute(() -> store.serve(HttpMethod.DELETE, path, null, null));
    }

    /** Waits until every collection asked for is done. */
    void finish() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(1, TimeUnit.MINUTES);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
