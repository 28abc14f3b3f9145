package io.jenkins.plugins.dwp.lease;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.ByteString;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.kube.WorkerMetadata;
import io.jenkins.plugins.dwp.metrics.WorkerMetrics;
import io.jenkins.plugins.dwp.time.ManualClock;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A thousand steps against an API server that fails: 500s, responses that never come, 409s for
 * creates that did happen, and watches that drop and must be re-listed. Whatever happens, no step
 * is lost, no pod leaks and no lease ever gets two pods.
 *
 * <p>The faults come from a dispatcher wrapped around fabric8's CRUD mock, and hit only the
 * broker's client (it sends a header the test's own clients do not), so that the test's kubelet
 * and its observer see the truth.
 */
class BrokerFaultsTest {

    private static final long SEED = 20261125L;
    private static final String NAMESPACE = "workers";
    private static final int STEPS = 1_000;
    /** Steps in flight at once: more than the three caps together, so that requests also queue. */
    private static final int IN_FLIGHT = 24;
    private static final Map<String, Integer> CAPS = Map.of("small", 3, "medium", 5, "large", 8);
    private static final List<String> POOL_NAMES = List.of("small", "medium", "large");
    /** Virtual time one reconcile tick moves the clock while steps run, and while settling. */
    private static final Duration TICK = Duration.ofSeconds(2);
    private static final Duration SETTLE_TICK = Duration.ofMinutes(1);
    /** Settling gives up after this many ticks (four virtual hours): what is left then is leaked or lost. */
    private static final int SETTLE_TICKS = 240;
    /** The run is stalled when no step has ended for this long in virtual time. */
    private static final Duration STALL = Duration.ofMinutes(30);

    // Labels default to the pool's name, which is what each step asks for.
    private static final String POOLS = CappedPools.yaml(CAPS.entrySet().stream().sorted(Map.Entry.comparingByValue())
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    private final ManualClock clock = new ManualClock(START);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private FaultyDispatcher faults;
    private KubernetesMockServer server;
    /** The test's own client: the kubelet and the observer. No faults. */
    private KubernetesClient client;
    /** The broker's client: short request timeout, few retries, and every fault. */
    private KubernetesClient brokerClient;

    @BeforeEach
    void faultyServer() {
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        faults = new FaultyDispatcher(new KubernetesMixedDispatcher(responses), new Random(SEED));
        server = new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(), responses,
                faults, false);
        server.init();
        client = server.createClient();
        brokerClient = server.createClient(builder -> builder.editOrNewConfig()
                .withRequestTimeout(1_000)
                .withRequestRetryBackoffLimit(2)
                .withRequestRetryBackoffInterval(20)
                .withWatchReconnectInterval(100)
                .addToCustomHeaders(FaultyDispatcher.TARGET, "broker")
                .endConfig());
        client.namespaces().resource(new NamespaceBuilder()
                .withNewMetadata().withName(NAMESPACE).endMetadata().build()).create();
    }

    @AfterEach
    void stop() throws Exception {
        Collections.reverse(closing);
        for (AutoCloseable c : closing) {
            c.close();
        }
        brokerClient.close();
        client.close();
        server.destroy();
    }

