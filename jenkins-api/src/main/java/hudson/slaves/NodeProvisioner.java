// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/slaves/NodeProvisioner.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
//
// StrategyState is an inner class with a private constructor, as upstream: only NodeProvisioner's update() makes one.
// update() needs the running Jenkins (its first step is Jenkins.get()), so suggestReviewNow() schedules a review that
// fails without one, as upstream's does. To drive a Strategy outside Jenkins, construct a StrategyState reflectively
// with upstream's private constructor (NodeProvisioner outer instance, LoadStatisticsSnapshot, Label, int), which
// works the same against the real jenkins-core.
// Left out: the StrategyState *Latest() getters (they read LoadStatistics' time series, not mirrored),
// StandardStrategyImpl, NodeProvisionerInvoker, the CloudProvisioningListener notifications.
package hudson.slaves;

import hudson.ExtensionPoint;
import hudson.model.Computer;
import hudson.model.Label;
import hudson.model.LoadStatistics;
import hudson.model.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import jenkins.model.Jenkins;

/** Asks clouds for more nodes when the load of a label calls for it; one per label (plus one for unlabeled work). */
public class NodeProvisioner {
    /** A node being provisioned. */
    public static class PlannedNode {
        /** Shown in the UI while provisioning. */
        public final String displayName;

        /** Completes with the node, ready to be added to Jenkins (or fails). */
        public final Future<Node> future;

        /** Executors the node will bring. */
        public final int numExecutors;

        public PlannedNode(String displayName, Future<Node> future, int numExecutors) {
            if (displayName == null || future == null || numExecutors < 1) {
                throw new IllegalArgumentException();
            }
            this.displayName = displayName;
            this.future = future;
            this.numExecutors = numExecutors;
        }

        /** Called once NodeProvisioner is done with this planned node (success or not); override to clean up. */
        public void spent() {
        }
    }

    private final LoadStatistics stat;

    private final Label label;

    private final AtomicReference<List<PlannedNode>> pendingLaunches = new AtomicReference<>(new ArrayList<>());

    private final Lock provisioningLock = new ReentrantLock();

    private transient volatile boolean queuedReview;

    public NodeProvisioner(Label label, LoadStatistics loadStatistics) {
        this.label = label;
        this.stat = loadStatistics;
    }

    /** Nodes being provisioned. */
    public List<PlannedNode> getPendingLaunches() {
        return new ArrayList<>(pendingLaunches.get());
    }

    /** Asks for a provisioning review soon instead of at the next periodic run. */
    public void suggestReviewNow() {
        if (!queuedReview) {
            queuedReview = true;
            Computer.threadPoolForRemoting.submit(() -> {
                LOGGER.fine(() -> "running suggested review for " + label);
                update();
            });
        } else {
            LOGGER.fine(() -> "ignoring suggested review for " + label);
        }
    }

    private void update() {
        provisioningLock.lock();
        try {
            queuedReview = false;
            Jenkins.get();
            throw new UnsupportedOperationException("stand-in: provisioning rounds need the running Jenkins");
        } finally {
            provisioningLock.unlock();
        }
    }

    /** Outcome of one strategy. */
    public enum StrategyDecision {
        /** Not done (no action, or not enough): later strategies are consulted. */
        CONSULT_REMAINING_STRATEGIES,
        /** Enough has been provisioned: later strategies are skipped. */
        PROVISIONING_COMPLETED
    }

    /** A way of deciding when and how much to provision; strategies are applied in extension order. */
    public abstract static class Strategy implements ExtensionPoint {
        /** Applies this strategy; record provisioned nodes with {@link StrategyState#recordPendingLaunches}. */
        public abstract StrategyDecision apply(StrategyState state);
    }

    /** What a strategy sees: the label, load snapshot and capacity already planned. */
    public final class StrategyState {
        private final Label label;

        private final int plannedCapacitySnapshot;

        private final LoadStatistics.LoadStatisticsSnapshot snapshot;

        private int additionalPlannedCapacity;

        private StrategyState(LoadStatistics.LoadStatisticsSnapshot snapshot, Label label, int plannedCapacitySnapshot) {
            this.snapshot = snapshot;
            this.label = label;
            this.plannedCapacitySnapshot = plannedCapacitySnapshot;
        }

        /** The label under consideration; null for jobs without a label. */
        public Label getLabel() {
            return label;
        }

        /** Load statistics of the label at the start of the round. */
        public LoadStatistics.LoadStatisticsSnapshot getSnapshot() {
            return snapshot;
        }

        @Deprecated
        public int getQueueLengthSnapshot() {
            return snapshot.getQueueLength();
        }

        /** Executors of nodes still being provisioned from earlier rounds. */
        public int getPlannedCapacitySnapshot() {
            return plannedCapacitySnapshot;
        }

        @Deprecated
        public int getIdleSnapshot() {
            return snapshot.getAvailableExecutors();
        }

        @Deprecated
        public int getTotalSnapshot() {
            return snapshot.getOnlineExecutors();
        }

        /** Executors provisioned by earlier strategies in this round. */
        public synchronized int getAdditionalPlannedCapacity() {
            return additionalPlannedCapacity;
        }

        public void recordPendingLaunches(PlannedNode... plannedNodes) {
            recordPendingLaunches(Arrays.asList(plannedNodes));
        }

        /** Records nodes a strategy started provisioning; adds their executors to the planned capacity. */
        public void recordPendingLaunches(Collection<PlannedNode> plannedNodes) {
            int additionalPlannedCapacity = 0;
            for (PlannedNode f : plannedNodes) {
                if (f.future.isDone()) {
                    try {
                        Node node = f.future.get();
                        if (node != null) {
                            additionalPlannedCapacity += node.getNumExecutors();
                        }
                    } catch (InterruptedException | ExecutionException e) {
                        // done, so not interrupted; failures are dealt with when the round checks pending launches
                    }
                } else {
                    additionalPlannedCapacity += f.numExecutors;
                }
            }
            while (!plannedNodes.isEmpty()) {
                List<PlannedNode> orig = pendingLaunches.get();
                List<PlannedNode> repl = new ArrayList<>(orig);
                repl.addAll(plannedNodes);
                if (pendingLaunches.compareAndSet(orig, repl)) {
                    if (additionalPlannedCapacity > 0) {
                        synchronized (this) {
                            this.additionalPlannedCapacity += additionalPlannedCapacity;
                        }
                    }
                    break;
                }
            }
        }

        @Override
        public String toString() {
            return "StrategyState{" + "label=" + label
                    + ", snapshot=" + snapshot
                    + ", plannedCapacitySnapshot=" + plannedCapacitySnapshot
                    + ", additionalPlannedCapacity=" + additionalPlannedCapacity
                    + '}';
        }
    }

    private static final Logger LOGGER = Logger.getLogger(NodeProvisioner.class.getName());
}
