package io.jenkins.plugins.dwp.jenkins;

import hudson.Extension;
import hudson.model.Computer;
import hudson.model.Descriptor;
import hudson.model.Executor;
import hudson.model.ExecutorListener;
import hudson.model.Queue;
import hudson.slaves.RetentionStrategy;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jenkinsci.plugins.durabletask.executors.ContinuableExecutable;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * One task, then the worker goes: after the task it took ends, the agent is terminated and its pod
 * deleted. Flyweight tasks (a Pipeline's own run) do not count, nor does a Pipeline step that will
 * continue after a restart. The idle and lifetime rules are the engine's; this strategy only
 * removes an agent whose pod the engine no longer holds.
 */
@Restricted(NoExternalUse.class)
public final class OneShotRetention extends RetentionStrategy<WorkerComputer> implements ExecutorListener {

    private static final Logger LOGGER = Logger.getLogger(OneShotRetention.class.getName());

    @Override
    public long check(WorkerComputer computer) {
        WorkerNode node = computer.getNode();
        if (node == null) {
            return 1;
        }
        if (computer.isIdle() && !node.isLeased()) {
            LOGGER.log(Level.INFO, "{0}: its pod is gone, so the agent goes too", node.getNodeName());
            node.terminateQuietly();
        } else if (computer.isOffline() && !computer.isConnecting() && computer.isLaunchSupported()) {
            // A launch that could not reach the cluster (after a restart, say) is tried again.
            computer.connect(false);
        }
        return 1;
    }

    @Override
    public void start(WorkerComputer computer) {
        computer.connect(false);
    }

    @Override
    public void taskAccepted(Executor executor, Queue.Task task) {
        if (!(task instanceof Queue.FlyweightTask)) {
            nodeOf(executor).flatMap(WorkerNode::session).ifPresent(WorkerSession::taskAccepted);
        }
    }

    @Override
    public void taskStarted(Executor executor, Queue.Task task) {
        if (!(task instanceof Queue.FlyweightTask)) {
            nodeOf(executor).ifPresent(node -> BuildLogs.print(executor.getCurrentExecutable(), node.banner()));
        }
    }

    @Override
    public void taskCompleted(Executor executor, Queue.Task task, long durationMS) {
        done(executor, task);
    }

    @Override
    public void taskCompletedWithProblems(Executor executor, Queue.Task task, long durationMS, Throwable problems) {
        done(executor, task);
    }

    private void done(Executor executor, Queue.Task task) {
        if (task instanceof Queue.FlyweightTask) {
            return;
        }
        if (executor.getCurrentExecutable() instanceof ContinuableExecutable continuable && continuable.willContinue()) {
            return;
        }
        Computer owner = executor.getOwner();
        if (owner instanceof WorkerComputer computer && computer.getNode() != null) {
            computer.setAcceptingTasks(false);
            WorkerNode node = computer.getNode();
            Computer.threadPoolForRemoting.submit(node::terminateQuietly);
        }
    }

    private static Optional<WorkerNode> nodeOf(Executor executor) {
        return executor.getOwner() instanceof WorkerComputer computer
                ? Optional.ofNullable(computer.getNode()) : Optional.empty();
    }


    /** Describes the strategy; it is never chosen in a form. */
    @Extension
    public static final class DescriptorImpl extends Descriptor<RetentionStrategy<?>> {
        @Override
        public String getDisplayName() {
            return Messages.DynamicWorkerPoolsCloud_DisplayName();
        }
    }
}
