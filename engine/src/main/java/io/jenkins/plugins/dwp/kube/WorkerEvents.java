package io.jenkins.plugins.dwp.kube;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The last Kubernetes events of a worker pod, for the message a person reads when its step
 * fails: read once, on failure only, never while things go well.
 */
public final class WorkerEvents {

    private static final int SHOWN = 3;

    private WorkerEvents() {
    }

    /**
     * The pod's last events as {@code "; last events: Reason: message; ..."}, or nothing when
     * there are none or they cannot be read (the failure's own reason still stands).
     */
    public static String lastOf(KubernetesClient client, String namespace, String podName) {
        try {
            List<Event> events = client.v1().events().inNamespace(namespace)
                    .withField("involvedObject.name", podName)
                    .list().getItems().stream()
                    // Field selectors are advice to some servers: keep only this pod's.
                    .filter(e -> e.getInvolvedObject() != null && podName.equals(e.getInvolvedObject().getName()))
                    .sorted(Comparator.comparing(WorkerEvents::when, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
            if (events.isEmpty()) {
                return "";
            }
            return "; last events: " + events.subList(Math.max(0, events.size() - SHOWN), events.size()).stream()
                    .map(e -> e.getReason() + ": " + Objects.requireNonNullElse(e.getMessage(), "").strip())
                    .collect(Collectors.joining("; "));
        } catch (KubernetesClientException e) {
            return "";
        }
    }

    private static String when(Event event) {
        if (event.getLastTimestamp() != null) {
            return event.getLastTimestamp();
        }
        return event.getEventTime() == null ? event.getMetadata().getCreationTimestamp() : event.getEventTime().getTime();
    }
}
