package io.jenkins.plugins.dwp.jenkins;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.TaskListener;
import hudson.util.StreamTaskListener;
import io.jenkins.plugins.dwp.lease.LeaseState;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A worker's launch, as Jenkins runs it on a computer of fabric8's mock API server's workers. */
class WorkerLauncherTest {

    private final ByteArrayOutputStream agentLog = new ByteArrayOutputStream();
    private final TaskListener listener = new StreamTaskListener(agentLog);
    @RegisterExtension
    final WorkerFixture workers = new WorkerFixture();

    private String agentLog() {
        return agentLog.toString(StandardCharsets.UTF_8);
    }

    private static WorkerLauncher launcherOf(WorkerNode node) {
        return (WorkerLauncher) node.getLauncher();
    }

    /** Jenkins launches on its remoting pool; the launch waits for the pod and its agent. */
    private CompletableFuture<Void> launching(WorkerNode node, WorkerComputer computer) {
        return CompletableFuture.runAsync(() -> launcherOf(node).launch(computer, listener));
    }

    @Test
    void aWorkerIsLaunchedOnceItsAgentConnectsAndNeverAgain() throws Exception {
        WorkerNode node = workers.node("linux");
        WorkerComputer computer = workers.computer(node);
        assertTrue(launcherOf(node).isLaunchSupported());

        CompletableFuture<Void> launch = launching(node, computer);
        workers.cluster.runs(node.getNodeName());
        await().until(() -> workers.leaseOf(node) == LeaseState.RUNNING);
        node.session().orElseThrow().agentConnected();
        launch.get(30, TimeUnit.SECONDS);

        assertFalse(launcherOf(node).isLaunchSupported());
        assertFalse(computer.isLaunchSupported());
        assertTrue(agentLog().contains("pod " + MockCluster.NAMESPACE + "/" + node.getNodeName() + " running"), agentLog());
        assertTrue(workers.terminations.isEmpty());
        assertTrue(workers.failedSteps.isEmpty());
    }

    @Test
    void aWorkerThatCannotStartFailsOneWaitingStepAndGoes() throws Exception {
        WorkerNode node = workers.node("linux");
        WorkerComputer computer = workers.computer(node);

        CompletableFuture<Void> launch = launching(node, computer);
        workers.cluster.cannotPull(node.getNodeName());
        launch.get(30, TimeUnit.SECONDS);

        assertEquals(1, workers.failedSteps.size());
        WorkerFixture.FailedStep failed = workers.failedSteps.get(0);
        assertSame(node, failed.node());
        assertTrue(failed.reason().contains(node.getNodeName()) && failed.reason().contains("ImagePullBackOff"),
                failed.reason());
        assertTrue(agentLog().contains("ERROR: " + failed.reason()), agentLog());
        assertEquals(List.of(node), workers.terminations.stream().map(WorkerFixture.Termination::node).toList());
        assertTrue(launcherOf(node).isLaunchSupported(), "it never launched");
    }

    @Test
    void afterARestartAWorkerWhosePodIsGoneIsRemovedWithoutFailingAStep() throws Exception {
        WorkerNode node = workers.node("linux");
        node.session().orElseThrow().release();
        await().until(() -> !node.isLeased());
        WorkerFixture.restart(node);

        launcherOf(node).launch(workers.computer(node), listener);

        assertTrue(agentLog().contains(
                "the engine no longer holds pod " + node.getNodeName() + ": it is gone, so this agent is removed"), agentLog());
        assertEquals(List.of(node), workers.terminations.stream().map(WorkerFixture.Termination::node).toList());
        assertTrue(workers.failedSteps.isEmpty());
    }

    @Test
    void anInterruptedLaunchGivesThePodUp() throws Exception {
        WorkerNode node = workers.node("linux");
        WorkerComputer computer = workers.computer(node);
        await().until(() -> workers.cluster.pod(node.getNodeName()) != null);
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread launch = new Thread(() -> {
            launcherOf(node).launch(computer, listener);
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        launch.start();
        await().until(() -> launch.getState() == Thread.State.WAITING);

        launch.interrupt();
        launch.join(TimeUnit.SECONDS.toMillis(30));

        assertTrue(stillInterrupted.get(), "the interruption is kept for Jenkins to see");
        await().until(() -> workers.cluster.pod(node.getNodeName()) == null);
        assertTrue(launcherOf(node).isLaunchSupported());
        assertTrue(workers.failedSteps.isEmpty());
    }

    @Test
    void onlyAWorkerThatJenkinsHoldsIsLaunched() throws Exception {
        WorkerNode node = workers.node("linux");
        WorkerComputer computer = workers.computer(node);
        workers.removed(node);

        launcherOf(node).launch(computer, listener);
        launcherOf(node).launch(OtherAgent.computer(node.getNodeName()), listener);

        assertEquals("", agentLog());
        assertTrue(workers.terminations.isEmpty());
        assertTrue(launcherOf(node).isLaunchSupported());
    }
}