    private WorkerBroker broker() {
        PoolSet pools = new PoolsValidator(BuiltinCatalog.get(), clock).validate(SourceFile.of("pools.yaml", POOLS))
                .poolSet().orElseThrow();
        WorkerBroker broker = WorkerBroker.start(brokerClient,
                new WorkerBroker.Settings("jenkins-a", NAMESPACE, new AgentConnection("http://jenkins:8080/", true),
                        Duration.ofMinutes(5), Duration.ofMinutes(2), 100, 1_000),
                pools, clock, name -> "secret-of-" + name, new LeaseIds(new Random(SEED)), new WorkerMetrics(registry));
        closing.add(broker);
        return broker;
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS) // a hang guard only
    void aThousandStepsThroughFaultsLoseNothingLeakNothingAndNeverDuplicate() {
        SimulatedCluster cluster = new SimulatedCluster(client, NAMESPACE, true);
        closing.add(cluster);
        closing.add(client.pods().inNamespace(NAMESPACE).watch(cluster));
        WorkerBroker broker = broker();
        Driver driver = new Driver(broker);

        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        closing.add(ticker::shutdownNow);
        AtomicReference<RuntimeException> tickFailure = new AtomicReference<>();
        ticker.scheduleWithFixedDelay(() -> {
            try {
                clock.advance(TICK);
                broker.tick();
            } catch (RuntimeException e) {
                tickFailure.compareAndSet(null, e);
                throw e;
            }
        }, 25, 25, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        driver.start();
        // Bounded in virtual time: the run ends when every step has, or when none has for a while.
        await().forever().pollInterval(Duration.ofMillis(50)).until(() -> driver.ended.get() == STEPS
                || clock.instant().isAfter(driver.lastEnd.get().plus(STALL)) || tickFailure.get() != null);
        ticker.shutdownNow();
        if (tickFailure.get() != null) {
            throw new AssertionError("a reconcile tick failed", tickFailure.get());
        }
        driver.stopStarting();
        long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        // Settling: ticks a virtual minute apart, faults still on, until all is quiet or four virtual hours passed.
        AtomicInteger settleTicks = new AtomicInteger();
        await().forever().pollInterval(Duration.ofMillis(50)).until(() -> {
            clock.advance(SETTLE_TICK);
            broker.tick();
            return settleTicks.incrementAndGet() >= SETTLE_TICKS
                    || (driver.unfinished().isEmpty() && broker.leases().isEmpty() && cluster.live.isEmpty());
        });
        faults.stop();

        List<Step> steps = driver.steps();
        List<Step> served = steps.stream().filter(Step::servedAndReleased).toList();
        List<Step> failed = steps.stream()
                .filter(s -> s.end() == LeaseState.FAILED && !s.failure().isBlank()).toList();
        List<Step> lost = steps.stream().filter(s -> !served.contains(s) && !failed.contains(s)).toList();
        Set<String> held = broker.leases().stream().filter(l -> !l.state().isFinal()).map(Lease::id)
                .collect(Collectors.toSet());
        List<Pod> pods = client.pods().inNamespace(NAMESPACE).list().getItems();
        List<String> leaked = pods.stream()
                .filter(p -> !held.contains(p.getMetadata().getLabels().get(WorkerMetadata.LEASE)))
                .map(p -> p.getMetadata().getName()).toList();
        Map<String, Set<String>> duplicated = cluster.uidsByLease.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Long> reasons = failed.stream()
                .collect(Collectors.groupingBy(s -> gist(s.failure()), TreeMap::new, Collectors.counting()));

        System.out.printf("BrokerFaultsTest: %d steps in %d ms, then %d settle ticks (virtual time %s): served %d,"
                        + " failed with a reason %d, lost %d, leaked %d, duplicated %d%n  failures by reason %s%n"
                        + "  faults injected %s%n  the broker listed its pods %d times (%d after a deletion fell"
                        + " between list and watch); most pods at once %s, caps %s%n"
                        + "  broker API calls %s; pods deleted by reason %s%n",
                steps.size(), runMillis, settleTicks.get(), Duration.between(START, clock.instant()), served.size(),
                failed.size(), lost.size(), leaked.size(), duplicated.size(), reasons, faults.injectedByTarget(),
                faults.podLists(), faults.gapsExpired(), new TreeMap<>(cluster.maxLive), new TreeMap<>(CAPS),
                apiCalls(), reaps());
        failed.stream().filter(s -> s.transitions.stream().anyMatch(t -> t.to() == LeaseState.RUNNING)).limit(3)
                .forEach(s -> System.out.println("  failed after it ran: " + s.describe()));

        assertEquals(List.of(), lost.stream().map(Step::describe).toList(),
                "every step ends GONE after its release, or FAILED with a reason");
        assertEquals(STEPS, steps.size(), "all steps ran");
        assertEquals(List.of(), leaked, "no pod without a live lease remains after settling");
        assertEquals(Map.of(), duplicated, "no lease ever had two pods");
        assertEquals(List.of(), pods, "settling deletes every pod");
        assertEquals(List.of(), broker.leases(), "settling lets every lease go");
        CAPS.forEach((pool, cap) -> assertTrue(cluster.maxLiveOf(pool) <= cap,
                pool + " had " + cluster.maxLiveOf(pool) + " pods at once, capped at " + cap));
        assertTrue(faults.injected().values().stream().allMatch(n -> n > 0), "every kind of fault happened: "
                + faults.injected());
        // Secrets made after their pod was gone escape the stand-in garbage collector, not a real one.
        for (Secret secret : client.secrets().inNamespace(NAMESPACE).list().getItems()) {
            List<OwnerReference> owners = secret.getMetadata().getOwnerReferences();
            assertTrue(owners.size() == 1 && owners.get(0).getKind().equals("Pod")
                    && cluster.deletedUids.contains(owners.get(0).getUid()),
                    secret.getMetadata().getName() + " is owned by a pod the watch saw deleted: " + owners);
        }
    }

    private Map<String, Double> apiCalls() {
        Map<String, Double> calls = new TreeMap<>();
        registry.find(WorkerMetrics.API_CALLS).counters().forEach(c -> calls.put(
                c.getId().getTag("verb") + " " + c.getId().getTag("resource"), c.count()));
        return calls;
    }

    private Map<String, Double> reaps() {
        Map<String, Double> reaps = new TreeMap<>();
        registry.find(WorkerMetrics.REAPS).counters().forEach(c -> reaps.merge(c.getId().getTag("reason"), c.count(),
                Double::sum));
        return reaps;
    }

    /** A failure reason without the names in it, to count reasons by kind. */
    private static String gist(String reason) {
        return reason.replaceAll("[a-z]+-[a-z0-9]{10}", "POD").replaceAll("localhost:\\d+", "localhost");
    }

    /** One step: request, run, busy, release; every move of its lease, in order. */
    private static final class Step {
        final int number;
        final String pool;
        final List<LeaseTransition> transitions = new CopyOnWriteArrayList<>();
        final AtomicReference<String> leaseId = new AtomicReference<>();

        Step(int number, String pool) {
            this.number = number;
            this.pool = pool;
        }

        void moved(Lease lease, LeaseTransition transition) {
            leaseId.set(lease.id());
            transitions.add(transition);
        }

        LeaseState end() {
            return transitions.isEmpty() ? LeaseState.REQUESTED : transitions.get(transitions.size() - 1).to();
        }

        /** Ended GONE, after its requester released it. */
        boolean servedAndReleased() {
            return end() == LeaseState.GONE && transitions.stream()
                    .anyMatch(t -> t.to() == LeaseState.TERMINATING && t.reason().equals("released"));
        }

        String failure() {
            return end() == LeaseState.FAILED ? transitions.get(transitions.size() - 1).reason() : "";
        }

        String describe() {
            return "step " + number + " (" + pool + ", lease " + leaseId.get() + "): "
                    + transitions.stream().map(t -> t.to() + (t.reason().isEmpty() ? "" : " [" + t.reason() + "]"))
                            .toList();
        }
    }

    /**
     * Keeps {@link #IN_FLIGHT} steps going until {@link #STEPS} have run: a step that ends starts the
     * next. The broker tells a step its moves on its own thread, so the requester's calls are made
     * from another.
     */
    private final class Driver {
        final WorkerBroker broker;
        final ExecutorService requesters = Executors.newFixedThreadPool(4);
        final Step[] steps = new Step[STEPS];
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger ended = new AtomicInteger();
        final AtomicReference<Instant> lastEnd = new AtomicReference<>(clock.instant());
        final AtomicBoolean starting = new AtomicBoolean(true);

        Driver(WorkerBroker broker) {
            this.broker = broker;
            closing.add(requesters::shutdownNow);
        }

        void start() {
            for (int i = 0; i < IN_FLIGHT; i++) {
                requesters.execute(this::next);
            }
        }

        void stopStarting() {
            starting.set(false);
        }

        private void next() {
            if (!starting.get()) {
                return;
            }
            int number = started.getAndIncrement();
            if (number >= STEPS) {
                return;
            }
            String pool = POOL_NAMES.get(new Random(SEED + number).nextInt(POOL_NAMES.size()));
            Step step = new Step(number, pool);
            steps[number] = step;
            broker.request(pool, "step #" + number, (lease, transition) -> {
                step.moved(lease, transition);
                if (transition.to() == LeaseState.RUNNING) {
                    requesters.execute(() -> {
                        broker.busy(lease.id());
                        broker.release(lease.id());
                    });
                } else if (transition.to().isFinal()) {
                    // A final lease does not move again: this is the step's one end.
                    lastEnd.set(clock.instant());
                    ended.incrementAndGet();
                    requesters.execute(this::next);
                }
            });
        }

        List<Step> steps() {
            List<Step> all = new ArrayList<>();
            for (Step step : steps) {
                if (step != null) {
                    all.add(step);
                }
            }
            return all;
        }

        List<Step> unfinished() {
            return steps().stream().filter(s -> !s.end().isFinal()).toList();
        }
    }

    /**
     * fabric8's CRUD dispatcher with faults, for requests that carry {@link #TARGET}: on pod and
     * secret creates and deletes, a 500 (nothing done), a response that never comes in time (done
     * or not), and, on creates, a 409 for a create that did happen; and now and then every open
     * watch is dropped, the watch that resumes it told its resource version is too old (410), so
     * that informers must list again. Rolls come from one seeded {@link Random}; which request
     * gets which roll depends on thread timing, so the figures vary a little from run to run.
     */
    static final class FaultyDispatcher extends Dispatcher {

        static final String TARGET = "X-Dwp-Faults";

        enum Fault { SERVER_ERROR, HANG_DONE, HANG_NOT_DONE, CONFLICT_DONE, WATCH_DROPPED, WATCH_EXPIRED }

        private static final double SERVER_ERROR = 0.20;
        private static final double HANG = 0.005;
        private static final double CONFLICT = 0.05;
        /** Per request of the broker's of any kind: then every open watch of the broker's drops. */
        private static final double DROP_WATCHES = 0.0015;
        /** Well past the client's request timeout and its allowance. */
        private static final Duration HANG_FOR = Duration.ofSeconds(8);
        private static final Pattern ITEM = Pattern.compile("^(/api.*)/[^/?]+(\\?.*)?$");
        private static final Pattern WRITE =
                Pattern.compile("^/api/v1/namespaces/[^/]+/(pods|secrets)(/[^/?]+)?(\\?.*)?$");
        private static final String EXPIRED = "{\"type\":\"ERROR\",\"object\":{\"apiVersion\":\"v1\","
                + "\"kind\":\"Status\",\"metadata\":{},\"status\":\"Failure\","
                + "\"message\":\"too old resource version (injected)\",\"reason\":\"Expired\",\"code\":410}}";

        private final Dispatcher store;
        private final Random random;
        /** By fault, then by what it hit: "POST pods", "DELETE pods", "POST secrets"; watches of "pods", "leases". */
        private final Map<Fault, Map<String, AtomicInteger>> injected = new EnumMap<>(Fault.class);
        private final Set<DroppableWatch> open = ConcurrentHashMap.newKeySet();
        private final Set<String> expired = ConcurrentHashMap.newKeySet();
        private final AtomicInteger podLists = new AtomicInteger();
        /** Deletions so far, by collection path: what a watch that follows a list may have missed. */
        private final Map<String, AtomicInteger> deletions = new ConcurrentHashMap<>();
        /** For each list of the broker's, by watch key: the deletions in its collection before it. */
        private final Map<String, Integer> listedAfter = new ConcurrentHashMap<>();
        private final AtomicInteger gapsExpired = new AtomicInteger();
        private volatile boolean active = true;

        FaultyDispatcher(Dispatcher store, Random random) {
            this.store = store;
            this.random = random;
            for (Fault fault : Fault.values()) {
                injected.put(fault, new ConcurrentHashMap<>());
            }
        }

        /** How many of each fault were injected. */
        Map<Fault, Integer> injected() {
            Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
            injected.forEach((fault, hits) -> counts.put(fault,
                    hits.values().stream().mapToInt(AtomicInteger::get).sum()));
            return counts;
        }

        /** How many of each fault hit what. */
        Map<Fault, Map<String, Integer>> injectedByTarget() {
            Map<Fault, Map<String, Integer>> counts = new EnumMap<>(Fault.class);
            injected.forEach((fault, hits) -> counts.put(fault, new TreeMap<>(hits.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())))));
            return counts;
        }

