package io.jenkins.plugins.dwp.bench;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The rest of the cluster, as the provisioning benchmark needs it, with a client of its own: a
 * kubelet that starts every new pod of a namespace at once (one status patch to Running) and a
 * garbage collector that deletes a deleted pod's secret (named like the pod), which the mock server
 * does not do and which would otherwise grow the store every request of the mock scans.
 */
final class SimulatedKubelet implements Watcher<Pod>, AutoCloseable {

    /** The User-Agent of the kubelet's calls. */
    static final String USER_AGENT = "simulated-kubelet";

    private static final String RUNNING = "{\"status\":{\"phase\":\"Running\"}}";

    private final KubernetesClient client;
    private final String namespace;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "simulated-kubelet");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, CompletableFuture<Void>> running = new ConcurrentHashMap<>();
    private final Watch watch;

    SimulatedKubelet(MockApi api, String namespace) {
        this.client = api.client(USER_AGENT);
        this.namespace = namespace;
        this.watch = client.pods().inNamespace(namespace).watch(this);
    }

    /** Completes once the kubelet has written the pod {@code name} Running; each name is awaited once. */
    CompletableFuture<Void> running(String name) {
        return running.computeIfAbsent(name, n -> new CompletableFuture<>());
    }

    /** Forgets what was awaited of pod {@code name}. */
    void forget(String name) {
        running.remove(name);
    }

    @Override
    public void eventReceived(Action action, Pod pod) {
        String name = pod.getMetadata().getName();
        if (action == Action.ADDED) {
            workers.execute(() -> start(name));
        } else if (action == Action.DELETED) {
            workers.execute(() -> collectSecretOf(name));
        }
    }

    private void start(String name) {
        try {
            client.pods().inNamespace(namespace).withName(name).subresource("status")
                    .patch(PatchContext.of(PatchType.JSON_MERGE), RUNNING);
            running(name).complete(null);
        } catch (KubernetesClientException e) {
            running(name).completeExceptionally(e);
        }
    }

    private void collectSecretOf(String name) {
        try {
            client.secrets().inNamespace(namespace).withName(name).delete();
        } catch (KubernetesClientException e) {
            // the benchmark ends
        }
    }

    @Override
    public void onClose(WatcherException cause) {
        // the benchmark ends
    }

    @Override
    public void close() {
        watch.close();
        workers.shutdownNow();
        client.close();
    }
}
