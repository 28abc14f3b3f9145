package io.jenkins.plugins.dwp.lease;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.metrics.WorkerMetrics;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A thousand step requests at once across three capped pools: every one is served, no pool ever
 * has more pods than its cap as the watch shows the cluster, no lease ever gets two pods, and
 * nothing is left when all are released. The request-to-created latency is printed, not judged:
 * speed goals belong to the benchmarks.
 */
@EnableKubernetesMockClient(crud = true)
class BrokerAtScaleTest {

    private static final String NAMESPACE = "workers";
    private static final int REQUESTS = 1_000;
    private static final Map<String, Integer> CAPS = new TreeMap<>(Map.of("small", 10, "medium", 20, "large", 30));
    private static final List<String> POOL_NAMES = List.copyOf(CAPS.keySet());
    private static final String POOLS = CAPS.entrySet().stream()
            .map(pool -> """
                      - name: %s
                        image: {default: inbound-agent}
                        resources: {requests: {cpu: 500m, memory: 1Gi}}
                        maxWorkers: %d
                    """.formatted(pool.getKey(), pool.getValue()))
            .collect(Collectors.joining("", "pools:\n", ""));

    KubernetesClient client;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<AutoCloseable> closing = new ArrayList<>();

    @BeforeEach
    void namespace() {
        client.namespaces().resource(new NamespaceBuilder()
                .withNewMetadata().withName(NAMESPACE).endMetadata().build()).create();
        Latencies.keepPercentiles(registry);
    }

    @AfterEach
    void stop() throws Exception {
        Collections.reverse(closing);
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS) // a hang guard only
    void aThousandRequestsAtOnceAreAllServedWithinTheCapsOnePodEachAndLeaveNothing() throws Exception {
        SimulatedCluster cluster = new SimulatedCluster(client, NAMESPACE, true);
        closing.add(cluster);
        closing.add(client.pods().inNamespace(NAMESPACE).watch(cluster));
        Clock clock = Clock.systemUTC();
        PoolSet pools = new PoolsValidator(BuiltinCatalog.get(), clock).validate(SourceFile.of("pools.yaml", POOLS))
                .poolSet().orElseThrow();
        WorkerBroker broker = WorkerBroker.start(client,
                new WorkerBroker.Settings("jenkins-a", NAMESPACE, new AgentConnection("http://jenkins:8080/", true),
                        Duration.ofMinutes(5), Duration.ofMinutes(2), 100, 1_000),
                pools, clock, name -> "secret-of-" + name, new LeaseIds(new Random(1_000)), new WorkerMetrics(registry));
        closing.add(broker);

        ExecutorService requesters = Executors.newFixedThreadPool(8);
        closing.add(requesters::shutdownNow);
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(REQUESTS);
        List<Step> steps = new CopyOnWriteArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String pool = POOL_NAMES.get(i % POOL_NAMES.size());
            String requester = "build #" + i;
            requesters.execute(() -> {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                Step step = new Step();
                steps.add(step);
                step.lease = broker.request(pool, requester, (lease, transition) -> {
                    step.moves.add(transition.to());
                    if (transition.to() == LeaseState.RUNNING) {
                        requesters.execute(() -> {
                            broker.busy(lease.id());
                            broker.release(lease.id());
                        });
                    } else if (transition.to().isFinal()) {
                        ended.countDown();
                    }
                });
            });
        }
        long start = System.nanoTime();
        gate.countDown();
        ended.await();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        await().atMost(Duration.ofSeconds(30)).until(() -> cluster.live.isEmpty() && broker.leases().isEmpty());

        assertEquals(REQUESTS, steps.size());
        List<String> notServed = steps.stream()
                .filter(s -> !s.moves.equals(List.of(LeaseState.PENDING, LeaseState.RUNNING, LeaseState.BUSY,
                        LeaseState.TERMINATING, LeaseState.GONE)))
                .map(s -> s.lease.podName() + " " + s.moves).toList();
        assertEquals(List.of(), notServed, "every request is served, and ends when released");
        CAPS.forEach((pool, cap) -> {
            assertTrue(cluster.maxLiveOf(pool) <= cap, pool + " had " + cluster.maxLiveOf(pool) + " pods at once, cap " + cap);
            assertEquals(cap, cluster.maxLiveOf(pool), pool + " is used up to its cap while requests wait");
        });
        Set<String> leaseIds = steps.stream().map(s -> s.lease.id()).collect(Collectors.toSet());
        assertEquals(leaseIds, cluster.uidsByLease.keySet(), "every lease got a pod, and no pod is of another lease");
        assertEquals(Map.of(), cluster.uidsByLease.entrySet().stream().filter(e -> e.getValue().size() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "no lease got two pods");
        assertEquals(List.of(), client.pods().inNamespace(NAMESPACE).list().getItems(), "no pod is left");

        StringBuilder latencies = new StringBuilder();
        for (String pool : POOL_NAMES) {
            latencies.append(String.format("%n  %s (cap %d) request->created %s", pool, CAPS.get(pool),
                    Latencies.of(registry.find(WorkerMetrics.TO_CREATED).tag("pool", pool).timer())));
        }
        System.out.printf("BrokerAtScaleTest: %d requests across %s in %d ms; most pods at once %s%s%n", REQUESTS, CAPS,
                millis, new TreeMap<>(cluster.maxLive), latencies);
    }

    /** One requester's view of its lease. */
    private static final class Step {
        volatile Lease lease;
        final List<LeaseState> moves = new CopyOnWriteArrayList<>();
    }
}
