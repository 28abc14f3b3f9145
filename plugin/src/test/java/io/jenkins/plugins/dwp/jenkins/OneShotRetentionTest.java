package io.jenkins.plugins.dwp.jenkins;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Queue;
import hudson.model.labels.LabelAtom;
import hudson.model.queue.SubTask;
import hudson.slaves.SlaveComputer;
import io.jenkins.plugins.dwp.lease.LeaseState;
import java.util.List;
import org.jenkinsci.plugins.durabletask.executors.ContinuableExecutable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The one-shot rule on workers of fabric8's mock API server. Jenkins tells of tasks with their
 * executor, which only a running Jenkins makes; these tests tell the rule the executor's computer
 * and executable, which is all it reads of the executor.
 */
class OneShotRetentionTest {

    private final OneShotRetention retention = new OneShotRetention();
    private final PipelineLog log = new PipelineLog();
    @RegisterExtension
    final WorkerFixture workers = new WorkerFixture();

    /** A Pipeline's {@code node} block that asked for a worker of {@code label}. */
    private Queue.Task step(String label) {
        return new PipelineLog.NodeBlock(new LabelAtom(label), log.run);
    }

    /** The body of a {@code node} block; it continues after a Jenkins restart when {@code willContinue}. */
    private record StepBody(boolean willContinue) implements ContinuableExecutable {
        @Override
        public SubTask getParent() {
            return null;
        }

        @Override
        public void run() {
        }
    }

    @Test
    void afterItsTaskTheWorkerTakesNoOtherAndIsTerminatedOffTheExecutorsThread() throws Exception {
        WorkerNode node = workers.node("linux");
        WorkerComputer computer = workers.computer(node);
        assertTrue(computer.isAcceptingTasks());

        retention.done(computer, new StepBody(false), step("linux"));

        assertFalse(computer.isAcceptingTasks());
        await().until(() -> !workers.terminations.isEmpty());
        assertEquals(1, workers.terminations.size());
        assertSame(node, workers.terminations.get(0).node());
        assertNotSame(Thread.currentThread(), workers.terminations.get(0).thread());
    }

    @Test
    void aPipelineRunsOwnTaskDoesNotUseUpTheWorker() throws Exception {
        WorkerComputer computer = workers.computer(workers.node("linux"));

        retention.done(computer, log.run, new PipelineLog.RunTask());

        assertTrue(computer.isAcceptingTasks());
        assertTrue(workers.terminations.isEmpty());
    }

    @Test
    void aStepThatWillContinueAfterARestartKeepsItsWorker() throws Exception {
        WorkerComputer computer = workers.computer(workers.node("linux"));

        retention.done(computer, new StepBody(true), step("linux"));

        assertTrue(computer.isAcceptingTasks());
        assertTrue(workers.terminations.isEmpty());
    }

    @Test
    void aComputerWhoseNodeIsGoneOrOfAnotherKindIsLeftAlone() throws Exception {
        WorkerNode node = workers.node("linux");
        WorkerComputer computer = workers.computer(node);
        workers.removed(node);
        SlaveComputer other = OtherAgent.computer("static-agent");

        retention.done(computer, new StepBody(false), step("linux"));
        retention.done(other, new StepBody(false), step("linux"));

        assertTrue(computer.isAcceptingTasks());
        assertTrue(other.isAcceptingTasks());
        assertTrue(workers.terminations.isEmpty());
    }

    @Test
    void aStepTakingTheWorkerTellsTheEngineItIsBusy() throws Exception {
        WorkerNode node = workers.node("linux");
        WorkerComputer computer = workers.computer(node);
        workers.cluster.runs(node.getNodeName());
        await().until(() -> workers.leaseOf(node) == LeaseState.RUNNING);
        node.session().orElseThrow().agentConnected();

        retention.accepted(computer, new PipelineLog.RunTask());
        assertEquals(LeaseState.IDLE, workers.leaseOf(node), "a Pipeline run's own task does not count");

        retention.accepted(computer, step("linux"));
        assertEquals(LeaseState.BUSY, workers.leaseOf(node));
    }

    @Test
    void theBuildLogSaysWhichWorkerTheStepRunsOn() throws Exception {
        WorkerNode node = workers.node("kube");
        WorkerComputer computer = workers.computer(node);

        retention.started(computer, log.run, new PipelineLog.RunTask());
        assertEquals("", log.text(), "a Pipeline run's own task gets no banner");

        retention.started(computer, log.run, step("kube"));
        assertEquals(String.join("\n", node.banner()) + "\n", log.text());
    }

    @Test
    void anIdleWorkerWhosePodTheEngineNoLongerHoldsIsTerminated() throws Exception {
        WorkerNode node = workers.node("linux");
        WorkerComputer computer = workers.computer(node);
        node.session().orElseThrow().release();
        await().until(() -> !node.isLeased());

        assertEquals(1, retention.check(computer));

        assertEquals(List.of(new WorkerFixture.Termination(node, Thread.currentThread())), workers.terminations);
        assertEquals(0, computer.getConnectTime(), "not connected again");
    }

    @Test
    void anOfflineWorkerWhosePodIsHeldIsLaunchedAgain() throws Exception {
        WorkerNode node = workers.node("linux");
        WorkerComputer computer = workers.computer(node);
        assertEquals(0, computer.getConnectTime());

        assertEquals(1, retention.check(computer));

        assertTrue(computer.getConnectTime() > 0, "connect was called");
        assertTrue(workers.terminations.isEmpty());
        // the launch waits for the pod; a pod that cannot run ends it, and the worker with it
        workers.cluster.cannotPull(node.getNodeName());
        await().until(() -> !workers.terminations.isEmpty());
        await().until(() -> !computer.isConnecting());
    }

    @Test
    void aWorkerJenkinsNoLongerHoldsIsNeitherTerminatedNorLaunched() throws Exception {
        WorkerNode node = workers.node("linux");
        WorkerComputer computer = workers.computer(node);
        workers.removed(node);

        assertEquals(1, retention.check(computer));

        assertTrue(workers.terminations.isEmpty());
        assertEquals(0, computer.getConnectTime());
    }

    @Test
    void aNewWorkerIsLaunchedAtOnce() throws Exception {
        WorkerNode node = workers.node("linux");
        WorkerComputer computer = workers.computer(node);

        retention.start(computer);

        assertTrue(computer.getConnectTime() > 0, "connect was called");
        workers.cluster.cannotPull(node.getNodeName());
        await().until(() -> !workers.terminations.isEmpty());
    }
}
