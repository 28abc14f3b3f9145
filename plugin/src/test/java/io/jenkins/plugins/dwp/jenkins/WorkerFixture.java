package io.jenkins.plugins.dwp.jenkins;

import hudson.model.Descriptor.FormException;
import hudson.model.labels.LabelAtom;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.jenkins.plugins.dwp.lease.Lease;
import io.jenkins.plugins.dwp.lease.LeaseState;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.jenkins.plugins.dwp.time.ManualClock;
import java.io.IOException;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Workers of one cloud on fabric8's mock API server, each as the cloud makes it (an engine lease,
 * its pod, its node) and with the Jenkins side of its agent played here: a node list that holds
 * the node until it is terminated, and the terminations and step failures asked of Jenkins, as
 * its node list and queue would get them. A test registers it as an extension
 * ({@code @RegisterExtension final WorkerFixture workers = new WorkerFixture();}): each test gets a
 * fresh mock API server, cloud and engine, and the engine stops after it.
 */
final class WorkerFixture implements WorkerAgents, BeforeEachCallback, AfterEachCallback {

    /** {@code linux}: no tools; {@code kube} (also labelled {@code deploy}): kubectl 1.31.4 first on PATH. */
    static final String POOLS = """
            images:
              - id: kube-tools
                family: kube
                name: Kubernetes tools
                os: linux
                image: docker.io/jenkins/inbound-agent:3327.v868139a_d00e0-1-jdk21
                tools:
                  kubectl:
                    versions: [1.30.8, 1.31.4]
                    path: /opt/kubectl/{version}
            pools:
              - name: linux
                image: { default: inbound-agent }
                resources: { requests: { cpu: 500m, memory: 1Gi } }
              - name: kube
                labels: [kube, deploy]
                image: { default: kube }
                tools: { kubectl: 1.31.4 }
                pendingTimeoutMinutes: 7
                resources: { requests: { cpu: 500m, memory: 1Gi } }
            """;

    /** Jenkins was asked to remove {@code node}'s agent, on {@code thread}. */
    record Termination(WorkerNode node, Thread thread) {
    }

    /** Jenkins was asked to fail the step waiting longest for a worker like {@code node}. */
    record FailedStep(WorkerNode node, String reason) {
    }

    MockCluster cluster;
    DynamicWorkerPoolsCloud cloud;
    final List<Termination> terminations = new CopyOnWriteArrayList<>();
    final List<FailedStep> failedSteps = new CopyOnWriteArrayList<>();
    private final Set<WorkerNode> held = ConcurrentHashMap.newKeySet();
    private KubernetesMockServer server;
    private KubernetesClient client;

    @Override
    public void beforeEach(ExtensionContext context) {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        server.init();
        client = server.createClient();
        AgentLogs.inBuildDirectory();
        cluster = new MockCluster(server, client, new ManualClock(Instant.parse("2026-11-25T10:00:00Z")));
        WorkerRuntimes.use(new WorkerRuntimes(cluster));
        cloud = new DynamicWorkerPoolsCloud("workers-" + System.nanoTime());
        cloud.setPools(POOLS);
    }

    /** The node of a worker the cloud was asked for by a step waiting for {@code label}; Jenkins holds it. */
    WorkerNode node(String label) throws FormException, IOException {
        WorkerSession session = cloud.requestWorkers(new LabelAtom(label), 1).get(0);
        WorkerNode node = new WorkerNode(cloud.name, session, session.pool().orElseThrow(), true);
        held.add(node);
        return node;
    }

    /** The computer Jenkins makes for {@code node}. */
    WorkerComputer computer(WorkerNode node) {
        return new WorkerComputer(node, this);
    }

    /** Jenkins no longer holds {@code node}: someone removed the agent. */
    void removed(WorkerNode node) {
        held.remove(node);
    }

    /** The cloud's engine. */
    WorkerRuntime runtime() {
        return WorkerRuntimes.get().of(cloud.name).orElseThrow();
    }

    /** The state of {@code node}'s lease; GONE once the engine let it go. */
    LeaseState leaseOf(WorkerNode node) {
        return runtime().leases().stream().filter(lease -> lease.id().equals(node.getLeaseId()))
                .map(Lease::state).findFirst().orElse(LeaseState.GONE);
    }

    /**
     * Jenkins restarted and loaded {@code node} from its saved configuration: what is transient is not
     * saved, so the node has no session until it asks the engine for one.
     */
    static void restart(WorkerNode node) throws ReflectiveOperationException {
        Field session = WorkerNode.class.getDeclaredField("session");
        session.setAccessible(true);
        session.set(node, null);
    }

    @Override
    public Optional<WorkerNode> nodeOf(WorkerComputer computer) {
        return held.stream().filter(node -> node.getNodeName().equals(computer.getName())).findFirst();
    }

    @Override
    public void terminate(WorkerNode node) {
        held.remove(node);
        terminations.add(new Termination(node, Thread.currentThread()));
    }

    @Override
    public void failOneWaitingFor(WorkerNode node, String reason) {
        failedSteps.add(new FailedStep(node, reason));
    }

    /** The engine stops (its pods stay, as when Jenkins stops), then the API server. */
    @Override
    public void afterEach(ExtensionContext context) {
        WorkerRuntimes.use(new WorkerRuntimes(cluster));
        client.close();
        try {
            server.destroy();
        } catch (IllegalStateException e) {
            // Its shutdown waits a few seconds for vert.x to close, which a loaded machine can exceed; the test is done.
            System.err.println("WorkerFixture: " + e.getMessage());
        }
    }
}