        /** How many times the broker listed its pods: once at start, then once for each watch that expired. */
        int podLists() {
            return podLists.get();
        }

        /** How many watches that followed a list were told they are too old, for a deletion came between. */
        int gapsExpired() {
            return gapsExpired.get();
        }

        void stop() {
            active = false;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            if (!active || request.getHeader(TARGET) == null) {
                return forward(request);
            }
            if (request.getPath().contains("watch=true")) {
                return watch(request);
            }
            if (request.getMethod().equals("GET") && request.getPath().contains("labelSelector=")) {
                // Read before the list is made, so that any deletion it may not show counts as one after it.
                String key = watchKey(request.getPath());
                listedAfter.put(key, deletionsIn(key));
            }
            double roll;
            boolean drop;
            synchronized (random) {
                roll = random.nextDouble();
                drop = random.nextDouble() < DROP_WATCHES;
            }
            if (drop) {
                dropWatches();
            }
            if (request.getMethod().equals("GET") && request.getPath().matches(".*/pods\\?.*labelSelector=.*")) {
                podLists.incrementAndGet();
            }
            Matcher write = WRITE.matcher(request.getPath());
            boolean create = write.matches() && request.getMethod().equals("POST") && write.group(2) == null;
            boolean delete = write.matches() && request.getMethod().equals("DELETE") && write.group(2) != null;
            if (!create && !delete) {
                return forward(request);
            }
            String target = request.getMethod() + " " + write.group(1);
            if (roll < SERVER_ERROR) {
                count(Fault.SERVER_ERROR, target);
                return status(500, "InternalError", "injected: the server could not do it, nothing was done");
            }
            roll -= SERVER_ERROR;
            if (roll < HANG) {
                boolean done = roll < HANG / 2;
                count(done ? Fault.HANG_DONE : Fault.HANG_NOT_DONE, target);
                MockResponse response = done ? forward(request)
                        : status(500, "InternalError", "injected: this answer comes too late");
                if (response.getBody() == null || response.getBody().size() == 0) {
                    response = status(response.code(), "NotFound", "injected: late");
                }
                return response.setBodyDelay(HANG_FOR);
            }
            roll -= HANG;
            if (create && roll < CONFLICT) {
                MockResponse response = forward(request);
                if (response.code() >= 300) {
                    return response;
                }
                count(Fault.CONFLICT_DONE, target);
                return status(409, "AlreadyExists", "injected: " + write.group(1) + " already exists");
            }
            return forward(request);
        }

