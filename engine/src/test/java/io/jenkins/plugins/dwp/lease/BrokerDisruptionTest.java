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
import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.kube.WorkerMetadata;
import io.jenkins.plugins.dwp.metrics.WorkerMetrics;
import io.jenkins.plugins.dwp.reconcile.Heartbeat;
import io.jenkins.plugins.dwp.reconcile.Plan;
import io.jenkins.plugins.dwp.reconcile.PlanAction;
import io.jenkins.plugins.dwp.reconcile.ReapReason;
import io.jenkins.plugins.dwp.time.ManualClock;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What BrokerFaultsTest's failing requests do not cover: the controller restarting with requests
 * in flight, the API server restarting under the broker, and the clock jumping. Whatever
 * happens, no pod leaks, no lease gets two pods, and every step is served or fails with a reason.
 *
 * <p>The pods the store makes and deletes are counted from inside the API server
 * ({@link TappedStore}), so that the count stays true while the server is down.
 */
class BrokerDisruptionTest {

    private static final String NAMESPACE = "workers";
    private static final Map<String, Integer> CAPS = new TreeMap<>(Map.of("small", 3, "medium", 5, "large", 8));
    private static final List<String> POOL_NAMES = List.copyOf(CAPS.keySet());
    private static final String POOLS = CappedPools.yaml(CAPS);
    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    private final ManualClock clock = new ManualClock(START);
    private final List<AutoCloseable> closing = new ArrayList<>();
    private final Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    private final ExecutorService requesters = Executors.newFixedThreadPool(4);
    private SimulatedCluster cluster;
    private TappedStore store;
    private volatile KubernetesMockServer server;
    /** The test's own client: the kubelet and the observer. */
    private KubernetesClient client;

