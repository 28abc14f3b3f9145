package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.api.model.Pod;
import io.jenkins.plugins.dwp.kube.WorkerMetadata;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every worker pod the cluster showed, by pool: made, deleted, alive now, the most alive at once
 * and the pod-time spent. Times are the simulation's; concurrency is counted at settled instants
 * only, so pods created and deleted at one instant never count twice in whichever order their
 * events come.
 */
final class PodLedger {

    private record Alive(String pool, Duration since, Pod pod) {
    }

    private final Map<String, Alive> alive = new HashMap<>();
    private final Map<String, Integer> liveByPool = new LinkedHashMap<>();
    private final Map<String, Integer> maxByPool = new LinkedHashMap<>();
    private final Map<String, Duration> timeByPool = new LinkedHashMap<>();
    private long created;
    private long deleted;

    PodLedger(List<String> pools) {
        for (String pool : pools) {
            liveByPool.put(pool, 0);
            maxByPool.put(pool, 0);
            timeByPool.put(pool, Duration.ZERO);
        }
    }

    void added(Pod pod, Duration at) {
        String pool = pod.getMetadata().getLabels().get(WorkerMetadata.POOL);
        if (alive.putIfAbsent(key(pod), new Alive(pool, at, pod)) == null) {
            created++;
            liveByPool.merge(pool, 1, Integer::sum);
        }
    }

    void deleted(Pod pod, Duration at) {
        Alive was = alive.remove(key(pod));
        if (was != null) {
            deleted++;
            liveByPool.merge(was.pool(), -1, Integer::sum);
            timeByPool.merge(was.pool(), at.minus(was.since()), Duration::plus);
        }
    }

    /** The pod named {@code key} as it was created, while it is alive. */
    Optional<Pod> alive(String key) {
        return Optional.ofNullable(alive.get(key)).map(Alive::pod);
    }

    /** Notes how many pods are alive now, at a settled instant. */
    void settledAt() {
        liveByPool.forEach((pool, live) -> maxByPool.merge(pool, live, Math::max));
    }

    Map<String, Integer> liveByPool() {
        return new LinkedHashMap<>(liveByPool);
    }

    int live() {
        return alive.size();
    }

    long created() {
        return created;
    }

    long deleted() {
        return deleted;
    }

    int maxConcurrent(String pool) {
        return maxByPool.getOrDefault(pool, 0);
    }

    /** The pod-time spent by {@code pool}, counting pods still alive up to {@code end}. */
    Duration podTime(String pool, Duration end) {
        Duration time = timeByPool.getOrDefault(pool, Duration.ZERO);
        for (Alive pod : alive.values()) {
            if (pod.pool().equals(pool)) {
                time = time.plus(end.minus(pod.since()));
            }
        }
        return time;
    }

    static String key(Pod pod) {
        return pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
    }
}