        /** The CRUD dispatcher's answer; a deletion is counted once it is done. */
        private MockResponse forward(RecordedRequest request) {
            MockResponse response = store.dispatch(request);
            Matcher item = ITEM.matcher(request.getPath());
            if (request.getMethod().equals("DELETE") && response.code() < 300 && item.matches()) {
                deletions.computeIfAbsent(item.group(1), c -> new AtomicInteger()).incrementAndGet();
            }
            return response;
        }

        private int deletionsIn(String watchKey) {
            AtomicInteger n = deletions.get(watchKey.replaceAll("\\?.*", ""));
            return n == null ? 0 : n.get();
        }

        private void count(Fault fault, String target) {
            injected.get(fault).computeIfAbsent(target, t -> new AtomicInteger()).incrementAndGet();
        }

        /**
         * The CRUD dispatcher's watch, which ignores the resource version asked for: it replays
         * every object as ADDED, then what happens next. An informer that resumes a dropped watch,
         * or starts one after its list, misses the deletions in between; a real API server sends
         * them, or says the version is too old. Here it says so, and the informer lists again.
         */
        private MockResponse watch(RecordedRequest request) {
            String key = watchKey(request.getPath());
            Integer listed = listedAfter.remove(key);
            if (expired.remove(key)) {
                count(Fault.WATCH_EXPIRED, key.replaceAll("\\?.*|.*/", ""));
                return expired();
            }
            if (listed != null && listed != deletionsIn(key)) {
                gapsExpired.incrementAndGet();
                return expired();
            }
            MockResponse response = forward(request);
            WebSocketListener listener = response.getWebSocketListener();
            return listener == null ? response : response.withWebSocketUpgrade(new DroppableWatch(key, listener));
        }