    @BeforeEach
    void tappedServer() {
        store = new TappedStore(new KubernetesMixedDispatcher(responses));
        server = new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(), responses, store,
                false);
        server.init();
        client = server.createClient(builder -> builder.editOrNewConfig().withRequestRetryBackoffInterval(50).endConfig());
        cluster = new SimulatedCluster(client, NAMESPACE, true);
        store.observe(cluster);
        client.namespaces().resource(new NamespaceBuilder()
                .withNewMetadata().withName(NAMESPACE).endMetadata().build()).create();
    }

    @AfterEach
    void stop() throws Exception {
        requesters.shutdownNow();
        Collections.reverse(closing);
        for (AutoCloseable c : closing) {
            c.close();
        }
        cluster.close();
        client.close();
        server.destroy();
    }

    /** A client of the broker's, named so that the store can cut it off. */
    private KubernetesClient brokerClient(String name) {
        KubernetesClient brokerClient = server.createClient(builder -> builder.editOrNewConfig()
                .withRequestRetryBackoffLimit(3)
                .withRequestRetryBackoffInterval(50)
                .withWatchReconnectInterval(100)
                .addToCustomHeaders(TappedStore.CLIENT, name)
                .endConfig());
        closing.add(brokerClient);
        return brokerClient;
    }

    private WorkerBroker broker(KubernetesClient brokerClient, long seed) {
        PoolSet pools = new PoolsValidator(BuiltinCatalog.get(), clock).validate(SourceFile.of("pools.yaml", POOLS))
                .poolSet().orElseThrow();
        WorkerBroker broker = WorkerBroker.start(brokerClient,
                new WorkerBroker.Settings("jenkins-a", NAMESPACE, new AgentConnection("http://jenkins:8080/", true),
                        Duration.ofMinutes(5), Duration.ofMinutes(2), 100, 1_000),
                pools, clock, name -> "secret-of-" + name, new LeaseIds(new Random(seed)),
                new WorkerMetrics(new SimpleMeterRegistry()));
        closing.add(broker);
        return broker;
    }

    private static String pool(int step) {
        return POOL_NAMES.get(step % POOL_NAMES.size());
    }

    /** Ticks two virtual seconds apart, as the steps run, until every step has ended. */
    private void runUntilEveryStepEnded(WorkerBroker broker, List<Step> steps) {
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(25)).until(() -> {
            clock.advance(Duration.ofSeconds(2));
            broker.tick();
            return steps.stream().allMatch(Step::ended);
        });
    }

    /** Ticks a virtual minute apart until the broker holds nothing and the cluster has no pod, for two virtual hours at most. */
    private void settle(WorkerBroker broker, List<Step> steps) {
        AtomicInteger ticks = new AtomicInteger();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() -> {
            clock.advance(Duration.ofMinutes(1));
            broker.tick();
            return ticks.incrementAndGet() >= 120 || (broker.leases().isEmpty() && cluster.live.isEmpty()
                    && steps.stream().allMatch(Step::ended));
        });
    }

    /** No step lost, no pod leaked, no lease with two pods, no cap exceeded. */
    private void assertNothingLostLeakedOrDuplicated(WorkerBroker broker, List<Step> steps) {
        assertEquals(List.of(), broker.leases(), "the broker holds no lease");
        List<String> lost = steps.stream().filter(s -> !s.served() && !s.failedWithAReason()).map(Step::toString)
                .toList();
        assertEquals(List.of(), lost, "every step is served, or fails with a reason");
        assertEquals(List.of(), client.pods().inNamespace(NAMESPACE).list().getItems().stream()
                .map(p -> p.getMetadata().getName()).toList(), "no pod is left");
        assertEquals(Map.of(), cluster.uidsByLease.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "no lease got two pods");
        CAPS.forEach((pool, cap) -> assertTrue(cluster.maxLiveOf(pool) <= cap,
                pool + " had " + cluster.maxLiveOf(pool) + " pods at once, cap " + cap));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang guard only
    void aControllerRestartedWithRequestsInFlightAdoptsOrReapsAndEveryStepEnds() {
        KubernetesClient firstClient = brokerClient("first");
        WorkerBroker first = broker(firstClient, 1);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Step step = new Step(i);
            steps.add(step);
            // The step starts on its worker and is still running when the controller goes.
            step.lease = first.request(pool(i), "step #" + i, (lease, t) -> {
                step.moves.add(t);
                if (t.to() == LeaseState.RUNNING) {
                    requesters.execute(() -> first.busy(lease.id()));
                }
            });
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> steps.stream().filter(s -> s.reached(LeaseState.BUSY)).count() >= 8);
        // The controller's process dies: what it had sent is done, nothing more arrives, its connections close.
        store.cutOff("first");
        first.close();
        firstClient.close();

        WorkerBroker second = broker(brokerClient("second"), 2);
        await().atMost(Duration.ofMinutes(1)).until(() -> second.leases().stream().map(Lease::id).collect(Collectors.toSet())
                .containsAll(leaseIdsOfPods()));
        Set<String> adopted = second.leases().stream().map(Lease::id).collect(Collectors.toSet());
        for (Step step : steps) {
            if (adopted.contains(step.lease.id())) {
                // A step that survived the restart claims its worker again, and ends.
                await().atMost(Duration.ofMinutes(1)).until(() -> second.lease(step.lease.id()).map(Lease::state)
                        .filter(s -> s == LeaseState.RUNNING || s == LeaseState.IDLE).isPresent());
                second.busy(step.lease.id());
                second.release(step.lease.id());
                step.claimedAfterRestart = true;
            } else {
                // Its request was lost with the controller: the requester asks again.
                step.moves.clear();
                step.lease = second.request(step.pool, "step #" + step.number, (lease, t) -> {
                    step.moves.add(t);
                    if (t.to() == LeaseState.RUNNING) {
                        requesters.execute(() -> {
                            second.busy(lease.id());
                            second.release(lease.id());
                        });
                    }
                });
            }
        }
        runUntilEveryStepEnded(second, steps);
        settle(second, steps);

        long claimed = steps.stream().filter(s -> s.claimedAfterRestart).count();
        System.out.printf("BrokerDisruptionTest: controller restart: %d steps, %d workers adopted and claimed again,"
                + " %d asked again; served %d, failed %d; most pods at once %s, caps %s%n", steps.size(), claimed,
                steps.size() - claimed, steps.stream().filter(Step::served).count(),
                steps.stream().filter(Step::failedWithAReason).count(), new TreeMap<>(cluster.maxLive), CAPS);
        assertTrue(claimed >= 8, "the running steps' workers were adopted: " + claimed);
        assertNothingLostLeakedOrDuplicated(second, steps);
    }

    /** The lease ids of the pods the API server holds now. */
    private Set<String> leaseIdsOfPods() {
        return client.pods().inNamespace(NAMESPACE).list().getItems().stream()
                .map(p -> p.getMetadata().getLabels().get(WorkerMetadata.LEASE)).collect(Collectors.toSet());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang guard only
    void anApiServerRestartDropsEveryWatchAndConnectionYetNoStepIsLost() throws Exception {
        WorkerBroker broker = broker(brokerClient("broker"), 3);
        List<Step> steps = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 60; i++) {
            Step step = new Step(i);
            steps.add(step);
            step.lease = broker.request(pool(i), "step #" + i, (lease, t) -> {
                step.moves.add(t);
                if (t.to() == LeaseState.RUNNING) {
                    requesters.execute(() -> {
                        broker.busy(lease.id());
                        broker.release(lease.id());
                    });
                }
            });
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> steps.stream().filter(Step::ended).count() >= 15);

        int port = server.getPort();
        int expiredBefore = store.expiredWatches();
        server.destroy();
        assertRefused(port);
        // Down for a moment: requests asked meanwhile wait in the queue or retry their calls.
        AtomicBoolean up = new AtomicBoolean();
        ScheduledExecutorService restarter = Executors.newSingleThreadScheduledExecutor();
        closing.add(restarter::shutdownNow);
        restarter.schedule(() -> {
            store.restarted();
            KubernetesMockServer again = new KubernetesMockServer(new Context(Serialization.jsonMapper()),
                    new MockWebServer(), responses, store, false);
            again.init(InetAddress.getLoopbackAddress(), port);
            server = again;
            up.set(true);
        }, 300, TimeUnit.MILLISECONDS);
        await().untilTrue(up);
        runUntilEveryStepEnded(broker, steps);
        settle(broker, steps);

        System.out.printf("BrokerDisruptionTest: API server restart: %d steps, served %d, failed %d %s;"
                + " %d watches resumed and were told to list again; most pods at once %s, caps %s%n", steps.size(),
                steps.stream().filter(Step::served).count(),
                steps.stream().filter(Step::failedWithAReason).count(),
                steps.stream().filter(Step::failedWithAReason).map(s -> s.last().reason()).toList(),
                store.expiredWatches() - expiredBefore, new TreeMap<>(cluster.maxLive), CAPS);
        assertTrue(store.expiredWatches() > expiredBefore, "the broker's watches came back after the restart");
        assertNothingLostLeakedOrDuplicated(broker, steps);
    }

    private static void assertRefused(int port) {
        assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close(),
                "the API server is down");
    }

    @Test
    void aClockJumpForwardReapsOnlyIdleWorkersAndOneBackwardReapsNothing() {
        WorkerBroker broker = broker(brokerClient("broker"), 4);
        List<Lease> idle = new ArrayList<>();
        List<Lease> busy = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            (i % 2 == 0 ? idle : busy).add(broker.request("large", "step #" + i, (lease, t) -> { }));
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> broker.leases().size() == 4
                && broker.leases().stream().allMatch(l -> l.state() == LeaseState.RUNNING));
        busy.forEach(l -> broker.busy(l.id()));
        idle.forEach(l -> broker.idle(l.id()));

        clock.advance(Duration.ofHours(3));
        Plan forward = broker.tick();
        assertEquals(idle.stream().map(Lease::podName).sorted().toList(), forward.actions().stream()
                .map(a -> (PlanAction.DeletePod) a).filter(d -> d.reason() == ReapReason.IDLE)
                .map(d -> d.worker().podName()).sorted().toList(),
                () -> "past idleMinutes, the idle workers go: " + forward.actions() + " " + broker.leases());
        assertEquals(idle.size(), forward.actions().size(), forward.actions()::toString);
        await().atMost(Duration.ofMinutes(1)).until(() -> broker.leases().size() == busy.size());
        busy.forEach(l -> assertEquals(LeaseState.BUSY, broker.lease(l.id()).map(Lease::state).orElseThrow()));

        Instant before = clock.instant();
        clock.advance(Duration.ofHours(-5));
        Plan backward = broker.tick();
        assertTrue(backward.isEmpty(), backward.actions()::toString);
        // A clock set back renews the heartbeat at once: it would otherwise wait until the clock caught up again.
        await().atMost(Duration.ofMinutes(1)).until(() -> client.leases().inNamespace(NAMESPACE).withName(Heartbeat.leaseName("jenkins-a")).get()
                .getSpec().getRenewTime().toInstant().equals(clock.instant()));
        busy.forEach(l -> broker.idle(l.id()));
        Lease late = broker.request("large", "step #4", (lease, t) -> { });
        await().atMost(Duration.ofMinutes(1)).until(() -> broker.lease(late.id()).map(Lease::state).orElseThrow() == LeaseState.RUNNING);
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertTrue(broker.tick().isEmpty(), "idle counts from the clock as it now reads");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(busy.size() + 1, broker.tick().actions().size(), "idleMinutes after they went idle");
        await().atMost(Duration.ofMinutes(1)).until(() -> broker.leases().isEmpty() && cluster.live.isEmpty());
        assertTrue(clock.instant().isBefore(before));
    }

    /** One step: its lease, every move of it, and whether it was claimed again after a restart. */
    private static final class Step {
        final int number;
        final String pool;
        final List<LeaseTransition> moves = new CopyOnWriteArrayList<>();
        volatile Lease lease;
        volatile boolean claimedAfterRestart;

        Step(int number) {
            this.number = number;
            this.pool = BrokerDisruptionTest.pool(number);
        }

        boolean reached(LeaseState state) {
            return moves.stream().anyMatch(t -> t.to() == state);
        }

        LeaseTransition last() {
            return moves.get(moves.size() - 1);
        }

        boolean ended() {
            return claimedAfterRestart || (!moves.isEmpty() && last().to().isFinal());
        }

        /** Released by its requester and its pod gone; or its adopted worker claimed and released. */
        boolean served() {
            return claimedAfterRestart
                    || (!moves.isEmpty() && last().to() == LeaseState.GONE && moves.stream()
                            .anyMatch(t -> t.to() == LeaseState.TERMINATING && t.reason().equals("released")));
        }

        boolean failedWithAReason() {
            return !claimedAfterRestart && !moves.isEmpty() && last().to() == LeaseState.FAILED
                    && !last().reason().isBlank();
        }

        @Override
        public String toString() {
            return "step " + number + " (" + pool + ", lease " + (lease == null ? "-" : lease.id()) + "): "
                    + moves.stream().map(t -> t.to() + (t.reason().isEmpty() ? "" : " [" + t.reason() + "]")).toList();
        }
    }
}
