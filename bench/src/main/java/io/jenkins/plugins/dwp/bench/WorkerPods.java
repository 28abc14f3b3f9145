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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Running worker pods of controller {@link BenchBroker#CONTROLLER}, as an
 * API server would list them: rendered by the engine's {@link WorkerRenderer}, with the uid,
 * resource version and start time the server adds and the status a kubelet writes. They carry no
 * managedFields, which a real API server adds (several hundred bytes a pod): the heap they take
 * here is a floor.
 *
 * <p>One pod is rendered and serialized; the others are copies of its JSON with the lease, times,
 * uid and resource version put in, as rendering each takes milliseconds and 100,000 are needed.
 */
final class WorkerPods {

    // Values of the template that no other field of a rendered pod contains, each replaced in every copy.
    private static final String LEASE = "qqqqqqqqqq";
    private static final Instant CREATED = Instant.parse("2001-01-01T01:01:01Z");
    private static final Instant LAST_ACTIVE = Instant.parse("2002-02-02T02:02:02Z");
    private static final Duration STARTED_AFTER = Duration.ofSeconds(3);
    private static final String UID = "00000000-0000-4000-8000-00000000abcd";
    /** The uid of worker number N is this, then N: unique, and cheap to make. */
    private static final long UID_HIGH_BITS = 0x6477_7000_0000_4000L;
    private static final String RESOURCE_VERSION = "987654321";

    /** What of one worker goes in a place of the template. */
    private enum Slot { LEASE, UID, RESOURCE_VERSION, DEADLINE, STARTED, CREATED, LAST_ACTIVE }

    /** A piece of the template's text, then what goes after it, if anything. */
    private record Piece(String text, Slot then) {
    }

    private final Duration lifetime;
    private final List<Piece> pieces = new ArrayList<>();

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
        String template = new KubernetesSerialization().asJson(pod);
        Map<String, Slot> slots = new LinkedHashMap<>();
        slots.put(LEASE, Slot.LEASE);
        slots.put(UID, Slot.UID);
        slots.put(RESOURCE_VERSION, Slot.RESOURCE_VERSION);
        slots.put(CREATED.plus(lifetime).toString(), Slot.DEADLINE);
        slots.put(started, Slot.STARTED);
        slots.put(CREATED.toString(), Slot.CREATED);
        slots.put(LAST_ACTIVE.toString(), Slot.LAST_ACTIVE);
        Matcher placed = Pattern.compile(slots.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|")))
                .matcher(template);
        Set<Slot> found = EnumSet.noneOf(Slot.class);
        int from = 0;
        while (placed.find()) {
            Slot slot = slots.get(placed.group());
            found.add(slot);
            pieces.add(new Piece(template.substring(from, placed.start()), slot));
            from = placed.end();
        }
        pieces.add(new Piece(template.substring(from), null));
        if (!found.equals(EnumSet.allOf(Slot.class))) {
            throw new IllegalStateException("the rendered pod shows only " + found + ":\n" + template);
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
        Map<Slot, String> values = new EnumMap<>(Slot.class);
        values.put(Slot.LEASE, leaseId(index));
        values.put(Slot.UID, new UUID(UID_HIGH_BITS, index).toString());
        values.put(Slot.RESOURCE_VERSION, Long.toString(resourceVersion));
        values.put(Slot.DEADLINE, created.plus(lifetime).toString());
        values.put(Slot.STARTED, created.plus(STARTED_AFTER).toString());
        values.put(Slot.CREATED, created.toString());
        values.put(Slot.LAST_ACTIVE, lastActive.toString());
        StringBuilder json = new StringBuilder(4096);
        for (Piece piece : pieces) {
            json.append(piece.text());
            if (piece.then() != null) {
                json.append(values.get(piece.then()));
            }
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
