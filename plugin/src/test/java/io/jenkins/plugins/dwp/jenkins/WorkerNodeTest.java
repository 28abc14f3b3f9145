package io.jenkins.plugins.dwp.jenkins;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Node;
import hudson.model.TaskListener;
import hudson.slaves.EnvironmentVariablesNodeProperty;
import hudson.slaves.NodeProperty;
import io.jenkins.plugins.dwp.lease.LeaseState;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A worker's node as the cloud makes it, on fabric8's mock API server. Its labels are not here:
 * they are Jenkins' label atoms, which a node can only get from a running Jenkins.
 */
class WorkerNodeTest {

    @RegisterExtension
    final WorkerFixture workers = new WorkerFixture();

    @Test
    void aWorkerIsOneExclusiveExecutorNamedLikeItsPod() throws Exception {
        WorkerNode node = workers.node("linux");
        String pod = node.session().orElseThrow().podName();

        assertEquals(pod, node.getNodeName());
        assertEquals(1, node.getNumExecutors());
        assertEquals(Node.Mode.EXCLUSIVE, node.getMode());
        assertEquals("/home/jenkins/agent", node.getRemoteFS());
        assertEquals("Worker of pool linux, made for one build step and deleted after it", node.getNodeDescription());
        assertEquals("linux", node.getPoolName());
        assertEquals(workers.cloud.name, node.getCloudName());
        assertInstanceOf(OneShotRetention.class, node.getRetentionStrategy());
        WorkerLauncher launcher = assertInstanceOf(WorkerLauncher.class, node.getLauncher());
        assertTrue(launcher.isWebSocket());
    }

    @Test
    void theToolVersionsThePoolChoseComeFirstOnThePath() throws Exception {
        WorkerNode node = workers.node("deploy");

        List<NodeProperty<?>> properties = node.getNodeProperties().toList();
        assertEquals(1, properties.size(), properties.toString());
        EnvironmentVariablesNodeProperty env = assertInstanceOf(EnvironmentVariablesNodeProperty.class, properties.get(0));
        assertEquals("/opt/kubectl/1.31.4", env.getEnvVars().get("PATH+DWP_TOOLS"));
        assertEquals(1, env.getEnvVars().size());
    }

    @Test
    void aPoolWithoutToolsAddsNothingToThePath() throws Exception {
        assertTrue(workers.node("linux").getNodeProperties().toList().isEmpty());
    }

    @Test
    void itKnowsItsLeaseBannerAndHowLongItsAgentMayTake() throws Exception {
        WorkerNode node = workers.node("kube");
        WorkerSession session = node.session().orElseThrow();

        assertEquals(session.leaseId(), node.getLeaseId());
        assertEquals(7, node.getAgentTimeoutMinutes(), "the pool's pending timeout");
        List<String> banner = node.banner();
        assertTrue(banner.get(0).contains(session.podName()) && banner.get(0).contains("pool kube")
                && banner.get(0).contains("kube-tools"), banner.toString());
        assertTrue(banner.stream().anyMatch(line -> line.endsWith("first on PATH: kubectl 1.31.4")), banner.toString());
    }

    @Test
    void terminatingItReleasesItsLeaseAndTheEngineDeletesItsPod() throws Exception {
        WorkerNode node = workers.node("linux");
        String pod = node.getNodeName();
        await().until(() -> workers.cluster.pod(pod) != null);
        assertTrue(node.isLeased());

        node._terminate(TaskListener.NULL);

        await().until(() -> workers.cluster.pod(pod) == null);
        assertFalse(node.isLeased());
    }

    @Test
    void itKeepsTheSessionItWasMadeWith() throws Exception {
        WorkerNode node = workers.node("linux");
        WorkerSession session = node.session().orElseThrow();

        assertSame(session, node.session().orElseThrow());
    }

    @Test
    void afterARestartItResumesTheSessionOfItsRunningPod() throws Exception {
        WorkerNode node = workers.node("linux");
        WorkerSession before = node.session().orElseThrow();
        workers.cluster.runs(node.getNodeName());
        await().until(() -> workers.leaseOf(node) == LeaseState.RUNNING);

        WorkerFixture.restart(node);

        WorkerSession after = node.session().orElseThrow();
        assertNotSame(before, after);
        assertEquals(before.leaseId(), after.leaseId());
        assertEquals(node.getNodeName(), after.podName());
        assertSame(after, node.session().orElseThrow(), "asked once, then kept");
    }

    @Test
    void afterARestartAWorkerWhosePodIsGoneHasNoSession() throws Exception {
        WorkerNode node = workers.node("linux");
        node.session().orElseThrow().release();
        await().until(() -> !node.isLeased());

        WorkerFixture.restart(node);

        assertTrue(node.session().isEmpty());
    }

    @Test
    void itsComputerIsAWorkerComputer() throws Exception {
        WorkerNode node = workers.node("linux");

        WorkerComputer computer = node.createComputer();

        assertEquals(node.getNodeName(), computer.getName());
    }

    @Test
    void noOneMakesOneInTheNewNodePage() {
        WorkerNode.DescriptorImpl descriptor = new WorkerNode.DescriptorImpl();

        assertFalse(descriptor.isInstantiable());
        assertEquals("Dynamic Worker Pools", descriptor.getDisplayName());
    }
}
