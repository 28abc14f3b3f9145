package io.jenkins.plugins.dwp.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.jenkins.plugins.dwp.kube.WorkerMetadata;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PodObservationTest {

    private static final String CREATED = "2026-11-25T10:00:00Z";
    private static final String STORED = "2026-11-25T10:00:02Z";

    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        labels.put(WorkerMetadata.MANAGED_BY, WorkerMetadata.MANAGER);
        labels.put(WorkerMetadata.CONTROLLER, "jenkins-a");
        labels.put(WorkerMetadata.POOL, "linux");
        labels.put(WorkerMetadata.LEASE, "l1a2b3");
        return labels;
    }

    private static Map<String, String> annotations() {
        Map<String, String> annotations = new HashMap<>();
        annotations.put(WorkerMetadata.CREATED, CREATED);
        annotations.put(WorkerMetadata.LAST_ACTIVE, "2026-11-25T10:30:00Z");
        annotations.put(WorkerMetadata.LIFETIME_DEADLINE, "2026-11-28T10:00:00Z");
        annotations.put(WorkerMetadata.IMAGE_ID, "inbound-agent-jdk21");
        return annotations;
    }

    private static Pod pod(Map<String, String> labels, Map<String, String> annotations, PodStatus status) {
        return new PodBuilder()
                .withNewMetadata()
                    .withNamespace("workers").withName("linux-l1a2b3")
                    .withLabels(labels).withAnnotations(annotations)
                    .withCreationTimestamp(STORED)
                .endMetadata()
                .withNewSpec()
                    .addNewContainer().withName("agent")
                        .withNewResources().addToLimits("memory", new Quantity("2Gi")).endResources()
                    .endContainer()
                .endSpec()
                .withStatus(status)
                .build();
    }

    private static Pod pod(PodStatus status) {
        return pod(labels(), annotations(), status);
    }

    private static PodStatus phase(String phase) {
        return new PodStatusBuilder().withPhase(phase).build();
    }

    private static PodStatus waiting(String reason, String message) {
        ContainerStatus agent = new ContainerStatusBuilder().withName("agent")
                .withNewState().withNewWaiting().withReason(reason).withMessage(message).endWaiting().endState()
                .build();
        return new PodStatusBuilder().withPhase("Pending").withContainerStatuses(agent).build();
    }

    private static Optional<String> problemOf(PodStatus status) {
        return PodObservation.observe(pod(status)).orElseThrow().problem();
    }

    @Test
    void readsEverythingFromLabelsAnnotationsAndStatus() {
        ObservedWorker worker = PodObservation.observe(pod(phase("Running"))).orElseThrow();

        assertEquals(new ObservedWorker("workers", "linux-l1a2b3", "jenkins-a", "linux", "l1a2b3",
                Instant.parse(CREATED), Instant.parse("2026-11-25T10:30:00Z"),
                Optional.of(Instant.parse("2026-11-28T10:00:00Z")), "inbound-agent-jdk21",
                WorkerPhase.RUNNING, Optional.empty(), false), worker);
    }

    @Test
    void podsWithoutOurLabelsAreNotWorkers() {
        for (String label : new String[] {WorkerMetadata.MANAGED_BY, WorkerMetadata.CONTROLLER,
                WorkerMetadata.POOL, WorkerMetadata.LEASE}) {
            Map<String, String> labels = labels();
            labels.remove(label);
            assertTrue(PodObservation.observe(pod(labels, annotations(), phase("Running"))).isEmpty(), label);
        }
        Map<String, String> someoneElses = labels();
        someoneElses.put(WorkerMetadata.MANAGED_BY, "helm");
        assertTrue(PodObservation.observe(pod(someoneElses, annotations(), phase("Running"))).isEmpty());
        assertTrue(PodObservation.observe(new PodBuilder().build()).isEmpty());
    }

    @Test
    void handEditedAnnotationsFallBackToTheCreationTimestamp() {
        Map<String, String> annotations = annotations();
        annotations.put(WorkerMetadata.CREATED, "yesterday");
        annotations.remove(WorkerMetadata.LAST_ACTIVE);
        annotations.put(WorkerMetadata.LIFETIME_DEADLINE, "2026-13-45");
        annotations.remove(WorkerMetadata.IMAGE_ID);

        ObservedWorker worker = PodObservation.observe(pod(labels(), annotations, phase("Running"))).orElseThrow();

        assertEquals(Instant.parse(STORED), worker.created());
        assertEquals(Instant.parse(STORED), worker.lastActive());
        assertEquals(Optional.empty(), worker.lifetimeDeadline());
        assertEquals("", worker.imageId());
    }

    @Test
    void aLastActivityWrittenAsTheCreationIsReadAsItAndFallsBackAsItDoes() {
        Map<String, String> asMade = annotations();
        asMade.put(WorkerMetadata.LAST_ACTIVE, CREATED);
        ObservedWorker made = PodObservation.observe(pod(labels(), asMade, phase("Running"))).orElseThrow();
        assertEquals(Instant.parse(CREATED), made.created());
        assertEquals(Instant.parse(CREATED), made.lastActive());

        Map<String, String> bothGarbled = annotations();
        bothGarbled.put(WorkerMetadata.CREATED, "yesterday");
        bothGarbled.put(WorkerMetadata.LAST_ACTIVE, "yesterday");
        ObservedWorker garbled = PodObservation.observe(pod(labels(), bothGarbled, phase("Running"))).orElseThrow();
        assertEquals(Instant.parse(STORED), garbled.created());
        assertEquals(Instant.parse(STORED), garbled.lastActive());
    }

    @Test
    void aPodWithoutAnyAnnotationsOrStatusIsStillAWorker() {
        ObservedWorker worker = PodObservation.observe(pod(labels(), Map.of(), null)).orElseThrow();

        assertEquals(Instant.parse(STORED), worker.created());
        assertEquals(WorkerPhase.PENDING, worker.phase());
        assertEquals(Optional.empty(), worker.problem());
    }

    @Test
    void phasesAndDeletion() {
        assertEquals(WorkerPhase.PENDING, PodObservation.observe(pod(phase("Pending"))).orElseThrow().phase());
        assertEquals(WorkerPhase.SUCCEEDED, PodObservation.observe(pod(phase("Succeeded"))).orElseThrow().phase());
        assertEquals(WorkerPhase.UNKNOWN, PodObservation.observe(pod(phase("Unknown"))).orElseThrow().phase());
        assertFalse(PodObservation.observe(pod(phase("Running"))).orElseThrow().deleting());

        Pod deleting = new PodBuilder(pod(phase("Running"))).editMetadata()
                .withDeletionTimestamp("2026-11-25T11:00:00Z").endMetadata().build();
        assertTrue(PodObservation.observe(deleting).orElseThrow().deleting());
    }

    @Test
    void containersThatCannotStartAreProblemsWithKubernetesWords() {
        assertEquals(Optional.of("ImagePullBackOff: Back-off pulling image \"registry.example.com/agent:typo\""),
                problemOf(waiting("ImagePullBackOff", "Back-off pulling image \"registry.example.com/agent:typo\"")));
        assertEquals(Optional.of("ErrImagePull: rpc error: code = NotFound"),
                problemOf(waiting("ErrImagePull", "rpc error: code = NotFound")));
        assertEquals(Optional.of("InvalidImageName: couldn't parse image name"),
                problemOf(waiting("InvalidImageName", "couldn't parse image name")));
        assertEquals(Optional.of("CreateContainerConfigError: secret \"linux-l1a2b3\" not found"),
                problemOf(waiting("CreateContainerConfigError", "secret \"linux-l1a2b3\" not found")));
        assertEquals(Optional.of("CreateContainerError: container agent cannot start"),
                problemOf(waiting("CreateContainerError", null)));
    }

    @Test
    void anOrdinaryStartIsNoProblem() {
        assertEquals(Optional.empty(), problemOf(waiting("ContainerCreating", "")));
        assertEquals(Optional.empty(), problemOf(phase("Running")));
        assertEquals(Optional.empty(), problemOf(phase("Succeeded")));
    }

    @Test
    void unschedulableSaysWhy() {
        PodStatus status = new PodStatusBuilder().withPhase("Pending")
                .withConditions(new PodConditionBuilder().withType("PodScheduled").withStatus("False")
                        .withReason("Unschedulable")
                        .withMessage("0/3 nodes are available: 3 Insufficient cpu.").build())
                .build();

        Optional<String> problem = problemOf(status);

        assertEquals(Optional.of("Unschedulable: 0/3 nodes are available: 3 Insufficient cpu."), problem);
        assertTrue(PodProblems.waitsForPendingTimeout(problem.get()));
        assertFalse(PodProblems.waitsForPendingTimeout("ImagePullBackOff: Back-off pulling image"));
    }

    @Test
    void evictedGivesTheNodesMessage() {
        PodStatus status = new PodStatusBuilder().withPhase("Failed").withReason("Evicted")
                .withMessage("The node was low on resource: memory.").build();

        assertEquals(Optional.of("Evicted: The node was low on resource: memory."), problemOf(status));
    }

    @Test
    void outOfMemoryNamesTheContainerAndItsLimit() {
        ContainerStatus agent = new ContainerStatusBuilder().withName("agent")
                .withNewState().withNewTerminated().withReason("OOMKilled").withExitCode(137).endTerminated().endState()
                .build();
        PodStatus status = new PodStatusBuilder().withPhase("Failed").withContainerStatuses(agent).build();

        assertEquals(Optional.of("OOMKilled: container agent used more than its memory limit of 2Gi (exit code 137)"),
                problemOf(status));
    }

    @Test
    void anyOtherFailureIsAProblemToo() {
        assertEquals(Optional.of("Failed: DeadlineExceeded: Pod was active on the node longer than the specified deadline"),
                problemOf(new PodStatusBuilder().withPhase("Failed").withReason("DeadlineExceeded")
                        .withMessage("Pod was active on the node longer than the specified deadline").build()));

        ContainerStatus agent = new ContainerStatusBuilder().withName("agent")
                .withNewState().withNewTerminated().withReason("Error").withExitCode(1).endTerminated().endState()
                .build();
        assertEquals(Optional.of("Failed: container agent exited with code 1 (Error)"),
                problemOf(new PodStatusBuilder().withPhase("Failed").withContainerStatuses(agent).build()));

        assertEquals(Optional.of("Failed: the pod failed and Kubernetes gives no reason"), problemOf(phase("Failed")));
    }
}
