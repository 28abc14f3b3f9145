package io.jenkins.plugins.dwp.jenkins;

import hudson.model.Label;
import hudson.model.labels.LabelAtom;
import hudson.slaves.Cloud;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What Jenkins does with one of our clouds, step by step, as upstream does it (Queue,
 * NodeProvisioner with our no-delay strategy, SlaveComputer's launch, ComputerListener.onOnline,
 * the executor's taskAccepted and taskCompleted, and our one-shot retention), reduced to the calls
 * that reach our code. The real Jenkins cannot run here; this model keeps its order.
 */
final class JenkinsModel implements AutoCloseable {

    /** One build step's worker, from provisioning to termination. */
    final class Agent {
        final WorkerSession session;
        final List<String> agentLog = new CopyOnWriteArrayList<>();
        final CompletableFuture<Void> launched;

        Agent(WorkerSession session, Duration connectWithin) {
            this.session = session;
            // SlaveComputer._connect runs the launcher on Computer.threadPoolForRemoting
            session.attach(agentLog::add);
            this.launched = CompletableFuture.runAsync(() -> {
                try {
                    session.awaitAgent(connectWithin);
                } catch (WorkerFailedException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, remoting);
        }

        /** The agent in the pod connected: ComputerListener.onOnline. */
        void connects() {
            session.agentConnected();
        }

        /** The executor took the step (taskAccepted), ran it, and it ended (taskCompleted): one-shot. */
        void runsItsStep() {
            session.taskAccepted();
            session.release();
        }
    }

    private final DynamicWorkerPoolsCloud cloud;
    private final ExecutorService remoting = Executors.newCachedThreadPool();

    JenkinsModel(DynamicWorkerPoolsCloud cloud) {
        this.cloud = cloud;
    }

    /**
     * A step for {@code label} becomes buildable: our queue listener asks for a review, and our
     * strategy provisions one worker for it at once; empty when the cloud does not serve the label.
     */
    Optional<Agent> stepWaitsFor(String label, Duration connectWithin) {
        Label atom = new LabelAtom(label);
        if (!cloud.canProvision(new Cloud.CloudState(atom, 0))) {
            return Optional.empty();
        }
        List<WorkerSession> sessions = cloud.requestWorkers(atom, 1);
        return sessions.stream().findFirst().map(session -> new Agent(session, connectWithin));
    }

    /** Why the queue listener fails a step for {@code label} at once, if it does. */
    Optional<String> refusalFor(String label) {
        return cloud.refusal(new LabelAtom(label));
    }

    @Override
    public void close() {
        remoting.shutdownNow();
    }
}
