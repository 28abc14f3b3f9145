package io.jenkins.plugins.dwp.bench;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.dwp.lease.WorkerBroker;
import io.jenkins.plugins.dwp.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A broker that adopted {@code N} running, idle workers at start, as after a controller's restart,
 * from an {@link AdoptionServer}, on a {@link ManualClock} standing at {@link #START}.
 *
 * <p>The workers' lifetimes end in {@link #GROUPS} groups, one every {@link #STEP} from
 * {@code START + STEP/2}: at {@code START} nothing is due for an hour, and moving the clock one
 * {@code STEP} before each tick makes one group, 1% of the workers, pass its lifetime at every
 * tick, each deleted worker being replaced one {@link AdoptionServer#ROUND} later.
 */
final class AdoptedLeases implements AutoCloseable {

    /** When the clock starts: a day on which the pool's image is in service. */
    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    static final int GROUPS = 100;
    static final Duration STEP = AdoptionServer.ROUND.dividedBy(GROUPS);

    private static final Duration WAIT = Duration.ofMinutes(10);

    private final ManualClock clock;
    private final AdoptionServer server;
    private final MockApi api;
    private final KubernetesClient client;
    private final int workers;
    private WorkerBroker broker;

    private AdoptedLeases(int workers) {
        this.workers = workers;
        this.clock = new ManualClock(START);
        this.server = new AdoptionServer(new WorkerPods(BenchBroker.pools(clock).pool(BenchBroker.POOL).orElseThrow()), clock);
        Instant firstDeadline = START.plus(STEP.dividedBy(2));
        Duration lifetime = Duration.ofHours(BenchBroker.MAX_LIFETIME_HOURS);
        for (int i = 0; i < workers; i++) {
            server.addWorker(firstDeadline.plus(STEP.multipliedBy(i % GROUPS)).minus(lifetime), START);
        }
        this.api = MockApi.serving(server);
        this.client = api.client("engine");
    }

    /** The server with {@code workers} workers and a client of it, before any broker starts. */
    static AdoptedLeases serve(int workers) {
        return new AdoptedLeases(workers);
    }

    /** Starts a broker and waits until it has adopted all {@code workers} workers. */
    static AdoptedLeases start(int workers) {
        AdoptedLeases adopted = serve(workers);
        adopted.adopt();
        return adopted;
    }

    /** Starts the broker and waits until it has adopted every worker. */
    void adopt() {
        broker = BenchBroker.start(client, clock);
        await(() -> broker.scheduled() == workers, "adopting " + workers + " workers");
        checkNothingUnexpected();
    }

    WorkerBroker broker() {
        return broker;
    }

    ManualClock clock() {
        return clock;
    }

    int workers() {
        return workers;
    }

    /**
     * Waits until the server has taken {@code deletes} deletes in all, and the broker has seen
     * every watch event they caused: the watch delivers in order, so it has once it holds the
     * worker added last.
     */
    void awaitDeletedAndReplaced(long deletes) {
        await(() -> server.deletes() >= deletes, deletes + " pod deletes");
        server.lastReplacement().ifPresent(last ->
                await(() -> broker.lease(last).isPresent(), "the broker adopting worker " + last));
        checkNothingUnexpected();
    }

    /** Pods deleted so far. */
    long deletes() {
        return server.deletes();
    }

    private void checkNothingUnexpected() {
        if (!server.unexpected().isEmpty()) {
            throw new IllegalStateException("the broker made calls this benchmark does not expect: " + server.unexpected());
        }
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up after " + WAIT + " waiting for " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    @Override
    public void close() {
        if (broker != null) {
            broker.close();
        }
        client.close();
        api.close();
    }
}
