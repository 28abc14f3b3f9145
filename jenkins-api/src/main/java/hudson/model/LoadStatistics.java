// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/LoadStatistics.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: the MultiStageTimeSeries fields (definedExecutors, onlineExecutors, ... queueLength) and everything built
// on them (charts, updateCounts, getLatestIdleExecutors), computeSnapshot (reads the running Jenkins' queue),
// and LoadStatisticsUpdater.
package hudson.model;

import hudson.model.queue.SubTask;
import java.io.Serializable;
import java.util.List;

/** Executor and queue statistics of a label or of the whole system. */
public abstract class LoadStatistics {
    protected LoadStatistics(int initialOnlineExecutors, int initialBusyExecutors) {
    }

    @Deprecated
    public abstract int computeIdleExecutors();

    @Deprecated
    public abstract int computeTotalExecutors();

    @Deprecated
    public abstract int computeQueueLength();

    /** The nodes these statistics count. */
    protected abstract Iterable<Node> getNodes();

    /** Whether a queue item's subtask counts for these statistics. */
    protected abstract boolean matches(Queue.Item item, SubTask subTask);

    /** How often (ms) statistics are sampled; NodeProvisioner runs on the same clock (hudson.model.LoadStatistics.clock). */
    public static int CLOCK = Integer.getInteger(LoadStatistics.class.getName() + ".clock", 10_000);

    /** Decay of the exponential moving averages (hudson.model.LoadStatistics.decay). */
    public static final float DECAY = Float.parseFloat(System.getProperty(LoadStatistics.class.getName() + ".decay", "0.9"));

    /** Point-in-time executor and queue counts. */
    public static class LoadStatisticsSnapshot implements Serializable {
        private static final long serialVersionUID = 1L;

        private final int definedExecutors;
        private final int onlineExecutors;
        private final int connectingExecutors;
        private final int busyExecutors;
        private final int idleExecutors;
        private final int availableExecutors;
        private final int queueLength;

        private LoadStatisticsSnapshot(int definedExecutors, int onlineExecutors, int connectingExecutors,
                int busyExecutors, int idleExecutors, int availableExecutors, int queueLength) {
            this.definedExecutors = definedExecutors;
            this.onlineExecutors = onlineExecutors;
            this.connectingExecutors = connectingExecutors;
            this.busyExecutors = busyExecutors;
            this.idleExecutors = idleExecutors;
            this.availableExecutors = availableExecutors;
            this.queueLength = queueLength;
        }

        /** Executors defined on nodes (online plus connecting plus offline). */
        public int getDefinedExecutors() {
            return definedExecutors;
        }

        /** Executors of online computers. */
        public int getOnlineExecutors() {
            return onlineExecutors;
        }

        /** Executors of computers that are connecting. */
        public int getConnectingExecutors() {
            return connectingExecutors;
        }

        /** Online executors running something. */
        public int getBusyExecutors() {
            return busyExecutors;
        }

        /** Online executors running nothing. */
        public int getIdleExecutors() {
            return idleExecutors;
        }

        /** Idle executors of computers that accept tasks. */
        public int getAvailableExecutors() {
            return availableExecutors;
        }

        /** Buildable queue items. */
        public int getQueueLength() {
            return queueLength;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (o == null || getClass() != o.getClass()) {
                return false;
            }
            LoadStatisticsSnapshot that = (LoadStatisticsSnapshot) o;
            return availableExecutors == that.availableExecutors
                    && busyExecutors == that.busyExecutors
                    && connectingExecutors == that.connectingExecutors
                    && definedExecutors == that.definedExecutors
                    && idleExecutors == that.idleExecutors
                    && onlineExecutors == that.onlineExecutors
                    && queueLength == that.queueLength;
        }

        @Override
        public int hashCode() {
            int result = definedExecutors;
            result = 31 * result + onlineExecutors;
            result = 31 * result + connectingExecutors;
            result = 31 * result + busyExecutors;
            result = 31 * result + idleExecutors;
            result = 31 * result + availableExecutors;
            result = 31 * result + queueLength;
            return result;
        }

        @Override
        public String toString() {
            return "LoadStatisticsSnapshot{" + "definedExecutors=" + definedExecutors
                    + ", onlineExecutors=" + onlineExecutors
                    + ", connectingExecutors=" + connectingExecutors
                    + ", busyExecutors=" + busyExecutors
                    + ", idleExecutors=" + idleExecutors
                    + ", availableExecutors=" + availableExecutors
                    + ", queueLength=" + queueLength
                    + '}';
        }

        /** Builds a snapshot (not thread safe). */
        public static class Builder {
            private int definedExecutors;
            private int onlineExecutors;
            private int connectingExecutors;
            private int busyExecutors;
            private int idleExecutors;
            private int availableExecutors;
            private int queueLength;

            public LoadStatisticsSnapshot build() {
                return new LoadStatisticsSnapshot(definedExecutors, onlineExecutors, connectingExecutors,
                        busyExecutors, idleExecutors, availableExecutors, queueLength);
            }

            public Builder withQueueLength(int queueLength) {
                this.queueLength = queueLength;
                return this;
            }

            /** Counts the node's computer, if it has one. */
            public Builder with(Node node) {
                if (node != null) {
                    return with(node.toComputer());
                }
                return this;
            }

            /** Counts a computer's executors by state. */
            public Builder with(Computer computer) {
                if (computer == null) {
                    return this;
                }
                if (computer.isOnline()) {
                    final List<Executor> executors = computer.getExecutors();
                    final boolean acceptingTasks = computer.isAcceptingTasks();
                    for (Executor e : executors) {
                        definedExecutors++;
                        onlineExecutors++;
                        // upstream tests e.getCurrentWorkUnit() != null; WorkUnit is not mirrored
                        if (e.isBusy()) {
                            busyExecutors++;
                        } else {
                            idleExecutors++;
                            if (acceptingTasks) {
                                availableExecutors++;
                            }
                        }
                    }
                } else {
                    final int numExecutors = computer.getNumExecutors();
                    definedExecutors += numExecutors;
                    if (computer.isConnecting()) {
                        connectingExecutors += numExecutors;
                    }
                }
                return this;
            }
        }

        public static Builder builder() {
            return new Builder();
        }
    }
}
