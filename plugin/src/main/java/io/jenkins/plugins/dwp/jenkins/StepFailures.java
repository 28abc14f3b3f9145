package io.jenkins.plugins.dwp.jenkins;

import hudson.model.Queue;
import hudson.model.labels.LabelAtom;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Fails steps that no worker will serve, so that nothing waits in the queue forever: the reason
 * goes to the step's build log and the queue item is cancelled, which fails a Pipeline's
 * {@code node} step.
 */
@Restricted(NoExternalUse.class)
final class StepFailures {

    private static final Logger LOGGER = Logger.getLogger(StepFailures.class.getName());

    private final BuildQueue queue;

    StepFailures(BuildQueue queue) {
        this.queue = queue;
    }

    /** Fails steps in the running Jenkins' queue. */
    static StepFailures inJenkins() {
        return new StepFailures(BuildQueue.ofJenkins());
    }

    /**
     * A worker could not start: fails the step that has waited longest for a worker with
     * {@code labels}, one failed pod for one step, as one pod was requested for one step.
     */
    void failOneWaitingFor(Collection<LabelAtom> labels, String reason) {
        queue.buildableItems().stream()
                .filter(item -> item.getAssignedLabel() != null && item.getAssignedLabel().matches(labels))
                .min(Comparator.comparingLong(Queue.Item::getInQueueSince))
                .ifPresent(item -> fail(item, reason));
    }

    /** Prints {@code reason} in the item's build log and cancels it. */
    void fail(Queue.Item item, String reason) {
        LOGGER.log(Level.INFO, "failing {0}: {1}", new Object[] {item, reason});
        BuildLogs.print(item.task.getOwnerExecutable(), List.of(Messages.Step_Failed(reason)));
        queue.cancel(item);
    }
}
