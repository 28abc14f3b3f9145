package io.jenkins.plugins.dwp.lease;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.kube.WorkerRenderer;
import io.jenkins.plugins.dwp.metrics.WorkerMetrics;
import io.jenkins.plugins.dwp.time.ManualClock;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * An agent's secret goes to the API server in the worker's Secret and nowhere else: not into the
 * pod, which refers to it, not into any log line of the JVM during a whole step, not into what
 * the requester is told, nor into the metrics.
 */
@EnableKubernetesMockClient(crud = true)
class AgentSecretStaysHiddenTest {

    private static final String NAMESPACE = "workers";
    private static final String SECRET = "7f3a9c0d1e5b42a8b6c4d2e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9";
    private static final String POOLS = """
            pools:
              - name: linux
                image: {default: inbound-agent}
                resources: {requests: {cpu: 500m, memory: 1Gi}}
                maxWorkers: 2
            """;

    KubernetesClient client;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<String> told = new CopyOnWriteArrayList<>();
    private final JulCapture jul = new JulCapture();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream stdout;
    private PrintStream stderr;
    private Level rootLevel;

    @BeforeEach
    void captureEveryLog() {
        client.namespaces().resource(new NamespaceBuilder()
                .withNewMetadata().withName(NAMESPACE).endMetadata().build()).create();
        Logger root = Logger.getLogger("");
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(jul);
        // slf4j-simple, which the fabric8 client logs through here, writes to System.err as it is at each line.
        stdout = System.out;
        stderr = System.err;
        System.setOut(new PrintStream(new Tee(stdout, console), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(stderr, console), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreLogs() {
        System.setOut(stdout);
        System.setErr(stderr);
        Logger root = Logger.getLogger("");
        root.removeHandler(jul);
        root.setLevel(rootLevel);
    }

    @Test
    void aWholeStepKeepsTheSecretInItsSecretOnly() {
        PoolSet pools = new PoolsValidator(BuiltinCatalog.get(), clock).validate(SourceFile.of("pools.yaml", POOLS))
                .poolSet().orElseThrow();
        WorkerBroker broker = WorkerBroker.start(client,
                new WorkerBroker.Settings("jenkins-a", NAMESPACE, new AgentConnection("http://jenkins:8080/", true),
                        Duration.ofMinutes(5), Duration.ofMinutes(2), 100, 1_000),
                pools, clock, name -> SECRET, new LeaseIds(new Random(5)), new WorkerMetrics(registry));
        try {
            Lease lease = broker.request("linux", "build #1", new LeaseListener() {
                @Override
                public void onTransition(Lease l, LeaseTransition transition) {
                    told.add(l + " " + transition);
                }

                @Override
                public void onNotice(Lease l, String message) {
                    told.add(l + " " + message);
                }
            });
            await().until(() -> broker.lease(lease.id()).map(Lease::state).orElseThrow() == LeaseState.PENDING);
            await().until(() -> client.secrets().inNamespace(NAMESPACE).withName(lease.podName()).get() != null);
            assertEquals(SECRET, client.secrets().inNamespace(NAMESPACE).withName(lease.podName()).get().getStringData()
                    .get(WorkerRenderer.SECRET_KEY), "the secret is in the worker's Secret, where the agent reads it");

            Pod stored = client.pods().inNamespace(NAMESPACE).withName(lease.podName()).get();
            assertFalse(Serialization.asJson(stored).contains(SECRET), "the pod at the server holds no secret");
            EnvVar env = stored.getSpec().getContainers().get(0).getEnv().stream()
                    .filter(e -> e.getName().equals(WorkerRenderer.ENV_SECRET)).findFirst().orElseThrow();
            assertNull(env.getValue());
            assertEquals(lease.podName(), env.getValueFrom().getSecretKeyRef().getName());
            assertEquals(WorkerRenderer.SECRET_KEY, env.getValueFrom().getSecretKeyRef().getKey());

            client.pods().inNamespace(NAMESPACE).withName(lease.podName()).editStatus(p -> new PodBuilder(p)
                    .withNewStatus().withPhase("Pending").addNewCondition().withType("PodScheduled").withStatus("False")
                    .withReason("Unschedulable").withMessage("0/1 nodes are available").endCondition().endStatus()
                    .build());
            client.pods().inNamespace(NAMESPACE).withName(lease.podName()).editStatus(p -> new PodBuilder(p)
                    .withNewStatus().withPhase("Running").endStatus().build());
            await().until(() -> broker.lease(lease.id()).map(Lease::state).orElseThrow() == LeaseState.RUNNING);
            broker.busy(lease.id());
            broker.idle(lease.id());
            broker.tick();
            String listed = broker.leases().toString();
            broker.release(lease.id());
            await().until(() -> broker.lease(lease.id()).isEmpty());

            assertTrue(told.size() >= 5 && told.stream().anyMatch(t -> t.contains("waits for a node")), told::toString);
            assertFalse(String.join("\n", told).contains(SECRET), "nothing the requester is told holds the secret");
            assertFalse(listed.contains(SECRET), "the leases listed hold no secret");
            assertFalse(registry.scrape().contains(SECRET), "the metrics hold no secret");
        } finally {
            broker.close();
        }
        Logger.getLogger(getClass().getName()).fine("control line through java.util.logging");
        LoggerFactory.getLogger(getClass()).warn("control line through SLF4J");
        assertTrue(jul.text().contains("control line through java.util.logging"), "the JUL capture works");
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("control line through SLF4J"), "the SLF4J capture works");
        assertFalse(jul.text().contains(SECRET), "no java.util.logging record holds the secret");
        assertFalse(console.toString(StandardCharsets.UTF_8).contains(SECRET), "nothing printed holds the secret");
    }

    /** Every java.util.logging record, formatted with its parameters and exception. */
    private static final class JulCapture extends Handler {
        private final List<String> records = new CopyOnWriteArrayList<>();
        private final SimpleFormatter formatter = new SimpleFormatter();

        JulCapture() {
            setLevel(Level.ALL);
        }

        String text() {
            return String.join("", records);
        }

        @Override
        public void publish(LogRecord record) {
            records.add(formatter.format(record)
                    + (record.getParameters() == null ? "" : " " + Arrays.toString(record.getParameters())));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** Writes to two streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }
    }
}
