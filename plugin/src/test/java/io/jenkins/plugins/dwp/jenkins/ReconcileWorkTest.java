package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.TaskListener;
import hudson.slaves.Cloud;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.jenkins.plugins.dwp.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reconcile tick over the configured clouds, with our clouds' engines on fabric8's mock API server. */
@EnableKubernetesMockClient(crud = true)
class ReconcileWorkTest {

    private static final String POOLS = """
            pools:
              - name: linux
                image: { default: inbound-agent }
                resources: { requests: { cpu: 500m, memory: 1Gi } }
            """;

    KubernetesMockServer server;
    KubernetesClient client;

    private MockCluster cluster;
    private final List<Cloud> configured = new ArrayList<>();
    private final ReconcileWork work = new ReconcileWork(() -> List.copyOf(configured));

    /** A cloud of another plugin. */
    private static final class OtherCloud extends Cloud {
        OtherCloud(String name) {
            super(name);
        }
    }

    @BeforeEach
    void start() {
        cluster = new MockCluster(server, client, new ManualClock(Instant.parse("2026-11-25T10:00:00Z")));
        WorkerRuntimes.use(new WorkerRuntimes(cluster));
    }

    @AfterEach
    void stop() {
        WorkerRuntimes.use(new WorkerRuntimes(cluster));
    }

    private static DynamicWorkerPoolsCloud ours(String name) {
        DynamicWorkerPoolsCloud cloud = new DynamicWorkerPoolsCloud(name);
        cloud.setPools(POOLS);
        return cloud;
    }

    @Test
    void itTicksEveryThirtySeconds() {
        assertEquals(Duration.ofSeconds(30).toMillis(), work.getRecurrencePeriod());
    }

    @Test
    void eachOfOurCloudsIsReconciledAndItsEngineKeptRunning() {
        configured.addAll(List.of(ours("reconcile-a"), new OtherCloud("elsewhere"), ours("reconcile-b")));
        assertTrue(WorkerRuntimes.get().of("reconcile-a").isEmpty(), "no engine runs before the first tick");

        work.execute(TaskListener.NULL);
        WorkerRuntime a = WorkerRuntimes.get().of("reconcile-a").orElseThrow();
        WorkerRuntime b = WorkerRuntimes.get().of("reconcile-b").orElseThrow();
        work.execute(TaskListener.NULL);

        assertSame(a, WorkerRuntimes.get().of("reconcile-a").orElseThrow());
        assertSame(b, WorkerRuntimes.get().of("reconcile-b").orElseThrow());
    }

    @Test
    void theEngineOfACloudNoLongerConfiguredStopsEvenIfAnotherKindOfCloudTakesItsName() {
        ours("reconcile-removed").runtime().orElseThrow();
        configured.addAll(List.of(ours("reconcile-kept"), new OtherCloud("reconcile-removed")));

        work.execute(TaskListener.NULL);

        assertTrue(WorkerRuntimes.get().of("reconcile-removed").isEmpty());
        assertTrue(WorkerRuntimes.get().of("reconcile-kept").isPresent());
    }
}
