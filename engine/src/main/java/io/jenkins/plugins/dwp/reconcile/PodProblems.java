package io.jenkins.plugins.dwp.reconcile;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads from a pod's status why it cannot serve, in the words Kubernetes uses ({@code REASON: message}),
 * so that a build log says what {@code kubectl describe pod} would.
 */
public final class PodProblems {

    /** The reason Kubernetes gives a pod no node can take yet. */
    public static final String UNSCHEDULABLE = "Unschedulable";

    /** The reason the kubelet gives a container whose configuration it cannot assemble yet. */
    public static final String CONTAINER_CONFIG_ERROR = "CreateContainerConfigError";

    /** Container waiting reasons that mean the container will not start by itself. */
    private static final Set<String> STUCK_WAITING = Set.of("ImagePullBackOff", "ErrImagePull", "InvalidImageName",
            CONTAINER_CONFIG_ERROR, "CreateContainerError");

    private PodProblems() {
    }

    /**
     * Why the pod cannot serve, if Kubernetes says so: evicted, a container killed for memory, a
     * container that cannot start (image pull, configuration), unschedulable, or failed otherwise.
     * Never throws, whatever the status holds.
     */
    public static Optional<String> of(Pod pod) {
        PodStatus status = pod.getStatus();
        if (status == null) {
            return Optional.empty();
        }
        List<ContainerStatus> containers = containerStatuses(status);
        return evicted(status)
                .or(() -> outOfMemory(containers, pod.getSpec()))
                .or(() -> stuckWaiting(containers))
                .or(() -> unschedulable(status))
                .or(() -> failed(status, containers));
    }

    /**
     * Whether a problem may go away by itself and so waits for the pool's
     * {@code pendingTimeoutMinutes}: a pod no node can take yet is what makes a cluster autoscaler
     * add a node, so failing it at once would fail every step that needs a new node; and a worker's
     * pod is created before its secret, so the kubelet may look for the secret a moment too early.
     */
    public static boolean waitsForPendingTimeout(String problem) {
        return unschedulable(problem) || problem.startsWith(CONTAINER_CONFIG_ERROR + ":");
    }

    /** Whether {@code problem}, as {@link #of} words it, is the scheduler finding no node for the pod yet. */
    public static boolean unschedulable(String problem) {
        return problem.equals(UNSCHEDULABLE) || problem.startsWith(UNSCHEDULABLE + ":");
    }

    private static Optional<String> evicted(PodStatus status) {
        return "Evicted".equals(status.getReason()) ? Optional.of(text("Evicted", status.getMessage())) : Optional.empty();
    }

    private static Optional<String> outOfMemory(List<ContainerStatus> containers, PodSpec spec) {
        for (ContainerStatus container : containers) {
            // lastState too: a container restarted after the kill ran the step's agent, which is gone.
            for (ContainerState state : statesOf(container)) {
                ContainerStateTerminated terminated = state.getTerminated();
                if (terminated != null && "OOMKilled".equals(terminated.getReason())) {
                    return Optional.of("OOMKilled: container " + container.getName() + " used more than "
                            + memoryLimit(spec, container.getName()) + exitCode(terminated));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> stuckWaiting(List<ContainerStatus> containers) {
        for (ContainerStatus container : containers) {
            ContainerStateWaiting waiting = container.getState() == null ? null : container.getState().getWaiting();
            if (waiting != null && STUCK_WAITING.contains(waiting.getReason())) {
                String message = blank(waiting.getMessage())
                        ? "container " + container.getName() + " cannot start"
                        : waiting.getMessage();
                return Optional.of(text(waiting.getReason(), message));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> unschedulable(PodStatus status) {
        if (status.getConditions() == null) {
            return Optional.empty();
        }
        return status.getConditions().stream()
                .filter(c -> c != null && "PodScheduled".equals(c.getType()) && "False".equals(c.getStatus())
                        && UNSCHEDULABLE.equals(c.getReason()))
                .findFirst()
                .map(condition -> text(UNSCHEDULABLE, condition.getMessage()));
    }

    private static Optional<String> failed(PodStatus status, List<ContainerStatus> containers) {
        if (!"Failed".equals(status.getPhase())) {
            return Optional.empty();
        }
        if (!blank(status.getReason())) {
            return Optional.of(text("Failed", text(status.getReason(), status.getMessage())));
        }
        if (!blank(status.getMessage())) {
            return Optional.of(text("Failed", status.getMessage()));
        }
        for (ContainerStatus container : containers) {
            ContainerStateTerminated terminated = container.getState() == null ? null : container.getState().getTerminated();
            if (terminated != null && terminated.getExitCode() != null && terminated.getExitCode() != 0) {
                String why = blank(terminated.getReason()) ? "" : " (" + terminated.getReason() + ")";
                return Optional.of("Failed: container " + container.getName() + " exited with code "
                        + terminated.getExitCode() + why + (blank(terminated.getMessage()) ? "" : ": " + terminated.getMessage()));
            }
        }
        return Optional.of("Failed: the pod failed and Kubernetes gives no reason");
    }

    private static List<ContainerStatus> containerStatuses(PodStatus status) {
        List<ContainerStatus> all = new ArrayList<>();
        if (status.getInitContainerStatuses() != null) {
            all.addAll(status.getInitContainerStatuses());
        }
        if (status.getContainerStatuses() != null) {
            all.addAll(status.getContainerStatuses());
        }
        all.removeIf(c -> c == null);
        return all;
    }

    private static List<ContainerState> statesOf(ContainerStatus container) {
        List<ContainerState> states = new ArrayList<>();
        if (container.getState() != null) {
            states.add(container.getState());
        }
        if (container.getLastState() != null) {
            states.add(container.getLastState());
        }
        return states;
    }

    private static String memoryLimit(PodSpec spec, String containerName) {
        if (spec == null || spec.getContainers() == null) {
            return "the memory it may use";
        }
        return spec.getContainers().stream()
                .filter(c -> c != null && containerName != null && containerName.equals(c.getName()))
                .map(Container::getResources)
                .filter(r -> r != null && r.getLimits() != null && r.getLimits().get("memory") != null)
                .map(r -> r.getLimits().get("memory"))
                .map(Quantity::toString)
                .map(limit -> "its memory limit of " + limit)
                .findFirst()
                .orElse("the memory it may use");
    }

    private static String exitCode(ContainerStateTerminated terminated) {
        return terminated.getExitCode() == null ? "" : " (exit code " + terminated.getExitCode() + ")";
    }

    private static String text(String reason, String message) {
        return blank(message) ? reason : reason + ": " + message.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
