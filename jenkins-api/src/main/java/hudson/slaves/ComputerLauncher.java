// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/slaves/ComputerLauncher.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied. Left out: the deprecated LIST and checkJavaVersion.
package hudson.slaves;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import hudson.model.TaskListener;
import hudson.util.StreamTaskListener;
import java.io.IOException;

/** Starts the agent process of a {@link SlaveComputer} and connects it. */
public abstract class ComputerLauncher extends AbstractDescribableImpl<ComputerLauncher> implements ExtensionPoint {
    /** Whether Jenkins can (re)launch the agent itself; false for agents that connect on their own. */
    public boolean isLaunchSupported() {
        return true;
    }

    /**
     * Launches the agent for {@code computer}, writing progress to {@code listener}; runs on a background thread and
     * should return once the agent is connected (or has failed).
     */
    public void launch(SlaveComputer computer, TaskListener listener) throws IOException, InterruptedException {
        launch(computer, cast(listener));
    }

    @Deprecated
    public void launch(SlaveComputer computer, StreamTaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException(getClass() + " must implement the launch method");
    }

    /** Called after the agent disconnected. */
    public void afterDisconnect(SlaveComputer computer, TaskListener listener) {
        afterDisconnect(computer, cast(listener));
    }

    @Deprecated
    public void afterDisconnect(SlaveComputer computer, StreamTaskListener listener) {
    }

    /** Called before the agent is disconnected. */
    public void beforeDisconnect(SlaveComputer computer, TaskListener listener) {
        beforeDisconnect(computer, cast(listener));
    }

    @Deprecated
    public void beforeDisconnect(SlaveComputer computer, StreamTaskListener listener) {
    }

    private StreamTaskListener cast(TaskListener listener) {
        if (listener instanceof StreamTaskListener) {
            return (StreamTaskListener) listener;
        }
        return new StreamTaskListener(listener.getLogger());
    }
}
