package io.jenkins.plugins.dwp.jenkins;

import hudson.Extension;
import hudson.model.Descriptor;
import hudson.model.TaskListener;
import hudson.slaves.ComputerLauncher;
import hudson.slaves.JNLPLauncher;
import hudson.slaves.SlaveComputer;
import java.time.Duration;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Launches a worker's agent by waiting for it: the engine creates the pod, the agent inside
 * connects inbound (over WebSocket by default). The wait hears the engine's lease transitions and
 * the agent's connection as they happen; nothing polls. A worker that cannot start fails the step
 * waiting for it, with the Kubernetes reason, instead of leaving it in the queue.
 */
@Restricted(NoExternalUse.class)
public final class WorkerLauncher extends JNLPLauncher {

    private transient volatile boolean launched;

    WorkerLauncher(boolean webSocket) {
        setWebSocket(webSocket);
    }

    /** Once: a worker's agent that goes away is not started again, its pod is deleted. */
    @Override
    public boolean isLaunchSupported() {
        return !launched;
    }

    @Override
    public void launch(SlaveComputer computer, TaskListener listener) {
        if (!(computer instanceof WorkerComputer worker)) {
            return;
        }
        WorkerNode node = worker.worker().orElse(null);
        if (node == null) {
            return;
        }
        Optional<WorkerSession> session = node.session();
        if (session.isEmpty()) {
            listener.getLogger().println(Messages.Launcher_PodGone(node.getNodeName()));
            worker.terminateWorker();
            return;
        }
        session.get().attach(listener.getLogger()::println);
        try {
            session.get().awaitAgent(Duration.ofMinutes(node.getAgentTimeoutMinutes()));
            launched = true;
        } catch (WorkerFailedException e) {
            listener.error(e.getMessage());
            worker.failWaitingStep(e.getMessage());
            worker.terminateWorker();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.get().release();
        }
    }


    /** Describes the launcher; it is never chosen in a form. */
    @Extension
    public static final class DescriptorImpl extends Descriptor<ComputerLauncher> {
        @Override
        public String getDisplayName() {
            return Messages.DynamicWorkerPoolsCloud_DisplayName();
        }
    }
}
