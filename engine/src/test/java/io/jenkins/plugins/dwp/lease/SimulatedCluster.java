package io.jenkins.plugins.dwp.lease;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.jenkins.plugins.dwp.kube.WorkerMetadata;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The cluster as a pod watch shows it, for load and fault tests: counts each pool's live pods at
 * every event, keeping the most seen, records every pod made for each lease, and plays the kubelet,
 * marking each new pod Running. Optionally also plays Kubernetes' garbage collector, which the mock
 * server lacks, deleting the secret a deleted pod owned.
 */
final class SimulatedCluster implements Watcher<Pod>, AutoCloseable {

    final Set<String> live = ConcurrentHashMap.newKeySet();
    final Map<String, Integer> maxLive = new ConcurrentHashMap<>();
    final Map<String, Set<String>> uidsByLease = new ConcurrentHashMap<>();
    final Set<String> deletedUids = ConcurrentHashMap.newKeySet();

    private final Map<String, Set<String>> liveByPool = new ConcurrentHashMap<>();
    private final ExecutorService kubelet = Executors.newFixedThreadPool(2);
    private final KubernetesClient client;
    private final String namespace;
    private final boolean collectGarbage;

    SimulatedCluster(KubernetesClient client, String namespace, boolean collectGarbage) {
        this.client = client;
        this.namespace = namespace;
        this.collectGarbage = collectGarbage;
    }

    /** The most pods of {@code pool} seen alive at once. */
    int maxLiveOf(String pool) {
        return maxLive.getOrDefault(pool, 0);
    }

    @Override
    public void eventReceived(Action action, Pod pod) {
        String name = pod.getMetadata().getName();
        String pool = pod.getMetadata().getLabels().get(WorkerMetadata.POOL);
        Set<String> ofPool = liveByPool.computeIfAbsent(pool, p -> ConcurrentHashMap.newKeySet());
        switch (action) {
            case ADDED -> {
                live.add(name);
                ofPool.add(name);
                maxLive.merge(pool, ofPool.size(), Math::max);
                uidsByLease.computeIfAbsent(pod.getMetadata().getLabels().get(WorkerMetadata.LEASE),
                        l -> ConcurrentHashMap.newKeySet()).add(pod.getMetadata().getUid());
                kubelet.execute(() -> runs(name));
            }
            case DELETED -> {
                live.remove(name);
                ofPool.remove(name);
                deletedUids.add(pod.getMetadata().getUid());
                if (collectGarbage) {
                    kubelet.execute(() -> collectGarbageOf(pod));
                }
            }
            default -> {
                // status changes do not change the count
            }
        }
    }

    private void runs(String name) {
        try {
            client.pods().inNamespace(namespace).withName(name)
                    .editStatus(p -> new PodBuilder(p).withNewStatus().withPhase("Running").endStatus().build());
        } catch (KubernetesClientException e) {
            // deleted before it ran
        }
    }

    /** Deletes the secret the pod owned; it keeps the mock's store, which every request scans, small. */
    private void collectGarbageOf(Pod pod) {
        try {
            Secret secret = client.secrets().inNamespace(namespace).withName(pod.getMetadata().getName()).get();
            if (secret != null && secret.getMetadata().getOwnerReferences().stream()
                    .anyMatch(owner -> owner.getUid().equals(pod.getMetadata().getUid()))) {
                client.secrets().resource(secret).delete();
            }
        } catch (KubernetesClientException e) {
            // the test ends
        }
    }

    @Override
    public void onClose(WatcherException cause) {
        // the test ends
    }

    @Override
    public void close() {
        kubelet.shutdownNow();
    }
}
