// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/Queue.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
//
// The queue itself lives in the running Jenkins (never present here): its instance members throw
// UnsupportedOperationException and a private constructor stands in for upstream's Queue(LoadBalancer).
// Queue.withLock runs the body directly when there is no Jenkins, as upstream does.
// Items can be built outside Jenkins as upstream allows: new WaitingItem(Calendar, task, actions) takes the next id
// of the default QueueIdStrategy, and BuildableItem / BlockedItem / LeftItem are made from it.
// Left out: JobOffer, State, StubTask/StubItem, QueueAction, QueueDecisionHandler, Saver, scheduling and
// maintenance, Item.getFuture (FutureImpl is not mirrored), Item.authenticate2 (QueueItemAuthenticator),
// Task.checkAbortPermission, the Acegi defaults, LeftItem.outcome (WorkUnitContext), Executable's WithConsoleUrl
// supertype (getConsoleUrl is kept). Upstream Queue extends ResourceController implements Saveable.
// WaitingItem's quiet-period text gives milliseconds where upstream uses Util.getTimeSpanString.
package hudson.model;

import hudson.model.labels.LabelAssignmentAction;
import hudson.model.queue.CauseOfBlockage;
import hudson.model.queue.SubTask;
import hudson.security.ACL;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import jenkins.model.Jenkins;
import jenkins.model.queue.AsynchronousExecution;
import org.springframework.security.core.Authentication;

/** The build queue. */
public class Queue {
    private Queue() {
        throw new UnsupportedOperationException("stand-in: the queue lives in the running Jenkins");
    }

    /** All items in the queue. */
    public Item[] getItems() {
        throw new UnsupportedOperationException("stand-in: the queue lives in the running Jenkins");
    }

    /** Items that can run as soon as an executor is free. */
    public List<BuildableItem> getBuildableItems() {
        throw new UnsupportedOperationException("stand-in: the queue lives in the running Jenkins");
    }

    /** Buildable items that could run on a given computer. */
    public List<BuildableItem> getBuildableItems(Computer c) {
        throw new UnsupportedOperationException("stand-in: the queue lives in the running Jenkins");
    }

    /** Runs {@code runnable} holding the queue lock (directly, when Jenkins is not running). */
    /** Cancels the item: it leaves the queue without running. */
    public boolean cancel(Item item) {
        throw new UnsupportedOperationException("stand-in: the queue lives in the running Jenkins");
    }

    /** The queue of the running Jenkins. */
    public static Queue getInstance() {
        return Jenkins.get().getQueue();
    }

    public static void withLock(Runnable runnable) {
        final Jenkins jenkins = Jenkins.getInstanceOrNull();
        final Queue queue = jenkins == null ? null : jenkins.getQueue();
        if (queue == null) {
            runnable.run();
        } else {
            throw new UnsupportedOperationException("stand-in: the queue lives in the running Jenkins");
        }
    }

    /** Calls {@code callable} holding the queue lock (directly, when Jenkins is not running). */
    public static <V> V withLock(java.util.concurrent.Callable<V> callable) throws Exception {
        final Jenkins jenkins = Jenkins.getInstanceOrNull();
        final Queue queue = jenkins == null ? null : jenkins.getQueue();
        if (queue == null) {
            return callable.call();
        }
        throw new UnsupportedOperationException("stand-in: the queue lives in the running Jenkins");
    }

    /** A task that does not need to be persisted across restarts. */
    public interface TransientTask extends Task {}

    /** A task that runs on a one-off executor of the built-in node or an agent, without using an executor slot. */
    public interface FlyweightTask extends Task {}

    /** A task that is not blocked by other tasks' resources. */
    public interface NonBlockingTask extends Task {}

    /** Something that can be queued: a build of a job, a Pipeline node block, ... */
    public interface Task extends ModelObject, SubTask {
        @Deprecated
        default boolean isBuildBlocked() {
            return getCauseOfBlockage() != null;
        }

        @Deprecated
        default String getWhyBlocked() {
            CauseOfBlockage cause = getCauseOfBlockage();
            return cause != null ? cause.getShortDescription() : null;
        }

        /** Why the task cannot start now, or null. */
        default CauseOfBlockage getCauseOfBlockage() {
            return null;
        }

        String getName();

        String getFullDisplayName();

        /** Tasks with the same key prefer the same node. */
        default String getAffinityKey() {
            return getFullDisplayName();
        }

        @Override
        String getUrl();

        default boolean isConcurrentBuild() {
            return false;
        }

        default Collection<? extends SubTask> getSubTasks() {
            return Set.of(this);
        }

        /** The identity the task runs as, unless an authenticator decides otherwise; SYSTEM by default. */
        default Authentication getDefaultAuthentication2() {
            return ACL.SYSTEM2;
        }

        default Authentication getDefaultAuthentication2(Queue.Item item) {
            return getDefaultAuthentication2();
        }
    }

    /** What an executor runs: a build, or a Pipeline step body. */
    public interface Executable extends Runnable {
        /** The subtask this was created from. */
        SubTask getParent();

        default Executable getParentExecutable() {
            return null;
        }

        @Override
        void run() throws AsynchronousExecution;

        /** Estimated duration in ms, or -1; by default that of the parent subtask. */
        default long getEstimatedDuration() {
            return getParent().getEstimatedDuration();
        }

        /** URL of the console, relative to the context root, or null. */
        default String getConsoleUrl() {
            Executable parent = getParentExecutable();
            return parent != null ? parent.getConsoleUrl() : null;
        }

        @Override
        String toString();
    }

    private static final AtomicLong QUEUE_ID_COUNTER = new AtomicLong();

    /** An entry in the queue. */
    public abstract static class Item extends Actionable {
        private final long id;

        /** The queued task. */
        public final Task task;

