package io.jenkins.plugins.dwp.lease;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.metrics.WorkerMetrics;
import io.jenkins.plugins.dwp.time.ManualClock;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The broker keeps to {@code maxApiCallsPerSecond}: forty requests at once want eighty creates at
 * the same moment, then forty deletes; the API server sees them spread out. Times are taken where
 * the calls arrive, at the server's dispatcher.
 */
class BrokerApiPaceTest {

    private static final String NAMESPACE = "workers";
    private static final int PER_SECOND = 20;
    private static final int REQUESTS = 40;
    /** The broker's API threads: calls already on their way when a window opens may land in it. */
    private static final int IN_FLIGHT = 4;
    private static final String POOLS = """
            pools:
              - name: linux
                labels: [linux]
                image: {default: inbound-agent}
                resources: {requests: {cpu: 500m, memory: 1Gi}}
                maxWorkers: %d
            """.formatted(REQUESTS);

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final List<Long> writesAt = new CopyOnWriteArrayList<>();
    private KubernetesMockServer server;
    private KubernetesClient client;
    private WorkerBroker broker;

    @BeforeEach
    void timedServer() {
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        Dispatcher store = new KubernetesMixedDispatcher(responses);
        Dispatcher timing = new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (!request.getMethod().equals("GET") && request.getPath().contains("/namespaces/" + NAMESPACE + "/")) {
                    writesAt.add(System.nanoTime());
                }
                return store.dispatch(request);
            }
        };
        server = new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(), responses, timing,
                false);
        server.init();
        client = server.createClient();
        client.namespaces().resource(new NamespaceBuilder()
                .withNewMetadata().withName(NAMESPACE).endMetadata().build()).create();
    }

    @AfterEach
    void stop() {
        if (broker != null) {
            broker.close();
        }
        client.close();
        server.destroy();
    }

    private static WorkerBroker.Settings settings(int maxJudgedPerTick, int maxApiCallsPerSecond) {
        return new WorkerBroker.Settings("jenkins-a", NAMESPACE, new AgentConnection("http://jenkins:8080/", true),
                Duration.ofMinutes(5), Duration.ofMinutes(2), maxJudgedPerTick, maxApiCallsPerSecond);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard only
    void aBurstOfRequestsReachesTheApiServerNoFasterThanTheLimit() {
        PoolSet pools = new PoolsValidator(BuiltinCatalog.get(), clock).validate(SourceFile.of("pools.yaml", POOLS))
                .poolSet().orElseThrow();
        broker = WorkerBroker.start(client, settings(100, PER_SECOND), pools, clock, name -> "secret-of-" + name,
                new LeaseIds(new Random(3)), new WorkerMetrics(new SimpleMeterRegistry()));
        List<Lease> leases = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            leases.add(broker.request("linux", "build #" + i, (lease, transition) -> { }));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> leases.stream()
                .allMatch(l -> broker.lease(l.id()).map(Lease::state).orElse(LeaseState.GONE) == LeaseState.PENDING));
        leases.forEach(l -> broker.release(l.id()));
        await().atMost(Duration.ofSeconds(30)).until(() -> broker.leases().isEmpty());

        List<Long> times = writesAt.stream().sorted().toList();
        assertTrue(times.size() >= 3 * REQUESTS, "a pod, a secret and a delete per request, and the heartbeat: "
                + times.size());
        int most = 0;
        for (int first = 0, last = 0; first < times.size(); first++) {
            while (last < times.size() && times.get(last) - times.get(first) < TimeUnit.SECONDS.toNanos(1)) {
                last++;
            }
            most = Math.max(most, last - first);
        }
        System.out.printf("BrokerApiPaceTest: %d calls at most %d a second took %.1f s; most in one second %d%n",
                times.size(), PER_SECOND, (times.get(times.size() - 1) - times.get(0)) / 1e9, most);
        assertTrue(most <= PER_SECOND + 1 + IN_FLIGHT, "the server saw " + most + " calls in one second, limit "
                + PER_SECOND);
    }

    @Test
    void limitsThatWouldStopTheBrokerAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> settings(100, 0));
        assertEquals("maxJudgedPerTick and maxApiCallsPerSecond must be at least 1, not 100 and 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> settings(0, 10));
    }
}
