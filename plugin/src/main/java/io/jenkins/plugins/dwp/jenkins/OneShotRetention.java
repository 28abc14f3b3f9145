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
        Optional<WorkerNode> node = computer.worker();
        if (node.isEmpty()) {
            return 1;
        }
        if (computer.isIdle() && !node.get().isLeased()) {
            LOGGER.log(Level.INFO, "{0}: its pod is gone, so the agent goes too", node.get().getNodeName());
            computer.terminateWorker();
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

    // Jenkins tells of tasks with their Executor, which only a running Jenkins can make; what the
    // rule goes by is the executor's computer and what it runs, so the rule is written in those.

    @Override
    public void taskAccepted(Executor executor, Queue.Task task) {
        accepted(executor.getOwner(), task);
    }

    @Override
    public void taskStarted(Executor executor, Queue.Task task) {
        started(executor.getOwner(), executor.getCurrentExecutable(), task);
    }

    @Override
    public void taskCompleted(Executor executor, Queue.Task task, long durationMS) {
        done(executor.getOwner(), executor.getCurrentExecutable(), task);
    }

    @Override
    public void taskCompletedWithProblems(Executor executor, Queue.Task task, long durationMS, Throwable problems) {
        done(executor.getOwner(), executor.getCurrentExecutable(), task);
    }

    /** A task took the worker: its session tells the engine, whose idle rule then leaves it alone. */
    void accepted(Computer owner, Queue.Task task) {
        if (!(task instanceof Queue.FlyweightTask)) {
            nodeOf(owner).flatMap(WorkerNode::session).ifPresent(WorkerSession::taskAccepted);
        }
    }

    /** A task started on the worker: its build log says which worker, image and tools it runs with. */
    void started(Computer owner, Queue.Executable executable, Queue.Task task) {
        if (!(task instanceof Queue.FlyweightTask)) {
            nodeOf(owner).ifPresent(node -> BuildLogs.print(executable, node.banner()));
        }
    }

    /**
     * The worker's task ended: it takes no other, and is terminated on Jenkins' remoting pool rather
     * than here, on the executor's own thread, which is still finishing the task.
     */
    void done(Computer owner, Queue.Executable executable, Queue.Task task) {
        if (task instanceof Queue.FlyweightTask) {
            return;
        }
        if (executable instanceof ContinuableExecutable continuable && continuable.willContinue()) {
            return;
        }
        if (owner instanceof WorkerComputer computer && computer.worker().isPresent()) {
            computer.setAcceptingTasks(false);
            Computer.threadPoolForRemoting.submit(computer::terminateWorker);
        }
    }

    private static Optional<WorkerNode> nodeOf(Computer owner) {
        return owner instanceof WorkerComputer computer ? computer.worker() : Optional.empty();
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
