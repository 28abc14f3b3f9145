package io.jenkins.plugins.dwp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.dwp.lease.Lease;
import io.jenkins.plugins.dwp.lease.WorkerBroker;
import io.jenkins.plugins.dwp.time.ManualClock;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * What the engine asks of the API server, counted at the server (fabric8's CRUD mock, with the
 * {@link SimulatedKubelet}), by verb and resource: per build step, and per minute a worker sits
 * idle. Counted are the calls of the broker's client only, less what every broker pays once
 * whatever its workers (see {@link #excluded}): the informers' list and watch of pods and of
 * heartbeat Leases, and the controller's heartbeat (a Lease create, then one patch a renewal).
 *
 * <p>Usage: {@code ApiCallCounts OUTPUT.json}; writes {@code apiCallsPerStep},
 * {@code apiCallsPerStepByCall}, {@code apiCallsPerIdleWorkerMinute} and
 * {@code apiCallsExcluded} (every excluded call of the run, by call).
 */
public final class ApiCallCounts {

    static final int STEPS = 100;
    static final int IDLE_WORKERS = 20;
    static final Duration IDLE_WATCHED = Duration.ofMinutes(60);
    static final Duration TICK = Duration.ofSeconds(10);

    private static final String ENGINE = "engine";
    private static final Set<String> SHARED_VERBS = Set.of("list", "watch");

    private ApiCallCounts() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ApiCallCounts OUTPUT.json");
            System.exit(2);
        }
        // Exits either way: threads vert.x leaves behind would keep the JVM, and bench/run, waiting.
        try {
            ObjectNode figures = measure();
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(new File(args[0]), figures);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** Whether an engine call is paid once per broker rather than per worker: not counted. */
    static boolean excluded(ApiCall call) {
        return SHARED_VERBS.contains(call.verb()) || call.resource().equals("leases");
    }

    private static ObjectNode measure() throws Exception {
        ObjectNode figures = new ObjectMapper().createObjectNode();
        ManualClock clock = new ManualClock(Instant.parse("2026-03-02T10:00:00Z"));
        try (MockApi api = MockApi.crud()) {
            try (KubernetesClient admin = api.client("admin")) {
                admin.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(BenchBroker.NAMESPACE)
                        .endMetadata().build()).create();
            }
            try (SimulatedKubelet kubelet = new SimulatedKubelet(api, BenchBroker.NAMESPACE);
                    KubernetesClient client = api.client(ENGINE)) {
                WorkerBroker broker = BenchBroker.start(client, clock);
                try {
                    Map<String, Long> before = counted(api);
                    for (int i = 0; i < STEPS; i++) {
                        StepListener.wholeStep(broker);
                        clock.advance(TICK);
                        broker.tick();
                    }
                    awaitQuiet(api);
                    Map<String, Long> steps = minus(counted(api), before);
                    ObjectNode byCall = figures.objectNode();
                    steps.forEach((call, count) -> byCall.put(call, (double) count / STEPS));
                    figures.put("apiCallsPerStep", (double) total(steps) / STEPS);
                    figures.set("apiCallsPerStepByCall", byCall);

                    List<Lease> idle = new ArrayList<>();
                    for (int i = 0; i < IDLE_WORKERS; i++) {
                        Lease lease = StepListener.runningWorker(broker, BenchBroker.POOL, new StepListener());
                        broker.idle(lease.id());
                        idle.add(lease);
                    }
                    awaitQuiet(api);
                    before = counted(api);
                    for (long t = 0; t < IDLE_WATCHED.dividedBy(TICK); t++) {
                        clock.advance(TICK);
                        broker.tick();
                    }
                    awaitQuiet(api);
                    long idleCalls = total(minus(counted(api), before));
                    if (broker.leases().size() != IDLE_WORKERS) {
                        throw new IllegalStateException("the idle workers did not all stay: " + broker.leases());
                    }
                    figures.put("apiCallsPerIdleWorkerMinute",
                            (double) idleCalls / (IDLE_WORKERS * IDLE_WATCHED.toMinutes()));
                } finally {
                    broker.close();
                }
            }
            ObjectNode excludedCalls = figures.objectNode();
            api.tally().snapshot().forEach((call, count) -> {
                if (call.client().equals(ENGINE) && excluded(call)) {
                    excludedCalls.put(call.describe(), count);
                }
            });
            figures.set("apiCallsExcluded", excludedCalls);
        }
        return figures;
    }


    /** The engine's counted calls so far, by {@code VERB RESOURCE}. */
    private static Map<String, Long> counted(MockApi api) {
        Map<String, Long> counted = new TreeMap<>();
        api.tally().snapshot().forEach((call, count) -> {
            if (call.client().equals(ENGINE) && !excluded(call)) {
                counted.merge(call.describe(), count, Long::sum);
            }
        });
        return counted;
    }

    private static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> difference = new TreeMap<>();
        after.forEach((call, count) -> {
            long more = count - before.getOrDefault(call, 0L);
            if (more != 0) {
                difference.put(call, more);
            }
        });
        return difference;
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Waits until the server has taken no call for half a second: the broker's API calls run on
     * threads of its own, after the call that set them off has returned.
     */
    private static void awaitQuiet(MockApi api) {
        long last = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < TimeUnit.MILLISECONDS.toNanos(500)) {
            long now = api.tally().snapshot().values().stream().mapToLong(Long::longValue).sum();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
