package io.jenkins.plugins.dwp.jenkins;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.model.TaskListener;
import io.jenkins.plugins.dwp.lease.LeaseState;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AgentOnlineTest {

    private final AgentOnline listener = new AgentOnline();
    @RegisterExtension
    final WorkerFixture workers = new WorkerFixture();
    private WorkerNode node;

    @BeforeEach
    void start() throws Exception {
        node = workers.node("linux");
        workers.cluster.runs(node.getNodeName());
        await().until(() -> workers.leaseOf(node) == LeaseState.RUNNING);
    }

    @Test
    void aWorkersAgentOnlineEndsTheLaunchersWaitAndStartsTheIdleClock() throws Exception {
        listener.onOnline(workers.computer(node), TaskListener.NULL);

        assertEquals(LeaseState.IDLE, workers.leaseOf(node));
        node.session().orElseThrow().awaitAgent(Duration.ofSeconds(5));
    }

    @Test
    void otherAgentsAndWorkersJenkinsNoLongerHoldsAreNoneOfItsBusiness() {
        WorkerComputer computer = workers.computer(node);
        workers.removed(node);

        listener.onOnline(computer, TaskListener.NULL);
        listener.onOnline(OtherAgent.computer(node.getNodeName()), TaskListener.NULL);

        assertEquals(LeaseState.RUNNING, workers.leaseOf(node));
    }
}
