package io.jenkins.plugins.dwp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.kube.RenderedWorker;
import io.jenkins.plugins.dwp.kube.WorkerIdentity;
import io.jenkins.plugins.dwp.kube.WorkerRenderer;
import io.jenkins.plugins.dwp.lease.WorkerBroker;
import java.io.File;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Whole build steps a second through the engine, against the floor: the same API calls made with
 * the bare fabric8 client. Both run {@link #CONCURRENCY} steps at once on one fabric8 CRUD mock API
 * server in this JVM, each in a namespace of its own with a {@link SimulatedKubelet} of its own, and
 * create the same pod and secret (rendered by the engine's {@link WorkerRenderer}).
 *
 * <ul>
 * <li>An engine step: {@code request}, its pod created, Running as the broker's informer shows it,
 * {@code busy}, {@code release}, and the pod's deletion seen by the informer (the lease is GONE).
 * <li>A bare step: create the secret, create the pod, wait for the kubelet's status write, delete
 * the pod.
 * </ul>
 *
 * <p>The two take turns in windows of equal length, engine then bare, first to warm up, then
 * measured; each measured pair gives a ratio. Taking turns in one JVM is what makes the ratio
 * steady on a small, shared machine: the code both use (fabric8's client, the mock server, vert.x,
 * Jackson), most of what runs, is compiled once for both, and a JVM still compiling, or a machine
 * whose load changes, weighs on both alike. Run in separate JVMs one after the other, with the 2
 * cores busy, both were still speeding up after a minute, and the ratio of short runs ranged from
 * 0.5 to 1.1.
 *
 * <p>Usage: {@code ProvisioningComparison WARM-UP-PAIRS MEASURED-PAIRS WINDOW-SECONDS OUTPUT.json};
 * writes the object {@code provisioning}.
 */
public final class ProvisioningComparison {

    /** Steps in flight at once, for both. */
    static final int CONCURRENCY = 8;
    /** The bare client's namespace: the engine's informer does not see its pods. */
    static final String BARE_NAMESPACE = "bare-workers";

    private ProvisioningComparison() {
    }

    /** An API server to run on, and the name of the figures taken on it. */
    private record Server(Supplier<MockApi> start, String figure) {
    }

    private static final Map<String, Server> SERVERS = Map.of(
            "embedded", new Server(MockApi::embedded, "provisioning"),
            "crud", new Server(MockApi::crud, "provisioningOnCrudMockServer"));

    /** One build step, from start to end. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /** Steps a second in one window, engine or bare. */
    private record Window(long steps, double seconds) {
        double perSecond() {
            return steps / seconds;
        }
    }

    public static void main(String[] args) {
        if (args.length != 5 || !SERVERS.containsKey(args[0])) {
            System.err.println("usage: ProvisioningComparison embedded|crud WARM-UP-PAIRS MEASURED-PAIRS WINDOW-SECONDS"
                    + " OUTPUT.json");
            System.exit(2);
        }
        // Exits either way: threads vert.x leaves behind would keep the JVM, and bench/run, waiting.
        try {
            ObjectNode figures = measure(SERVERS.get(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                    Duration.ofSeconds(Long.parseLong(args[3])));
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(new File(args[4]), figures);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static ObjectNode measure(Server server, int warmUpPairs, int measuredPairs, Duration window)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(CONCURRENCY);
        try (MockApi api = server.start.get()) {
            try (KubernetesClient admin = api.client("admin")) {
                for (String namespace : List.of(BenchBroker.NAMESPACE, BARE_NAMESPACE)) {
                    admin.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
                            .endMetadata().build()).create();
                }
            }
            try (SimulatedKubelet engineKubelet = new SimulatedKubelet(api, BenchBroker.NAMESPACE);
                    SimulatedKubelet bareKubelet = new SimulatedKubelet(api, BARE_NAMESPACE);
                    KubernetesClient engineClient = api.client("engine");
                    KubernetesClient bareClient = api.client("bare")) {
                WorkerBroker broker = BenchBroker.start(engineClient, Clock.systemUTC());
                try {
                    Step engine = () -> StepListener.wholeStep(broker);
                    Step bare = new BareSteps(bareClient, bareKubelet)::step;
                    for (int i = 0; i < warmUpPairs; i++) {
                        run(threads, engine, window);
                        run(threads, bare, window);
                    }
                    List<Window> engineWindows = new ArrayList<>();
                    List<Window> bareWindows = new ArrayList<>();
                    for (int i = 0; i < measuredPairs; i++) {
                        engineWindows.add(run(threads, engine, window));
                        bareWindows.add(run(threads, bare, window));
                    }
                    return figures(server.figure, engineWindows, bareWindows, warmUpPairs, window);
                } finally {
                    broker.close();
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** Runs {@link #CONCURRENCY} threads of steps until the window ends, each finishing the step it is in. */
    private static Window run(ExecutorService threads, Step step, Duration window) throws Exception {
        long start = System.nanoTime();
        long deadline = start + window.toNanos();
        List<Future<Long>> counts = new ArrayList<>();
        for (int i = 0; i < CONCURRENCY; i++) {
            counts.add(threads.submit(() -> {
                long steps = 0;
                while (System.nanoTime() < deadline) {
                    step.run();
                    steps++;
                }
                return steps;
            }));
        }
        long steps = 0;
        for (Future<Long> count : counts) {
            steps += count.get(window.toSeconds() + 120, TimeUnit.SECONDS);
        }
        return new Window(steps, (System.nanoTime() - start) / 1e9);
    }

    private static ObjectNode figures(String name, List<Window> engine, List<Window> bare, int warmUpPairs,
            Duration window) {
        ObjectMapper mapper = new ObjectMapper();
        double engineRate = rate(engine);
        double bareRate = rate(bare);
        ObjectNode figures = mapper.createObjectNode();
        ObjectNode provisioning = figures.putObject(name);
        provisioning.put("engineStepsPerSecond", Summary.round(engineRate));
        provisioning.put("bareClientStepsPerSecond", Summary.round(bareRate));
        provisioning.put("ratio", Summary.round(engineRate / bareRate));
        ArrayNode pairs = provisioning.putArray("ratioPerPair");
        for (int i = 0; i < engine.size(); i++) {
            pairs.add(Summary.round(engine.get(i).perSecond() / bare.get(i).perSecond()));
        }
        provisioning.put("concurrentSteps", CONCURRENCY);
        provisioning.put("windowSeconds", window.toSeconds());
        provisioning.put("warmUpPairs", warmUpPairs);
        return figures;
    }

    /** Steps a second over all the windows. */
    private static double rate(List<Window> windows) {
        return windows.stream().mapToLong(Window::steps).sum() / windows.stream().mapToDouble(Window::seconds).sum();
    }

    /** The bare client's steps, each with a worker of its own. */
    private static final class BareSteps {
        private final KubernetesClient client;
        private final SimulatedKubelet kubelet;
        private final ResolvedPool pool = BenchBroker.pools(Clock.systemUTC()).pool(BenchBroker.POOL).orElseThrow();
        private final WorkerRenderer renderer = new WorkerRenderer(new AgentConnection("http://jenkins:8080/", true));
        private final AtomicLong steps = new AtomicLong();

        BareSteps(KubernetesClient client, SimulatedKubelet kubelet) {
            this.client = client;
            this.kubelet = kubelet;
        }

        /** Create secret, create pod, the kubelet writes Running, delete pod. */
        void step() throws Exception {
            String leaseId = String.format("b%09d", steps.incrementAndGet());
            WorkerIdentity identity = new WorkerIdentity(BenchBroker.CONTROLLER, leaseId, BenchBroker.POOL,
                    BARE_NAMESPACE, Clock.systemUTC().instant());
            RenderedWorker worker = renderer.render(pool, identity, "secret-of-" + identity.podName());
            String name = worker.pod().getMetadata().getName();
            var running = kubelet.running(name);
            client.secrets().resource(worker.secret()).create();
            client.pods().resource(worker.pod()).create();
            running.get(60, TimeUnit.SECONDS);
            client.pods().inNamespace(BARE_NAMESPACE).withName(name).delete();
            kubelet.forget(name);
        }
    }
}
