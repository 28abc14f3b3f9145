package io.jenkins.plugins.dwp.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.kube.WorkerMetadata;
import io.jenkins.plugins.dwp.metrics.WorkerMetrics;
import io.jenkins.plugins.dwp.time.ManualClock;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 200 requests at once against a pool of 10: the cap holds at every moment the cluster shows,
 * the queue is served in the order requests came, and everything made is gone at the end.
 *
 * <p>The clock here is the wall clock (made strictly increasing), not a {@link ManualClock}: no
 * rule needs time to pass, and the request-to-created latency the metrics report is then real.
 */
@EnableKubernetesMockClient(crud = true)
class BrokerUnderLoadTest {

    private static final String NAMESPACE = "workers";
    private static final String POOL = "linux";
    private static final int CAP = 10;
    private static final int REQUESTS = 200;
    private static final String POOLS = """
            pools:
              - name: linux
                labels: [linux]
                image: {default: inbound-agent}
                resources: {requests: {cpu: 500m, memory: 1Gi}}
                idleMinutes: 60
                maxLifetimeHours: 72
                pendingTimeoutMinutes: 15
                maxWorkers: %d
            """.formatted(CAP);

    private static final Pattern WRITE_PATH = Pattern.compile("/namespaces/[^/]+/([a-z]+)(?:/[^/]+)?(/status)?$");

    KubernetesMockServer server;
    KubernetesClient client;

    private final Clock clock = new StrictlyIncreasingClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<String> servedInOrder = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> closing = new ArrayList<>();

