package io.jenkins.plugins.dwp.bench;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.kube.RenderedWorker;
import io.jenkins.plugins.dwp.kube.WorkerIdentity;
import io.jenkins.plugins.dwp.kube.WorkerRenderer;
import io.jenkins.plugins.dwp.lease.Lease;
import io.jenkins.plugins.dwp.lease.WorkerBroker;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole build steps a second through the engine, against the floor: the same API calls made with
 * the bare fabric8 client. Both run {@link #CONCURRENCY} steps at once on fabric8's CRUD mock API
 * server in the same JVM, with the same {@link SimulatedKubelet}, and create the same pod and
 * secret (rendered by the engine's {@link WorkerRenderer}).
 *
 * <p>An engine step: {@code request}, its pod created, Running as the broker's informer shows it,
 * {@code busy}, {@code release}, and the pod's deletion seen by the informer (the lease is GONE). A
 * bare step: create the secret, create the pod, wait for the kubelet's status write, delete the
 * pod. The engine's step ends later by design (it waits for the watch to confirm), so the ratio
 * shows what the engine's informer, single state thread and API thread pool cost.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Threads(ProvisioningBenchmark.CONCURRENCY)
public class ProvisioningBenchmark {

    /** Steps in flight at once, for both. */
    public static final int CONCURRENCY = 8;

    private static final long STEP_TIMEOUT_SECONDS = 60;

    /** The API server and the kubelet, shared by the steps of one run. */
    @State(Scope.Benchmark)
    public static class Cluster {
        MockApi api;
        SimulatedKubelet kubelet;

        /** Starts the server with the workers' namespace, and the kubelet. */
        @Setup(Level.Trial)
        public void start() {
            api = MockApi.crud();
            try (KubernetesClient admin = api.client("admin")) {
                admin.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(BenchBroker.NAMESPACE)
                        .endMetadata().build()).create();
            }
            kubelet = new SimulatedKubelet(api, BenchBroker.NAMESPACE);
        }

        /** Stops the kubelet and the server. */
        @TearDown(Level.Trial)
        public void stop() {
            kubelet.close();
            api.close();
        }
    }

    /** A broker on the cluster, as the Jenkins plugin runs it. */
    @State(Scope.Benchmark)
    public static class Engine {
        KubernetesClient client;
        WorkerBroker broker;

        /** Starts the broker. */
        @Setup(Level.Trial)
        public void start(Cluster cluster) {
            client = cluster.api.client("engine");
            broker = BenchBroker.start(client, Clock.systemUTC());
        }

        /** Stops the broker. */
        @TearDown(Level.Trial)
        public void stop() {
            broker.close();
            client.close();
        }
    }

    /** The bare client, and the worker pool whose pods it creates. */
    @State(Scope.Benchmark)
    public static class Bare {
        KubernetesClient client;
        ResolvedPool pool;
        WorkerRenderer renderer;
        final AtomicLong steps = new AtomicLong();

        /** Makes the client. */
        @Setup(Level.Trial)
        public void start(Cluster cluster) {
            client = cluster.api.client("bare");
            pool = BenchBroker.pools(Clock.systemUTC()).pool(BenchBroker.POOL).orElseThrow();
            renderer = new WorkerRenderer(new AgentConnection("http://jenkins:8080/", true));
        }

        /** Closes the client. */
        @TearDown(Level.Trial)
        public void stop() {
            client.close();
        }

        RenderedWorker nextWorker() {
            String leaseId = String.format("b%09d", steps.incrementAndGet());
            WorkerIdentity identity = new WorkerIdentity(BenchBroker.CONTROLLER, leaseId, BenchBroker.POOL,
                    BenchBroker.NAMESPACE, Clock.systemUTC().instant());
            return renderer.render(pool, identity, "secret-of-" + identity.podName());
        }
    }

    /** One build step through the engine, from request to the deletion of its pod seen. */
    @Benchmark
    public Lease engineStep(Engine engine) throws Exception {
        StepListener step = new StepListener();
        Lease lease = StepListener.runningWorker(engine.broker, BenchBroker.POOL, step);
        engine.broker.busy(lease.id());
        engine.broker.release(lease.id());
        step.awaitGone(lease);
        return lease;
    }

    /** The same calls with the bare client: create secret, create pod, kubelet writes Running, delete pod. */
    @Benchmark
    public String bareClientStep(Cluster cluster, Bare bare) throws Exception {
        RenderedWorker worker = bare.nextWorker();
        String name = worker.pod().getMetadata().getName();
        CompletableFuture<Void> running = cluster.kubelet.running(name);
        bare.client.secrets().resource(worker.secret()).create();
        bare.client.pods().resource(worker.pod()).create();
        running.get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        bare.client.pods().inNamespace(BenchBroker.NAMESPACE).withName(name).delete();
        cluster.kubelet.forget(name);
        return name;
    }
}
