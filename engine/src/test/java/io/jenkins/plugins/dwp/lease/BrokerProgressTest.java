package io.jenkins.plugins.dwp.lease;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.metrics.WorkerMetrics;
import io.jenkins.plugins.dwp.time.ManualClock;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link WorkerBroker#progress} tells a caller that drives the broker in virtual time. */
@EnableKubernetesMockClient(crud = true)
class BrokerProgressTest {

    private static final String NAMESPACE = "workers";

    KubernetesClient client;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T10:00:00Z"));
    private WorkerBroker broker;

    @BeforeEach
    void start() {
        client.namespaces().resource(new NamespaceBuilder()
                .withNewMetadata().withName(NAMESPACE).endMetadata().build()).create();
        broker = WorkerBroker.start(client,
                new WorkerBroker.Settings("jenkins-a", NAMESPACE, new AgentConnection("http://jenkins:8080/", true),
                        Duration.ofMinutes(5), Duration.ofMinutes(2), 100, 1_000),
                new PoolsValidator(BuiltinCatalog.get(), clock).validate(SourceFile.of("pools.yaml", """
                        pools:
                          - name: linux
                            image: {default: inbound-agent}
                            resources: {requests: {cpu: 1}}
                        """)).poolSet().orElseThrow(),
                clock, name -> "s", new LeaseIds(new Random(3)), new WorkerMetrics(new SimpleMeterRegistry()));
    }

    @AfterEach
    void stop() {
        broker.close();
    }

    private WorkerBroker.Progress settledAfter(long podEvents) {
        await().until(() -> broker.progress().calm() && broker.progress().podEventsHandled() == podEvents);
        return broker.progress();
    }

    @Test
    void calmWithEveryPodEventHandledMeansTheBrokerHasDoneAllItWill() {
        Lease lease = broker.request("linux", "build #1", (l, t) -> { });
        settledAfter(1);
        assertNotNull(client.secrets().inNamespace(NAMESPACE).withName(lease.podName()).get(),
                "the secret, the second call of a create, is made once the broker is calm");
        assertEquals(LeaseState.PENDING, broker.lease(lease.id()).orElseThrow().state());

        client.pods().inNamespace(NAMESPACE).withName(lease.podName())
                .editStatus(p -> new PodBuilder(p).withNewStatus().withPhase("Running").endStatus().build());
        settledAfter(2);
        assertEquals(LeaseState.RUNNING, broker.lease(lease.id()).orElseThrow().state(),
                "the status event is handled, not only received");

        broker.release(lease.id());
        WorkerBroker.Progress settled = settledAfter(3);
        assertNull(client.pods().inNamespace(NAMESPACE).withName(lease.podName()).get());
        assertTrue(broker.lease(lease.id()).isEmpty(), "the deletion was seen and the lease let go");
        assertEquals(settled, broker.progress(), "a settled broker does nothing more by itself");
    }

    @Test
    void theListenerIsToldOfEachStepOfProgressOnTheBrokersThreadAfterTheStepIsCounted() {
        List<WorkerBroker.Progress> told = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        broker.onProgress(progress -> {
            threads.add(Thread.currentThread().getName());
            told.add(progress);
        });
        broker.request("linux", "build #1", (l, t) -> { });
        WorkerBroker.Progress settled = settledAfter(1);

        await().until(() -> told.contains(settled));
        assertTrue(told.stream().anyMatch(p -> p.podEventsHandled() == 1), "the pod's ADDED event, once handled: " + told);
        assertTrue(told.stream().anyMatch(p -> p.callsEnded() == 1), "the create's end: " + told);
        assertEquals(told.stream().sorted(Comparator.comparingLong(WorkerBroker.Progress::callsEnded)
                .thenComparingLong(WorkerBroker.Progress::podEventsHandled)).toList(), told, "told in the order it moved");
        assertTrue(threads.stream().allMatch(name -> name.startsWith("dwp-broker-")), "told on the broker's thread: " + threads);
    }
}
