// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/queue/QueueListener.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package hudson.model.queue;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Queue.BlockedItem;
import hudson.model.Queue.BuildableItem;
import hudson.model.Queue.LeftItem;
import hudson.model.Queue.WaitingItem;

/** Told about queue items moving between states; runs with the queue lock held, so keep it quick. */
public abstract class QueueListener implements ExtensionPoint {
    public void onEnterWaiting(WaitingItem wi) {}

    public void onLeaveWaiting(WaitingItem wi) {}

    public void onEnterBlocked(BlockedItem bi) {}

    public void onLeaveBlocked(BlockedItem bi) {}

    /** The item can run as soon as an executor is free. */
    public void onEnterBuildable(BuildableItem bi) {}

    public void onLeaveBuildable(BuildableItem bi) {}

    /** The item left the queue: it started, or it was cancelled. */
    public void onLeft(LeftItem li) {}

    public static ExtensionList<QueueListener> all() {
        return ExtensionList.lookup(QueueListener.class);
    }
}
