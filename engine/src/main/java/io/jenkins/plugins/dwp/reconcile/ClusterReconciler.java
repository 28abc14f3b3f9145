package io.jenkins.plugins.dwp.reconcile;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.kube.ApiErrors;
import io.jenkins.plugins.dwp.kube.WorkerMetadata;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reconciles a cluster without Jenkins, for {@code dwp plan} and {@code dwp apply}: it holds no
 * leases, so it reaps by what the pods say about themselves and by the heartbeats of the
 * controllers that made them: every pod past its lifetime, and every pod of a controller that
 * stopped proving itself alive. The safety net when Jenkins is down.
 */
public final class ClusterReconciler {

    /**
     * What applying a plan did.
     *
     * @param deleted pods deleted
     * @param alreadyGone pods that were gone before their delete: someone else was first
     * @param failed actions that failed, each with the API server's reason
     */
    public record Outcome(int deleted, int alreadyGone, List<String> failed) {

        /** Copies the failures so the value cannot change. */
        public Outcome {
            failed = List.copyOf(failed);
        }
    }

    private final KubernetesClient client;
    private final Clock clock;
    private final Duration grace;

    /**
     * @param grace how long past its heartbeat's validity a controller still counts as alive
     */
    public ClusterReconciler(KubernetesClient client, Clock clock, Duration grace) {
        this.client = client;
        this.clock = clock;
        this.grace = grace;
    }

    /**
     * The plan for the worker pods in {@code namespaces}, with the heartbeats found in
     * {@code heartbeatNamespace}: one list call per namespace, nothing else.
     */
    public Plan plan(PoolSet pools, Collection<String> namespaces, String heartbeatNamespace) {
        Instant now = clock.instant();
        ControllerLiveness liveness = ControllerLiveness.bystander(grace);
        client.leases().inNamespace(heartbeatNamespace).withLabel(WorkerMetadata.MANAGED_BY, WorkerMetadata.MANAGER)
                .list().getItems().forEach(liveness::seen);
        List<ObservedWorker> workers = new ArrayList<>();
        for (String namespace : namespaces) {
            for (Pod pod : client.pods().inNamespace(namespace).withLabel(WorkerMetadata.MANAGED_BY, WorkerMetadata.MANAGER)
                    .list().getItems()) {
                PodObservation.observe(pod).ifPresent(workers::add);
            }
        }
        return Planner.plan(new PlanInput(now, Optional.empty(), pools, workers, Map.of(),
                id -> liveness.alive(id, now), grace));
    }

    /** Deletes the pods the plan says to; safe to run again, as a pod already gone counts as done. */
    public Outcome apply(Plan plan) {
        int deleted = 0;
        int gone = 0;
        List<String> failed = new ArrayList<>();
        for (PlanAction action : plan.actions()) {
            if (!(action instanceof PlanAction.DeletePod delete)) {
                continue;
            }
            ObservedWorker worker = delete.worker();
            try {
                boolean found = !client.pods().inNamespace(worker.namespace()).withName(worker.podName()).delete().isEmpty();
                if (found) {
                    deleted++;
                } else {
                    gone++;
                }
            } catch (KubernetesClientException e) {
                failed.add(worker.podKey() + ": " + ApiErrors.describe(e));
            }
        }
        return new Outcome(deleted, gone, failed);
    }
}
