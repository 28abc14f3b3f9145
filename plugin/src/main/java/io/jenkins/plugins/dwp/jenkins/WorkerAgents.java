package io.jenkins.plugins.dwp.jenkins;

import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What a worker's computer asks of the Jenkins that holds its agent: the node, removing it, and
 * failing a step that waits for a worker like it. Only a running Jenkins has nodes and a queue, so
 * tests give their own and drive the retention strategy, the launcher and the online listener with it.
 */
@Restricted(NoExternalUse.class)
interface WorkerAgents {

    /** The node of {@code computer}, while Jenkins holds it. */
    Optional<WorkerNode> nodeOf(WorkerComputer computer);

    /** Removes the agent from Jenkins, which releases its pod. */
    void terminate(WorkerNode node);

    /** Fails the step that has waited longest for a worker with the labels of {@code node}, telling it why. */
    void failOneWaitingFor(WorkerNode node, String reason);

    /** Jenkins' own: its node list, its node removal and its queue. */
    WorkerAgents JENKINS = new WorkerAgents() {
        @Override
        public Optional<WorkerNode> nodeOf(WorkerComputer computer) {
            return Optional.ofNullable(computer.getNode());
        }

        @Override
        public void terminate(WorkerNode node) {
            node.terminateQuietly();
        }

        @Override
        public void failOneWaitingFor(WorkerNode node, String reason) {
            StepFailures.inJenkins().failOneWaitingFor(node.getAssignedLabels(), reason);
        }
    };
}
