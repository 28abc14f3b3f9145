package io.jenkins.plugins.dwp.cli.simulate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the simulated kubelet can make of a pod instead of running it, named as Kubernetes names it. */
public enum PodProblem {
    /** The image cannot be pulled: the container waits in {@code ImagePullBackOff}. */
    IMAGE_PULL_BACK_OFF("ImagePullBackOff"),
    /** No node can take the pod: {@code PodScheduled=False}, reason {@code Unschedulable}. */
    UNSCHEDULABLE("Unschedulable");

    private final String reason;

    PodProblem(String reason) {
        this.reason = reason;
    }

    /** The Kubernetes reason, as written in workload files. */
    public String reason() {
        return reason;
    }

    /** The problem with this Kubernetes reason. */
    public static Optional<PodProblem> of(String reason) {
        return Arrays.stream(values()).filter(p -> p.reason.equals(reason)).findFirst();
    }

    /** Every reason, as written in workload files. */
    public static List<String> reasons() {
        return Arrays.stream(values()).map(PodProblem::reason).toList();
    }
}
