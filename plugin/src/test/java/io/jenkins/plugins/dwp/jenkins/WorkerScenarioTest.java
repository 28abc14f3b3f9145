package io.jenkins.plugins.dwp.jenkins;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.jenkins.plugins.dwp.lease.LeaseState;
import io.jenkins.plugins.dwp.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plugin's workers through Jenkins' sequence (queue, provision, launch, connect, run,
 * terminate), modelled by {@link JenkinsModel}, against fabric8's mock API server.
 */
@EnableKubernetesMockClient(crud = true)
class WorkerScenarioTest {

    private static final Duration CONNECT_WITHIN = Duration.ofMinutes(15);

    private static final String POOLS = RetiringImages.IMAGES + """
            pools:
              - name: linux
                image: { default: inbound-agent }
                resources: { requests: { cpu: 500m, memory: 1Gi } }
              - name: legacy
                image: { pinned: old-agent }
                resources: { requests: { cpu: 500m, memory: 1Gi } }
              - name: aging
                image: { pinned: aging-agent }
                resources: { requests: { cpu: 500m, memory: 1Gi } }
            """;

    KubernetesMockServer server;
    KubernetesClient client;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T10:00:00Z"));
    private MockCluster cluster;
    private DynamicWorkerPoolsCloud cloud;
    private JenkinsModel jenkins;

    @BeforeEach
    void start() {
        cluster = new MockCluster(server, client, clock);
        WorkerRuntimes.use(new WorkerRuntimes(cluster));
        cloud = new DynamicWorkerPoolsCloud("scenario-" + System.nanoTime());
        cloud.setPools(POOLS);
        cloud.setJenkinsUrl("http://jenkins.jenkins.svc:8080/");
        jenkins = new JenkinsModel(cloud);
    }

    @AfterEach
    void stop() {
        jenkins.close();
        WorkerRuntimes.use(new WorkerRuntimes(cluster));
    }

    @Test
    void aStepForLinuxGetsAFreshPodThatIsDeletedAfterIt() {
        JenkinsModel.Agent agent = jenkins.stepWaitsFor("linux", CONNECT_WITHIN).orElseThrow();
        String pod = agent.session.podName();
        cluster.runs(pod);
        agent.connects();
        agent.launched.join();

        Pod running = cluster.pod(pod);
        assertEquals("linux", running.getMetadata().getLabels().get("dwp.jenkins.io/pool"));
        assertEquals(MockCluster.CONTROLLER, running.getMetadata().getLabels().get("dwp.jenkins.io/controller"));
        assertTrue(agent.agentLog.stream().anyMatch(line -> line.contains(pod) && line.contains("running")), agent.agentLog.toString());

        agent.runsItsStep();
        await().until(() -> cluster.pod(pod) == null);
        assertFalse(WorkerRuntimes.get().of(cloud.name).orElseThrow().holds(agent.session.leaseId()));
    }

    @Test
    void twoStepsNeverShareAWorker() {
        JenkinsModel.Agent first = jenkins.stepWaitsFor("linux", CONNECT_WITHIN).orElseThrow();
        JenkinsModel.Agent second = jenkins.stepWaitsFor("linux", CONNECT_WITHIN).orElseThrow();
        assertNotEquals(first.session.podName(), second.session.podName());
        cluster.runs(first.session.podName());
        cluster.runs(second.session.podName());
        assertNotEquals(cluster.pod(first.session.podName()).getMetadata().getUid(),
                cluster.pod(second.session.podName()).getMetadata().getUid());

        first.connects();
        first.runsItsStep();
        await().until(() -> cluster.pod(first.session.podName()) == null);
        assertNotNull(cluster.pod(second.session.podName()), "the other step's worker stays");
    }

    @Test
    void aStepOnADecommissionedImageFailsAtOnceNamingTheReplacement() {
        assertTrue(jenkins.stepWaitsFor("legacy", CONNECT_WITHIN).isEmpty(), "no worker is provisioned");
        String refusal = jenkins.refusalFor("legacy").orElseThrow();
        assertTrue(refusal.contains("legacy") && refusal.contains("inbound-agent-jdk21"), refusal);
        assertTrue(client.pods().inNamespace(MockCluster.NAMESPACE).list().getItems().isEmpty());
    }

    @Test
    void aDeprecatedImageIsNamedInTheBuildLog() {
        JenkinsModel.Agent agent = jenkins.stepWaitsFor("aging", CONNECT_WITHIN).orElseThrow();
        var banner = WorkerBanner.lines(agent.session.podName(), agent.session.pool().orElseThrow());
        assertTrue(banner.get(0).contains("aging-agent"), banner.toString());
        assertTrue(banner.stream().anyMatch(line -> line.contains("WARNING") && line.contains("inbound-agent-jdk21")),
                banner.toString());
    }

    @Test
    void aPodThatCannotPullItsImageFailsTheStepWithTheKubernetesReason() {
        JenkinsModel.Agent agent = jenkins.stepWaitsFor("linux", CONNECT_WITHIN).orElseThrow();
        cluster.cannotPull(agent.session.podName());

        CompletionException failed = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                agent.launched::join);
        assertTrue(failed.getCause().getMessage().contains("ImagePullBackOff"), failed.getCause().getMessage());
        await().until(() -> cluster.pod(agent.session.podName()) == null);
    }

    @Test
    void anAgentThatNeverConnectsReleasesItsPod() {
        JenkinsModel.Agent agent = jenkins.stepWaitsFor("linux", Duration.ofMillis(300)).orElseThrow();
        cluster.runs(agent.session.podName());

        CompletionException failed = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                agent.launched::join);
        assertTrue(failed.getCause().getMessage().contains("did not connect"), failed.getCause().getMessage());
        await().until(() -> cluster.pod(agent.session.podName()) == null);
    }

    @Test
    void aRestartedJenkinsAdoptsTheLivePodsAndStillDeletesThemAfterTheirStep() {
        JenkinsModel.Agent agent = jenkins.stepWaitsFor("linux", CONNECT_WITHIN).orElseThrow();
        String pod = agent.session.podName();
        cluster.runs(pod);
        agent.connects();
        agent.launched.join();
        agent.session.taskAccepted();

        // Jenkins restarts: every engine goes, a new one comes up from the saved cloud and node.
        WorkerRuntimes.use(new WorkerRuntimes(cluster));
        cloud.reconcile(hudson.model.TaskListener.NULL);
        WorkerRuntime restarted = WorkerRuntimes.get().of(cloud.name).orElseThrow();
        await().until(() -> restarted.resume(agent.session.leaseId()).isPresent());
        assertNotNull(cluster.pod(pod), "the pod survived the restart");
        assertEquals(Set.of(LeaseState.IDLE), Set.of(restarted.leases().get(0).state()));

        WorkerSession resumed = restarted.resume(agent.session.leaseId()).orElseThrow();
        resumed.taskAccepted();
        resumed.release();
        await().until(() -> cluster.pod(pod) == null);
    }
}
