package io.jenkins.plugins.dwp.jenkins;

import hudson.slaves.AbstractCloudComputer;
import java.util.Optional;

/** The computer of a {@link WorkerNode}: what Jenkins shows and runs the worker's executor on. */
public class WorkerComputer extends AbstractCloudComputer<WorkerNode> {

    private final WorkerAgents agents;

    public WorkerComputer(WorkerNode node) {
        this(node, WorkerAgents.JENKINS);
    }

    WorkerComputer(WorkerNode node, WorkerAgents agents) {
        super(node);
        this.agents = agents;
    }

    /** The worker's node, while Jenkins holds it; empty once it is removed. */
    Optional<WorkerNode> worker() {
        return agents.nodeOf(this);
    }

    /** Removes the worker's agent, which releases its pod; nothing when Jenkins no longer holds it. */
    void terminateWorker() {
        worker().ifPresent(agents::terminate);
    }

    /** The worker cannot serve: fails the step that has waited longest for a worker like it. */
    void failWaitingStep(String reason) {
        worker().ifPresent(node -> agents.failOneWaitingFor(node, reason));
    }
}
