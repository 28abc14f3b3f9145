package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WorkerComputerTest {

    @RegisterExtension
    final WorkerFixture workers = new WorkerFixture();

    @Test
    void itRunsOneExecutorUnderThePodsNameWithTheNodesLauncher() throws Exception {
        WorkerNode node = workers.node("linux");

        WorkerComputer computer = workers.computer(node);

        assertEquals(node.getNodeName(), computer.getName());
        assertEquals(1, computer.getNumExecutors());
        assertSame(node.getLauncher(), computer.getLauncher());
        assertTrue(computer.isLaunchSupported(), "not launched yet");
    }

    @Test
    void itFindsItsWorkerInJenkinsNodeList() throws Exception {
        WorkerNode node = workers.node("linux");

        assertEquals(Optional.of(node), workers.computer(node).worker());
    }

    /** In Jenkins the node list is Jenkins' own; without a running Jenkins it holds no node. */
    @Test
    void theNodeListItUsesByDefaultIsJenkins() throws Exception {
        assertTrue(workers.node("linux").createComputer().worker().isEmpty());
    }

    @Test
    void terminatingTheWorkerAsksJenkinsToRemoveItsAgentOnce() throws Exception {
        WorkerNode node = workers.node("linux");
        WorkerComputer computer = workers.computer(node);

        computer.terminateWorker();
        computer.terminateWorker();

        assertEquals(List.of(node), workers.terminations.stream().map(WorkerFixture.Termination::node).toList(),
                "once removed, Jenkins no longer holds it");
    }

    @Test
    void aWorkerThatCannotServeFailsAStepWaitingForOneLikeIt() throws Exception {
        WorkerNode node = workers.node("linux");
        WorkerComputer computer = workers.computer(node);

        computer.failWaitingStep("ImagePullBackOff");

        assertEquals(List.of(new WorkerFixture.FailedStep(node, "ImagePullBackOff")), workers.failedSteps);
    }

    @Test
    void aComputerWhoseNodeIsRemovedFailsNoStep() throws Exception {
        WorkerNode node = workers.node("linux");
        WorkerComputer computer = workers.computer(node);
        workers.removed(node);

        computer.failWaitingStep("ImagePullBackOff");

        assertTrue(workers.failedSteps.isEmpty());
    }
}
