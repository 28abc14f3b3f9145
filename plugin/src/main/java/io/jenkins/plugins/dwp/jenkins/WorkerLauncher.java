package io.jenkins.plugins.dwp.jenkins;

import hudson.Extension;
import hudson.model.Descriptor;
import hudson.model.TaskListener;
import hudson.slaves.ComputerLauncher;
import hudson.slaves.JNLPLauncher;
import hudson.slaves.SlaveComputer;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
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

    private static final Logger LOGGER = Logger.getLogger(WorkerLauncher.class.getName());

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
        if (!(computer instanceof WorkerComputer worker) || worker.getNode() == null) {
            return;
        }
        WorkerNode node = worker.getNode();
        Optional<WorkerSession> session = node.session();
        if (session.isEmpty()) {
            listener.getLogger().println(Messages.Launcher_PodGone(node.getNodeName()));
            terminate(node);
            return;
        }
        session.get().attach(listener.getLogger()::println);
        try {
            session.get().awaitAgent(Duration.ofMinutes(node.getAgentTimeoutMinutes()));
            launched = true;
        } catch (WorkerFailedException e) {
            listener.error(e.getMessage());
            StepFailures.failOneWaitingFor(node, e.getMessage());
            terminate(node);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.get().release();
        }
    }

    private static void terminate(WorkerNode node) {
        try {
            node.terminate();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "could not remove agent " + node.getNodeName(), e);
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
