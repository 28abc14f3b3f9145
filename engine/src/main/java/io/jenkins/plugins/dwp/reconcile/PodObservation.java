package io.jenkins.plugins.dwp.reconcile;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.jenkins.plugins.dwp.kube.WorkerMetadata;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a pod as the API server returns it into an {@link ObservedWorker}, from the labels and
 * annotations {@link WorkerMetadata} puts on every worker. Pods may be edited by hand, so nothing
 * here throws: a missing or garbled annotation falls back to what Kubernetes itself recorded.
 */
public final class PodObservation {

    private PodObservation() {
    }

    /**
     * The worker this pod is, or empty when it is not one of ours: it lacks the managed-by label or
     * any of the controller, pool and lease labels, or has no time of creation at all.
     */
    public static Optional<ObservedWorker> observe(Pod pod) {
        ObjectMeta meta = pod == null ? null : pod.getMetadata();
        if (meta == null) {
            return Optional.empty();
        }
        Map<String, String> labels = orEmpty(meta.getLabels());
        Map<String, String> annotations = orEmpty(meta.getAnnotations());
        if (!WorkerMetadata.MANAGER.equals(labels.get(WorkerMetadata.MANAGED_BY))) {
            return Optional.empty();
        }
        Optional<String> controller = present(labels.get(WorkerMetadata.CONTROLLER));
        Optional<String> pool = present(labels.get(WorkerMetadata.POOL));
        Optional<String> lease = present(labels.get(WorkerMetadata.LEASE));
        // Every pod event is observed, so what the broker's own pods always carry is read once:
        // Kubernetes' creation time only without the annotation, and a last activity that is the
        // creation (as the broker writes it) is not parsed again.
        String createdText = annotations.get(WorkerMetadata.CREATED);
        Optional<Instant> annotatedCreated = instant(createdText);
        Optional<Instant> created = annotatedCreated.or(() -> instant(meta.getCreationTimestamp()));
        if (controller.isEmpty() || pool.isEmpty() || lease.isEmpty() || created.isEmpty()) {
            return Optional.empty();
        }
        String lastActiveText = annotations.get(WorkerMetadata.LAST_ACTIVE);
        Instant lastActive = (Objects.equals(lastActiveText, createdText) ? annotatedCreated : instant(lastActiveText))
                .or(() -> instant(meta.getCreationTimestamp()))
                .orElse(created.get());
        return Optional.of(new ObservedWorker(
                Optional.ofNullable(meta.getNamespace()).orElse(""),
                Optional.ofNullable(meta.getName()).orElse(""),
                controller.get(),
                pool.get(),
                lease.get(),
                created.get(),
                lastActive,
                instant(annotations.get(WorkerMetadata.LIFETIME_DEADLINE)),
                Optional.ofNullable(annotations.get(WorkerMetadata.IMAGE_ID)).orElse(""),
                phaseOf(pod),
                PodProblems.of(pod),
                meta.getDeletionTimestamp() != null));
    }

    private static WorkerPhase phaseOf(Pod pod) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        if (phase == null) {
            // The API server sets Pending on create; without it the pod has not been looked at yet.
            return WorkerPhase.PENDING;
        }
        return switch (phase) {
            case "Pending" -> WorkerPhase.PENDING;
            case "Running" -> WorkerPhase.RUNNING;
            case "Succeeded" -> WorkerPhase.SUCCEEDED;
            case "Failed" -> WorkerPhase.FAILED;
            default -> WorkerPhase.UNKNOWN;
        };
    }

    private static Optional<Instant> instant(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> present(String label) {
        return label == null || label.isBlank() ? Optional.empty() : Optional.of(label);
    }

    private static Map<String, String> orEmpty(Map<String, String> map) {
        return map == null ? Map.of() : map;
    }
}
