package io.jenkins.plugins.dwp.jenkins;

import hudson.Extension;
import hudson.model.Descriptor.FormException;
import hudson.model.Slave;
import hudson.model.TaskListener;
import hudson.slaves.AbstractCloudSlave;
import hudson.slaves.EnvironmentVariablesNodeProperty;
import hudson.slaves.NodeProperty;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.kube.WorkerRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The Jenkins agent of one worker pod: one executor, exclusive to the labels of its pool, taken by
 * one task and then terminated. Named like its pod. Saved with Jenkins like any agent, so that a
 * Pipeline whose step runs on it resumes after a restart; the engine adopts its pod meanwhile.
 */
public class WorkerNode extends AbstractCloudSlave {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(WorkerNode.class.getName());

    /** Put first on the step's PATH: the directories of the tool versions the pool chose. */
    static final String TOOL_PATH_VARIABLE = "PATH+DWP_TOOLS";

    private final String cloudName;
    private final String leaseId;
    private final String poolName;
    private final List<String> banner;
    private final int agentTimeoutMinutes;
    private transient volatile WorkerSession session;

    /**
     * The agent of {@code session}'s pod, labelled like its pool's nodes: the labels are Jenkins'
     * label atoms, which only a running Jenkins gives out, so they are put on here rather than in
     * the constructor.
     */
    static WorkerNode labelled(String cloudName, WorkerSession session, ResolvedPool pool, boolean webSocket)
            throws FormException, IOException {
        WorkerNode node = new WorkerNode(cloudName, session, pool, webSocket);
        node.setLabelString(PoolForLabel.labelString(pool));
        return node;
    }

    /** The agent of {@code session}'s pod, without labels yet: see {@link #labelled}. */
    WorkerNode(String cloudName, WorkerSession session, ResolvedPool pool, boolean webSocket)
            throws FormException, IOException {
        super(session.podName(), WorkerRenderer.workDirOf(pool.image().os()), new WorkerLauncher(webSocket));
        setNodeDescription(Messages.Worker_NodeDescription(pool.pool().name()));
        setNumExecutors(1);
        setMode(Mode.EXCLUSIVE);
        setRetentionStrategy(new OneShotRetention());
        setNodeProperties(toolPath(pool));
        this.cloudName = cloudName;
        this.leaseId = session.leaseId();
        this.poolName = pool.pool().name();
        this.banner = new ArrayList<>(WorkerBanner.lines(session.podName(), pool));
        this.agentTimeoutMinutes = pool.pool().pendingTimeoutMinutes();
        this.session = session;
    }

    private static List<NodeProperty<?>> toolPath(ResolvedPool pool) {
        return WorkerRenderer.toolPathOf(pool)
                .<List<NodeProperty<?>>>map(path -> List.of(new EnvironmentVariablesNodeProperty(
                        new EnvironmentVariablesNodeProperty.Entry(TOOL_PATH_VARIABLE, path))))
                .orElse(List.of());
    }

    /** The cloud this worker came from. */
    public String getCloudName() {
        return cloudName;
    }

    /** The pool this worker came from. */
    public String getPoolName() {
        return poolName;
    }

    /** The engine's lease of this worker. */
    @Restricted(NoExternalUse.class)
    public String getLeaseId() {
        return leaseId;
    }

    /** How long the agent may take to connect once its pod runs: the pool's pending timeout. */
    @Restricted(NoExternalUse.class)
    public int getAgentTimeoutMinutes() {
        return agentTimeoutMinutes;
    }

    /** What the build log says about this worker. */
    @Restricted(NoExternalUse.class)
    public List<String> banner() {
        return List.copyOf(banner);
    }

    /**
     * The worker's session: the one it was made with, or after a Jenkins restart one for the lease
     * the engine adopted; empty when the engine does not hold the lease any more (its pod is gone).
     */
    @Restricted(NoExternalUse.class)
    public Optional<WorkerSession> session() {
        WorkerSession current = session;
        if (current == null) {
            current = runtime().flatMap(runtime -> runtime.resume(leaseId)).orElse(null);
            session = current;
        }
        return Optional.ofNullable(current);
    }

    /**
     * Whether the engine still holds this worker's pod; false also when its cloud is gone, true
     * while its cluster cannot be reached, since then nobody knows.
     */
    @Restricted(NoExternalUse.class)
    public boolean isLeased() {
        try {
            return runtime().map(runtime -> runtime.holds(leaseId)).orElse(false);
        } catch (RuntimeException e) {
            return true;
        }
    }

    /**
     * The engine of this worker's cloud, started if need be: after a restart Jenkins launches its
     * saved agents before the first reconcile tick, and their pods must be adopted, not given up.
     */
    private Optional<WorkerRuntime> runtime() {
        return WorkerRuntimes.get().of(cloudName).or(() -> Optional.ofNullable(Jenkins.get().getCloud(cloudName))
                .filter(DynamicWorkerPoolsCloud.class::isInstance)
                .flatMap(cloud -> ((DynamicWorkerPoolsCloud) cloud).runtime()));
    }

    /** Removes this agent (and so releases its pod), logging rather than throwing when Jenkins cannot. */
    void terminateQuietly() {
        try {
            terminate();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "could not remove agent " + name, e);
        }
    }

    @Override
    public WorkerComputer createComputer() {
        return new WorkerComputer(this);
    }

    /** Releases the lease: the engine deletes the pod, and its Secret with it. */
    @Override
    protected void _terminate(TaskListener listener) {
        runtime().ifPresentOrElse(runtime -> runtime.release(leaseId),
                () -> listener.getLogger().println("no engine runs for cloud " + cloudName
                        + ": pod " + name + " is left to the orphan rule"));
    }

    /** Not offered in the "New node" page: only the cloud makes workers. */
    @Extension
    public static final class DescriptorImpl extends Slave.SlaveDescriptor {

        @Override
        public String getDisplayName() {
            return Messages.DynamicWorkerPoolsCloud_DisplayName();
        }

        @Override
        public boolean isInstantiable() {
            return false;
        }
    }
}
