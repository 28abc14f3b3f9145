// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/slaves/AbstractCloudSlave.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package hudson.slaves;

import hudson.model.Computer;
import hudson.model.Descriptor.FormException;
import hudson.model.Slave;
import hudson.model.TaskListener;
import hudson.util.LogTaskListener;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;

/** An agent made by a {@link Cloud}; terminating it releases the cloud resource and removes the node. */
public abstract class AbstractCloudSlave extends Slave {
    protected AbstractCloudSlave(String name, String remoteFS, ComputerLauncher launcher)
            throws FormException, IOException {
        super(name, remoteFS, launcher);
    }

    @Deprecated
    @SuppressWarnings("rawtypes")
    protected AbstractCloudSlave(String name, String nodeDescription, String remoteFS, String numExecutors,
            Mode mode, String labelString, ComputerLauncher launcher,
            RetentionStrategy retentionStrategy, List<? extends NodeProperty<?>> nodeProperties)
            throws FormException, IOException {
        super(name, nodeDescription, remoteFS, numExecutors, mode, labelString, launcher, retentionStrategy, nodeProperties);
    }

    @Deprecated
    @SuppressWarnings("rawtypes")
    protected AbstractCloudSlave(String name, String nodeDescription, String remoteFS, int numExecutors,
            Mode mode, String labelString, ComputerLauncher launcher,
            RetentionStrategy retentionStrategy, List<? extends NodeProperty<?>> nodeProperties)
            throws FormException, IOException {
        super(name, nodeDescription, remoteFS, numExecutors, mode, labelString, launcher, retentionStrategy, nodeProperties);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public abstract AbstractCloudComputer createComputer();

    /**
     * Releases the cloud resource ({@link #_terminate}) and removes the node from Jenkins, even if releasing failed.
     */
    public void terminate() throws InterruptedException, IOException {
        final Computer computer = toComputer();
        if (computer != null) {
            computer.recordTermination();
        }
        try {
            _terminate(computer instanceof SlaveComputer ? ((SlaveComputer) computer).getListener() : new LogTaskListener(LOGGER, Level.INFO));
        } finally {
            try {
                Jenkins.get().removeNode(this);
            } catch (IOException e) {
                LOGGER.log(Level.WARNING, "Failed to remove " + name, e);
            }
        }
    }

    /** Releases the cloud resource behind this agent (deletes the VM, the pod, ...). */
    protected abstract void _terminate(TaskListener listener) throws IOException, InterruptedException;

    private static final Logger LOGGER = Logger.getLogger(AbstractCloudSlave.class.getName());
}
