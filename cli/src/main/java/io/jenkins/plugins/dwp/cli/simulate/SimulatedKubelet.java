package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.jenkins.plugins.dwp.kube.WorkerMetadata;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays the kubelet: watches the worker pods and, when told, starts one (one status write:
 * Running) or shows the problem it meets instead, as a real kubelet or scheduler writes it.
 * Pods starting at one instant are written at once, side by side, as the kubelets of several
 * nodes would. Events are kept for the simulation, which reads them once the cluster has settled.
 */
final class SimulatedKubelet implements Watcher<Pod>, AutoCloseable {

    private final KubernetesClient client;
    private final Queue<KubeletEvent> received = new ConcurrentLinkedQueue<>();
    private final AtomicLong seen = new AtomicLong();
    private volatile Optional<WatcherException> broken = Optional.empty();
    private final Wakeup wakeup;
    private final ExecutorService writers = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "dwp-simulate-kubelet");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> writing = new ArrayList<>();
    private Watch watch;

    /** A kubelet on {@code client}; {@code wakeup} hears of every event it receives. */
    SimulatedKubelet(KubernetesClient client, Wakeup wakeup) {
        this.client = client;
        this.wakeup = wakeup;
    }

    /** Starts watching the worker pods of every namespace; returns once the watch is open. */
    void watch() {
        watch = client.pods().inAnyNamespace().withLabel(WorkerMetadata.MANAGED_BY, WorkerMetadata.MANAGER).watch(this);
    }

    /** How many pod events the watch has delivered. */
    long seen() {
        return seen.get();
    }

    /** Why the watch stopped, if it did: the simulation cannot go on without it. */
    Optional<WatcherException> broken() {
        return broken;
    }

    /** The events delivered since the last call, in order. */
    List<KubeletEvent> takeEvents() {
        List<KubeletEvent> events = new ArrayList<>();
        KubeletEvent event;
        while ((event = received.poll()) != null) {
            events.add(event);
        }
        return events;
    }

    /**
     * Starts {@code pod}, or shows {@code problem} on it instead, in the background; a pod deleted
     * meanwhile is left alone. {@link #awaitWrites} waits for it.
     */
    void start(Pod pod, Optional<PodProblem> problem) {
        writing.add(writers.submit(() -> write(pod, problem)));
    }

    /** Waits until every status write asked for so far is done; one that failed fails the simulation. */
    void awaitWrites() throws InterruptedException {
        try {
            for (Future<?> write : writing) {
                write.get();
            }
        } catch (ExecutionException e) {
            throw new SimulationStalled("the simulated kubelet could not write a pod's status: " + e.getCause());
        } finally {
            writing.clear();
        }
    }

    private void write(Pod pod, Optional<PodProblem> problem) {
        Pod status = new PodBuilder()
                .withNewMetadata()
                .withName(pod.getMetadata().getName())
                .withNamespace(pod.getMetadata().getNamespace())
                .endMetadata()
                .withStatus(problem.map(p -> problemStatus(pod, p)).orElseGet(SimulatedKubelet::running))
                .build();
        try {
            // A merge patch of the status: one call, no read first, no resourceVersion to conflict on.
            client.pods().resource(status).patchStatus();
        } catch (KubernetesClientException e) {
            if (e.getCode() != HttpURLConnection.HTTP_NOT_FOUND) {
                throw e;
            }
        }
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

    @Override
    public void eventReceived(Action action, Pod pod) {
        received.add(new KubeletEvent(action, pod));
        seen.incrementAndGet();
        wakeup.wake();
    }

    @Override
    public void onClose(WatcherException cause) {
        broken = Optional.of(cause);
    }

    @Override
    public void close() {
        writers.shutdownNow();
        if (watch != null) {
            watch.close();
        }
    }
}
