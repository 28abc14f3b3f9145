package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jenkins.plugins.dwp.kube.WorkerMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Plays the kubelet and the scheduler: sees worker pods come and go as the API server's store
 * makes them and, when told, starts one (one status write: Running) or shows the problem it meets
 * instead, as a real kubelet or scheduler writes it. It sits beside the API server, in its
 * process: it hears of pods from the store and writes their status into it, with the outcome of
 * a status patch through the server, so that a replay spends its time on the engine's traffic,
 * not on the cluster's own.
 * Pod events are kept for the simulation, which reads them once the cluster has settled.
 */
final class SimulatedKubelet {

    private record Seen(Watcher.Action action, String pod) {
    }

    private final EmbeddedStore store;
    private final KubernetesSerialization json;
    private final Queue<Seen> received = new ConcurrentLinkedQueue<>();

    /** A kubelet of the cluster whose store is {@code store}; reads pods with {@code json}. */
    SimulatedKubelet(EmbeddedStore store, KubernetesSerialization json) {
        this.store = store;
        this.json = json;
        store.onPodAddedOrDeleted((action, pod) -> received.add(new Seen(action, pod)));
    }

    /** The worker pods added and deleted since the last call, in the order the store made them. */
    List<KubeletEvent> takeEvents() {
        List<KubeletEvent> events = new ArrayList<>();
        Seen seen;
        while ((seen = received.poll()) != null) {
            Pod pod = json.unmarshal(seen.pod(), Pod.class);
            Map<String, String> labels = pod.getMetadata().getLabels();
            if (labels != null && WorkerMetadata.MANAGER.equals(labels.get(WorkerMetadata.MANAGED_BY))) {
                events.add(new KubeletEvent(seen.action(), pod));
            }
        }
        return events;
    }

    /** Starts {@code pod}, or shows {@code problem} on it instead; a pod deleted meanwhile is left alone. */
    void start(Pod pod, Optional<PodProblem> problem) {
        PodStatus status = problem.map(p -> problemStatus(pod, p)).orElseGet(SimulatedKubelet::running);
        // Merged into the stored status: no read first, no resourceVersion to conflict on. A pod deleted meanwhile is gone.
        store.writePodStatus(pod.getMetadata().getNamespace(), pod.getMetadata().getName(), json.asJson(status));
    }

    private static PodStatus running() {
        return new PodStatusBuilder().withPhase("Running").build();
    }

    private static PodStatus problemStatus(Pod pod, PodProblem problem) {
        if (problem == PodProblem.UNSCHEDULABLE) {
            return new PodStatusBuilder().withPhase("Pending")
                    .withConditions(new PodConditionBuilder().withType("PodScheduled").withStatus("False")
                            .withReason(PodProblem.UNSCHEDULABLE.reason())
                            .withMessage("0/3 nodes are available: 3 Insufficient cpu (simulated)").build())
                    .build();
        }
        String container = pod.getSpec().getContainers().get(0).getName();
        String image = pod.getSpec().getContainers().get(0).getImage();
        return new PodStatusBuilder().withPhase("Pending")
                .withContainerStatuses(new ContainerStatusBuilder().withName(container).withImage(image)
                        .withNewState().withNewWaiting().withReason(PodProblem.IMAGE_PULL_BACK_OFF.reason())
                        .withMessage("Back-off pulling image \"" + image + "\" (simulated)").endWaiting().endState()
                        .build())
                .build();
    }
}
