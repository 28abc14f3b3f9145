// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/slaves/RetentionStrategy.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: all() (DescriptorExtensionList), the deprecated LIST, and Demand. Always.DescriptorImpl is kept
// (its @Extension registration only matters inside Jenkins).
package hudson.slaves;

import hudson.Extension;
import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Computer;
import hudson.model.Descriptor;
import hudson.model.Queue;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** Decides when a computer is connected and disconnected. */
public abstract class RetentionStrategy<T extends Computer> extends AbstractDescribableImpl<RetentionStrategy<?>> implements ExtensionPoint {
    /**
     * Called about once a minute (with the queue lock held) to connect or disconnect {@code c}.
     *
     * @return minutes until the next check, at most; 0 and 1 both mean the next periodic run
     */
    public abstract long check(T c);

    /** Whether the user may launch the computer by hand now. */
    public boolean isManualLaunchAllowed(T c) {
        return true;
    }

    /** Whether the computer should accept new tasks now. */
    public boolean isAcceptingTasks(T c) {
        return true;
    }

    /** Called once when the computer is created; by default runs {@link #check} under the queue lock. */
    public void start(final T c) {
        Queue.withLock((Runnable) () -> check(c));
    }

    /** Does nothing but connect on start and check every hour. */
    public static final RetentionStrategy<Computer> NOOP = new NoOp();

    private static final class NoOp extends RetentionStrategy<Computer> {
        @Override
        public long check(Computer c) {
            return 60;
        }

        @Override
        public void start(Computer c) {
            c.connect(false);
        }

        @Override
        public Descriptor<RetentionStrategy<?>> getDescriptor() {
            return DESCRIPTOR;
        }

        private Object readResolve() {
            return NOOP;
        }

        private static final DescriptorImpl DESCRIPTOR = new DescriptorImpl();

        private static final class DescriptorImpl extends Descriptor<RetentionStrategy<?>> {}
    }

    /** Stateless, so one instance serves all. */
    public static final Always INSTANCE = new Always();

    /** Keeps the computer connected all the time. */
    public static class Always extends RetentionStrategy<SlaveComputer> {
        @DataBoundConstructor
        public Always() {
        }

        @Override
        public long check(SlaveComputer c) {
            if (c.isOffline() && !c.isConnecting() && c.isLaunchSupported()) {
                c.tryReconnect();
            }
            return 0;
        }

        @Extension(ordinal = 100)
        @Symbol("always")
        public static class DescriptorImpl extends Descriptor<RetentionStrategy<?>> {
            @Override
            public String getDisplayName() {
                return "Keep this agent online as much as possible";
            }
        }
    }
}
