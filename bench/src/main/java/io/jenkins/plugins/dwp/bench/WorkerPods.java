package io.jenkins.plugins.dwp.bench;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.kube.WorkerIdentity;
import io.jenkins.plugins.dwp.kube.WorkerMetadata;
import io.jenkins.plugins.dwp.kube.WorkerRenderer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Running worker pods of controller {@link BenchBroker#CONTROLLER}, as an
 * API server would list them: rendered by the engine's {@link WorkerRenderer}, with the uid,
 * resource version and start time the server adds and the status a kubelet writes. They carry no
 * managedFields, which a real API server adds (several hundred bytes a pod): the heap they take
 * here is a floor.
 *
 * <p>One pod is rendered and serialized; the others are copies of its JSON with the lease, times,
 * uid and resource version replaced, as rendering each takes milliseconds and 100,000 are needed.
 */
final class WorkerPods {

    // Values of the template that no other field of a rendered pod contains, each replaced in every copy.
    private static final String LEASE = "qqqqqqqqqq";
    private static final Instant CREATED = Instant.parse("2001-01-01T01:01:01Z");
    private static final Instant LAST_ACTIVE = Instant.parse("2002-02-02T02:02:02Z");
    private static final Duration STARTED_AFTER = Duration.ofSeconds(3);
    private static final String UID = "00000000-0000-4000-8000-00000000abcd";
    private static final String RESOURCE_VERSION = "987654321";

    private final Duration lifetime;
    private final String template;

    WorkerPods(ResolvedPool pool) {
        this.lifetime = Duration.ofHours(pool.pool().maxLifetimeHours());
        WorkerIdentity identity = new WorkerIdentity(BenchBroker.CONTROLLER, LEASE, BenchBroker.POOL,
                BenchBroker.NAMESPACE, CREATED);
        Pod rendered = new WorkerRenderer(new AgentConnection("http://jenkins:8080/", true))
                .render(pool, identity, "secret-of-" + identity.podName()).pod();
        String started = CREATED.plus(STARTED_AFTER).toString();
        Pod pod = new PodBuilder(rendered)
                .editMetadata()
                .withUid(UID)
                .withResourceVersion(RESOURCE_VERSION)
                .withCreationTimestamp(CREATED.toString())
                .addToAnnotations(WorkerMetadata.LAST_ACTIVE, LAST_ACTIVE.toString())
                .endMetadata()
                .editSpec()
                .withNodeName("node-17")
                .endSpec()
                .withNewStatus()
                .withPhase("Running")
                .withHostIP("10.0.0.17")
                .withPodIP("10.1.2.3")
                .withStartTime(started)
                .withQosClass("Burstable")
                .addNewCondition().withType("Initialized").withStatus("True").withLastTransitionTime(started).endCondition()
                .addNewCondition().withType("Ready").withStatus("True").withLastTransitionTime(started).endCondition()
                .addNewCondition().withType("ContainersReady").withStatus("True").withLastTransitionTime(started).endCondition()
                .addNewCondition().withType("PodScheduled").withStatus("True").withLastTransitionTime(started).endCondition()
                .addNewContainerStatus()
                .withName(WorkerRenderer.CONTAINER_NAME)
                .withImage(rendered.getSpec().getContainers().get(0).getImage())
                .withImageID("docker.io/jenkins/inbound-agent@sha256:" + "0".repeat(64))
                .withContainerID("containerd://" + "1".repeat(64))
                .withReady(true)
                .withStarted(true)
                .withRestartCount(0)
                .withNewState().withNewRunning().withStartedAt(started).endRunning().endState()
                .endContainerStatus()
                .endStatus()
                .build();
        this.template = new KubernetesSerialization().asJson(pod);
        for (String value : List.of(LEASE, UID, RESOURCE_VERSION, CREATED.toString(), LAST_ACTIVE.toString(), started,
                CREATED.plus(lifetime).toString())) {
            if (!template.contains("\"" + value + "\"") && !template.contains(value + "\"")) {
                throw new IllegalStateException("the rendered pod does not show " + value + " where expected:\n" + template);
            }
        }
    }

    /** The lease id of worker number {@code index}: 10 lower-case letters and digits, as the engine's. */
    static String leaseId(long index) {
        return String.format("w%09d", index);
    }

    /** The pod's name, for the lease of worker number {@code index}. */
    static String podName(long index) {
        return new WorkerIdentity(BenchBroker.CONTROLLER, leaseId(index), BenchBroker.POOL, BenchBroker.NAMESPACE,
                Instant.EPOCH).podName();
    }

    /** Worker number {@code index}, requested at {@code created}, last active at {@code lastActive}, as JSON. */
    byte[] json(long index, Instant created, Instant lastActive, long resourceVersion) {
        String leaseId = leaseId(index);
        return template
                .replace(LEASE, leaseId)
                .replace(UID, UUID.nameUUIDFromBytes(leaseId.getBytes(StandardCharsets.UTF_8)).toString())
                .replace(RESOURCE_VERSION, Long.toString(resourceVersion))
                .replace(CREATED.plus(lifetime).toString(), created.plus(lifetime).toString())
                .replace(CREATED.plus(STARTED_AFTER).toString(), created.plus(STARTED_AFTER).toString())
                .replace(CREATED.toString(), created.toString())
                .replace(LAST_ACTIVE.toString(), lastActive.toString())
                .getBytes(StandardCharsets.UTF_8);
    }
}
