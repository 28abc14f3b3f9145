package io.jenkins.plugins.dwp.jenkins;

import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.lease.Lease;
import io.jenkins.plugins.dwp.lease.LeaseListener;
import io.jenkins.plugins.dwp.lease.LeaseState;
import io.jenkins.plugins.dwp.lease.LeaseTransition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * One worker as its Jenkins agent sees it: the engine's lease, the lines worth showing in the agent's
 * log, and the two moments the launcher waits for, the pod running and the agent connected. It hears
 * the engine's transitions as they happen, so nobody polls. Transient: a Jenkins restart makes a new
 * one from the lease the engine adopted.
 */
@Restricted(NoExternalUse.class)
public final class WorkerSession implements LeaseListener {

    private final WorkerRuntime runtime;
    private final Optional<ResolvedPool> pool;
    private final CompletableFuture<Lease> running = new CompletableFuture<>();
    private final CompletableFuture<Lease> connected = new CompletableFuture<>();
    private final List<String> lines = new ArrayList<>();
    private Consumer<String> sink;
    private volatile String leaseId;
    private volatile String podName;

    WorkerSession(WorkerRuntime runtime, Optional<ResolvedPool> pool) {
        this.runtime = runtime;
        this.pool = pool;
    }

    /** A session for a lease the engine already holds in a state past PENDING: its pod runs. */
    static WorkerSession resumed(WorkerRuntime runtime, Lease lease) {
        WorkerSession session = new WorkerSession(runtime, Optional.empty());
        session.bind(lease);
        session.running.complete(lease);
        return session;
    }

    void bind(Lease lease) {
        leaseId = lease.id();
        podName = lease.podName();
    }

    /** The pool the worker was requested from; empty for a session resumed after a restart. */
    public Optional<ResolvedPool> pool() {
        return pool;
    }

    /** The worker's pod, and so its agent's name. */
    public String podName() {
        return podName;
    }

    /** The engine's id of this worker's lease. */
    public String leaseId() {
        return leaseId;
    }

    @Override
    public void onTransition(Lease lease, LeaseTransition transition) {
        String because = transition.reason().isBlank() ? "" : ": " + transition.reason();
        line("pod " + lease.namespace() + "/" + lease.podName() + " " + transition.to().name().toLowerCase() + because);
        if (transition.to() == LeaseState.RUNNING) {
            running.complete(lease);
        } else if (transition.to().isFinal()) {
            WorkerFailedException failure = new WorkerFailedException(lease.podName(),
                    lease.failure().orElse(transition.reason().isBlank() ? transition.to().name().toLowerCase() : transition.reason()));
            running.completeExceptionally(failure);
            connected.completeExceptionally(failure);
        }
    }

    /** The engine says something worth knowing while the pod waits, such as that no node fits it yet. */
    @Override
    public void onNotice(Lease lease, String message) {
        line(message);
    }

    /**
     * Sends every line so far, and each one to come, to {@code log}: the engine may have said a
     * lot before Jenkins starts the agent's launch.
     */
    public void attach(Consumer<String> log) {
        List<String> earlier;
        synchronized (lines) {
            sink = log;
            earlier = List.copyOf(lines);
        }
        earlier.forEach(log);
    }

    private void line(String text) {
        Consumer<String> to;
        synchronized (lines) {
            lines.add(text);
            to = sink;
        }
        if (to != null) {
            to.accept(text);
        }
    }

    /**
     * Waits until the pod runs and then until its agent connects, at most {@code connectWithin}
     * for the agent; the engine itself fails a pod that does not run within its pool's pending
     * timeout, so the first wait ends too.
     *
     * @throws WorkerFailedException when the worker failed or ended first, or its agent did not connect in time
     */
    public void awaitAgent(Duration connectWithin) throws WorkerFailedException, InterruptedException {
        Lease lease = join(running);
        try {
            connected.get(connectWithin.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            String reason = "its agent did not connect within " + connectWithin.toMinutes()
                    + " minutes of the pod running: check that pods reach Jenkins at the cloud's Jenkins URL";
            runtime.release(leaseId);
            throw new WorkerFailedException(lease.podName(), reason);
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    /** The agent connected: the engine counts the worker idle from now until a task starts. */
    public void agentConnected() {
        runtime.idle(leaseId);
        running.thenAccept(connected::complete);
    }

    /** A task took the worker: the idle rule leaves it alone. */
    public void taskAccepted() {
        runtime.busy(leaseId);
    }

    /** The requester is done: the engine deletes the pod. */
    public void release() {
        runtime.release(leaseId);
    }

    private Lease join(CompletableFuture<Lease> future) throws WorkerFailedException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    private WorkerFailedException unwrap(ExecutionException e) {
        return e.getCause() instanceof WorkerFailedException failed ? failed
                : new WorkerFailedException(podName, String.valueOf(e.getCause()));
    }
}