    @BeforeEach
    void namespaceAndPercentiles() {
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

    private WorkerBroker broker() {
        PoolSet pools = new PoolsValidator(BuiltinCatalog.get(), clock).validate(SourceFile.of("pools.yaml", POOLS))
                .poolSet().orElseThrow();
        // The broker asks for an agent's secret exactly when it takes a request off the queue to make its pod.
        AgentSecrets secrets = name -> {
            servedInOrder.add(name);
            return "secret-of-" + name;
        };
        WorkerBroker broker = WorkerBroker.start(client,
                new WorkerBroker.Settings("jenkins-a", NAMESPACE, new AgentConnection("http://jenkins:8080/", true),
                        Duration.ofMinutes(5), Duration.ofMinutes(2), 100, 1_000),
                pools, clock, secrets, new LeaseIds(new Random(11)), new WorkerMetrics(registry));
        closing.add(broker);
        return broker;
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS) // a hang guard only
    void twoHundredRequestsAtOnceNeverExceedTheCapAreServedInOrderAndLeaveNothingBehind() throws Exception {
        SimulatedCluster cluster = new SimulatedCluster(client, NAMESPACE, false);
        closing.add(cluster);
        closing.add(client.pods().inNamespace(NAMESPACE).withLabel(WorkerMetadata.POOL, POOL).watch(cluster));
        WorkerBroker broker = broker();
        drainRequests();

        ExecutorService requesters = Executors.newFixedThreadPool(REQUESTS);
        closing.add(requesters::shutdownNow);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Step>> futures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String requester = "build #" + i;
            futures.add(requesters.submit(() -> {
                gate.await();
                Step step = new Step();
                step.requested = broker.request(POOL, requester, step);
                if (step.running.get() == LeaseState.RUNNING) {
                    broker.busy(step.requested.id());
                    broker.release(step.requested.id());
                }
                step.done.get();
                return step;
            }));
        }
        long start = System.nanoTime();
        gate.countDown();
        List<Step> steps = new ArrayList<>();
        for (Future<Step> future : futures) {
            steps.add(future.get());
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertTrue(cluster.maxLiveOf(POOL) <= CAP,
                "at one moment the cluster held " + cluster.maxLiveOf(POOL) + " pods of a pool capped at " + CAP);
        assertEquals(CAP, cluster.maxLiveOf(POOL), "with 200 waiting, the pool is used up to its cap");
        for (Step step : steps) {
            assertEquals(List.of(LeaseState.PENDING, LeaseState.RUNNING, LeaseState.BUSY, LeaseState.TERMINATING,
                    LeaseState.GONE), step.moves(), step.requested.podName() + " " + step.transitions);
        }
        List<String> requestOrder = steps.stream()
                .sorted(Comparator.comparing((Step s) -> s.requested.times().get(LeaseState.REQUESTED)))
                .map(s -> s.requested.podName())
                .toList();
        assertEquals(requestOrder, servedInOrder, "waiting requests are served first come, first served");

        // A lease ends GONE when its pod's deletion is seen, and is let go before.
        assertEquals(List.of(), broker.leases(), "no lease is left");
        assertEquals(List.of(), client.pods().inNamespace(NAMESPACE).list().getItems(), "no pod is left");
        List<Secret> secrets = client.secrets().inNamespace(NAMESPACE).list().getItems();
        // The mock does no garbage collection: the secrets stay, each owned by a pod that is gone,
        // which a real API server's garbage collector deletes with it.
        for (Secret secret : secrets) {
            List<OwnerReference> owners = secret.getMetadata().getOwnerReferences();
            assertEquals(1, owners.size(), secret.getMetadata().getName());
            assertEquals("Pod", owners.get(0).getKind());
            assertEquals(secret.getMetadata().getName(), owners.get(0).getName());
            assertTrue(cluster.deletedUids.contains(owners.get(0).getUid()),
                    secret.getMetadata().getName() + " is owned by its pod, which the watch saw deleted");
        }
        assertEquals(REQUESTS, secrets.size(), "one secret per worker");

        Map<String, Integer> calls = drainRequests();
        assertEquals(REQUESTS, calls.getOrDefault("POST pods", 0), calls::toString);
        assertEquals(REQUESTS, calls.getOrDefault("POST secrets", 0), calls::toString);
        assertEquals(REQUESTS, calls.getOrDefault("DELETE pods", 0), calls::toString);

        Timer created = registry.find(WorkerMetrics.TO_CREATED).tag("pool", POOL).timer();
        Timer running = registry.find(WorkerMetrics.TO_RUNNING).tag("pool", POOL).timer();
        System.out.printf("BrokerUnderLoadTest: %d requests, cap %d, %d ms; most pods at once %d;"
                        + " request->created %s; request->running %s; API calls %s%n",
                REQUESTS, CAP, millis, cluster.maxLiveOf(POOL), Latencies.of(created), Latencies.of(running), calls);
    }

    /** Every request the server took since the last call, by verb and resource (writes only). */
    private Map<String, Integer> drainRequests() throws InterruptedException {
        Map<String, Integer> calls = new TreeMap<>();
        RecordedRequest request;
        while ((request = server.takeRequest(100, TimeUnit.MILLISECONDS)) != null) {
            Matcher path = WRITE_PATH.matcher(request.getPath().replaceAll("\\?.*", ""));
            if (!request.getMethod().equals("GET") && path.find()) {
                calls.merge(request.getMethod() + " " + path.group(1) + Objects.toString(path.group(2), ""), 1,
                        Integer::sum);
            }
        }
        return calls;
    }

    /** One requester's view of its lease. */
    private static final class Step implements LeaseListener {
        volatile Lease requested;
        final List<LeaseTransition> transitions = new CopyOnWriteArrayList<>();
        final CompletableFuture<LeaseState> running = new CompletableFuture<>();
        final CompletableFuture<LeaseState> done = new CompletableFuture<>();

        @Override
        public void onTransition(Lease lease, LeaseTransition transition) {
            transitions.add(transition);
            if (transition.to() == LeaseState.RUNNING || transition.to().isFinal()) {
                running.complete(transition.to());
            }
            if (transition.to().isFinal()) {
                done.complete(transition.to());
            }
        }

        List<LeaseState> moves() {
            return transitions.stream().map(LeaseTransition::to).toList();
        }
    }

    /** The wall clock, never returning the same instant twice, so that the order of requests is their times' order. */
    private static final class StrictlyIncreasingClock extends Clock {
        private Instant last = Instant.EPOCH;

        @Override
        public synchronized Instant instant() {
            Instant now = Instant.now();
            last = now.isAfter(last) ? now : last.plusNanos(1);
            return last;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
