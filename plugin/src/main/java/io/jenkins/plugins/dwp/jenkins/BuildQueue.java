package io.jenkins.plugins.dwp.jenkins;

import hudson.model.Queue;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The part of Jenkins' build queue that failing a step needs: the steps ready to run, and cancelling one. */
@Restricted(NoExternalUse.class)
interface BuildQueue {

    /** The items that could run now, had they an executor. */
    List<Queue.BuildableItem> buildableItems();

    /** Takes {@code item} out of the queue without running it. */
    void cancel(Queue.Item item);

    /** The queue of the running Jenkins, looked up at each call. */
    static BuildQueue ofJenkins() {
        return new BuildQueue() {
            @Override
            public List<Queue.BuildableItem> buildableItems() {
                return Queue.getInstance().getBuildableItems();
            }

            @Override
            public void cancel(Queue.Item item) {
                Queue.getInstance().cancel(item);
            }
        };
    }
}