        private static MockResponse expired() {
            return new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
                @Override
                public void onOpen(WebSocket webSocket, Response response) {
                    webSocket.send(EXPIRED);
                    webSocket.close(1000, "");
                }
            });
        }

        private void dropWatches() {
            for (DroppableWatch watch : open) {
                if (open.remove(watch)) {
                    count(Fault.WATCH_DROPPED, watch.key.replaceAll("\\?.*|.*/", ""));
                    // The watch that resumes this one learns its resource version is too old.
                    expired.add(watch.key);
                    watch.drop();
                }
            }
        }

        /** A watch's path and selector, without the resource version it resumes from. */
        private static String watchKey(String path) {
            int query = path.indexOf('?');
            if (query < 0) {
                return path;
            }
            Matcher selector = Pattern.compile("[?&](labelSelector=[^&]*)").matcher(path);
            return path.substring(0, query) + (selector.find() ? "?" + selector.group(1) : "");
        }

        private static MockResponse status(int code, String reason, String message) {
            return new MockResponse().setResponseCode(code).setBody("{\"apiVersion\":\"v1\",\"kind\":\"Status\","
                    + "\"metadata\":{},\"status\":\"Failure\",\"message\":\"" + message + "\",\"reason\":\"" + reason
                    + "\",\"code\":" + code + "}");
        }

        /** The CRUD dispatcher's watch, which this dispatcher can close as a dropped connection would be. */
        private final class DroppableWatch extends WebSocketListener {
            final String key;
            final WebSocketListener watch;
            volatile WebSocket socket;

            DroppableWatch(String key, WebSocketListener watch) {
                this.key = key;
                this.watch = watch;
            }

            void drop() {
                // Closed behind the events already queued for it, as the CRUD watch closes itself.
                watch.onClosing(socket, 1000, "dropped (injected)");
            }

            @Override
            public void onBeforeAccept(WebSocket webSocket, Response response) {
                watch.onBeforeAccept(webSocket, response);
            }

            @Override
            public void onOpen(WebSocket webSocket, Response response) {
                socket = webSocket;
                watch.onOpen(webSocket, response);
                open.add(this);
            }

            @Override
            public void onMessage(WebSocket webSocket, String text) {
                watch.onMessage(webSocket, text);
            }

            @Override
            public void onMessage(WebSocket webSocket, ByteString bytes) {
                watch.onMessage(webSocket, bytes);
            }

            @Override
            public void onMessage(WebSocket webSocket, byte[] bytes) {
                watch.onMessage(webSocket, bytes);
            }

            @Override
            public void onClosing(WebSocket webSocket, int code, String reason) {
                watch.onClosing(webSocket, code, reason);
            }

            @Override
            public void onClosed(WebSocket webSocket, int code, String reason) {
                open.remove(this);
                watch.onClosed(webSocket, code, reason);
            }

            @Override
            public void onFailure(WebSocket webSocket, Throwable t, Response response) {
                open.remove(this);
                watch.onFailure(webSocket, t, response);
            }
        }
    }
}
