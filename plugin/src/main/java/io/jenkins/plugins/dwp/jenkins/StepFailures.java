package io.jenkins.plugins.dwp.jenkins;

import hudson.model.Queue;
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

    private StepFailures() {
    }

    /**
     * A worker could not start: fails the step that has waited longest for a worker like it, one
     * failed pod for one step, as one pod was requested for one step.
     */
    static void failOneWaitingFor(WorkerNode node, String reason) {
        List<Queue.BuildableItem> waiting = Queue.getInstance().getBuildableItems().stream()
                .filter(item -> item.getAssignedLabel() != null && item.getAssignedLabel().matches(node))
                .sorted(Comparator.comparingLong(Queue.Item::getInQueueSince))
                .toList();
        if (waiting.isEmpty()) {
            return;
        }
        fail(waiting.get(0), reason);
    }

    /** Prints {@code reason} in the item's build log and cancels it. */
    static void fail(Queue.Item item, String reason) {
        LOGGER.log(Level.INFO, "failing {0}: {1}", new Object[] {item, reason});
        BuildLogs.print(item.task.getOwnerExecutable(), List.of(Messages.Step_Failed(reason)));
        Queue.getInstance().cancel(item);
    }
}