        private final long inQueueSince;

        private Item(Task task, List<Action> actions, long id, long inQueueSince) {
            this.task = task;
            this.id = id;
            this.inQueueSince = inQueueSince;
            for (Action action : actions) {
                addAction(action);
            }
        }

        @SuppressWarnings("deprecation")
        protected Item(Item item) {
            this(item.task, new ArrayList<>(item.getActions()), item.id, item.inQueueSince);
        }

        /** Unique id of this item in the queue's life. */
        public long getId() {
            return id;
        }

        public Task getTask() {
            return task;
        }

        public boolean isBlocked() {
            return this instanceof BlockedItem;
        }

        public boolean isBuildable() {
            return this instanceof BuildableItem;
        }

        /** Whether the item seems stuck (waiting unusually long). */
        public boolean isStuck() {
            return false;
        }

        /** When the item entered the queue, in ms since the epoch. */
        public long getInQueueSince() {
            return this.inQueueSince;
        }

        /** Where the task may run: a {@link LabelAssignmentAction} first, else the task's own label. */
        public Label getAssignedLabel() {
            for (LabelAssignmentAction laa : getActions(LabelAssignmentAction.class)) {
                Label l = laa.getAssignedLabel(task);
                if (l != null) {
                    return l;
                }
            }
            return task.getAssignedLabel();
        }

        /** Where a subtask may run: a {@link LabelAssignmentAction} first, else the subtask's own label. */
        public Label getAssignedLabelFor(SubTask st) {
            for (LabelAssignmentAction laa : getActions(LabelAssignmentAction.class)) {
                Label l = laa.getAssignedLabel(st);
                if (l != null) {
                    return l;
                }
            }
            return st.getAssignedLabel();
        }

        public String getUrl() {
            return "queue/item/" + id + '/';
        }

        /** Text of {@link #getCauseOfBlockage()}, or null. */
        public final String getWhy() {
            CauseOfBlockage cob = getCauseOfBlockage();
            return cob != null ? cob.getShortDescription() : null;
        }

        /** Why the item is not running yet, or null. */
        public abstract CauseOfBlockage getCauseOfBlockage();

        @Override
        public String getDisplayName() {
            return task.getFullDisplayName();
        }

        @Override
        public String toString() {
            return getClass().getName() + ':' + task + ':' + id;
        }
    }

    /** Waiting for its quiet period to end. */
    public static final class WaitingItem extends Item implements Comparable<WaitingItem> {
        /** When the quiet period ends. */
        public Calendar timestamp;

        public WaitingItem(Calendar timestamp, Task project, List<Action> actions) {
            super(project, actions, QUEUE_ID_COUNTER.incrementAndGet(), System.currentTimeMillis());
            this.timestamp = timestamp;
        }

        @Override
        public int compareTo(WaitingItem that) {
            int r = this.timestamp.getTime().compareTo(that.timestamp.getTime());
            if (r != 0) {
                return r;
            }
            return Long.compare(this.getId(), that.getId());
        }

        @Override
        public CauseOfBlockage getCauseOfBlockage() {
            long diff = timestamp.getTimeInMillis() - System.currentTimeMillis();
            String text = diff >= 0 ? "In the quiet period. Expires in " + diff + " ms" : "Finished waiting";
            return new CauseOfBlockage() {
                @Override
                public String getShortDescription() {
                    return text;
                }
            };
        }
    }

    /** Common part of {@link BlockedItem} and {@link BuildableItem}. */
    public abstract static class NotWaitingItem extends Item {
        /** When the item became blocked or buildable, in ms since the epoch. */
        public final long buildableStartMilliseconds;

        protected NotWaitingItem(WaitingItem wi) {
            super(wi);
            buildableStartMilliseconds = System.currentTimeMillis();
        }

        protected NotWaitingItem(NotWaitingItem ni) {
            super(ni);
            buildableStartMilliseconds = ni.buildableStartMilliseconds;
        }
    }

    /** Blocked by another build, a resource or a {@code QueueTaskDispatcher}. */
    public final class BlockedItem extends NotWaitingItem {
        private transient CauseOfBlockage causeOfBlockage;

        public BlockedItem(WaitingItem wi) {
            super(wi);
        }

        public BlockedItem(NotWaitingItem ni) {
            super(ni);
        }

        @Override
        public CauseOfBlockage getCauseOfBlockage() {
            if (causeOfBlockage != null) {
                return causeOfBlockage;
            }
            throw new UnsupportedOperationException("stand-in: computing the cause needs the running queue");
        }
    }

    /** Ready to run on the first suitable free executor. */
    public static final class BuildableItem extends NotWaitingItem {
        private boolean isPending;

        public BuildableItem(WaitingItem wi) {
            super(wi);
        }

        public BuildableItem(NotWaitingItem ni) {
            super(ni);
        }

        /** Computed from the running Jenkins' nodes and clouds. */
        @Override
        public CauseOfBlockage getCauseOfBlockage() {
            Jenkins.get();
            throw new UnsupportedOperationException("stand-in: computing the cause needs the running Jenkins");
        }

        /** Whether the item has been handed to an executor that has not started it yet. */
        public boolean isPending() {
            return isPending;
        }
    }

    /** Left the queue: started (then {@link #getExecutable()} is known) or cancelled. */
    public static final class LeftItem extends Item {
        private final Executable executable;

        /** An item that was cancelled. */
        public LeftItem(Item cancelled) {
            super(cancelled);
            this.executable = null;
        }

        @Override
        public CauseOfBlockage getCauseOfBlockage() {
            return null;
        }

        /** What was started, or null if cancelled. */
        public Executable getExecutable() {
            return executable;
        }

        /** Whether the item was cancelled rather than started. */
        public boolean isCancelled() {
            return executable == null;
        }
    }
}
