package io.jenkins.plugins.dwp.bench;

import io.jenkins.plugins.dwp.lease.Lease;
import io.jenkins.plugins.dwp.lease.LeaseListener;
import io.jenkins.plugins.dwp.lease.LeaseState;
import io.jenkins.plugins.dwp.lease.LeaseTransition;
import io.jenkins.plugins.dwp.lease.WorkerBroker;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One requester's view of its lease: when it runs, and how it ends. */
final class StepListener implements LeaseListener {

    private static final long TIMEOUT_SECONDS = 60;

    private final CompletableFuture<LeaseState> running = new CompletableFuture<>();
    private final CompletableFuture<LeaseState> done = new CompletableFuture<>();
    private volatile LeaseTransition last;

    @Override
    public void onTransition(Lease lease, LeaseTransition transition) {
        last = transition;
        if (transition.to() == LeaseState.RUNNING || transition.to().isFinal()) {
            running.complete(transition.to());
        }
        if (transition.to().isFinal()) {
            done.complete(transition.to());
        }
    }

    /** Requests a worker of {@code pool} and waits until it runs. */
    static Lease runningWorker(WorkerBroker broker, String pool, StepListener listener)
            throws InterruptedException, ExecutionException, TimeoutException {
        Lease lease = broker.request(pool, "bench", listener);
        LeaseState started = listener.running.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (started != LeaseState.RUNNING) {
            throw new IllegalStateException("lease " + lease.id() + " ended " + started + " before it ran: " + listener.last);
        }
        return lease;
    }

    /**
     * One whole build step through {@code broker}: a worker of the benchmarks' pool requested and
     * running, busy, released, and its pod's deletion seen.
     */
    static void wholeStep(WorkerBroker broker) throws InterruptedException, ExecutionException, TimeoutException {
        StepListener step = new StepListener();
        Lease lease = runningWorker(broker, BenchBroker.POOL, step);
        broker.busy(lease.id());
        broker.release(lease.id());
        step.awaitGone(lease);
    }

    /** Waits until the lease ends, and checks it ended GONE: its pod's deletion seen. */
    void awaitGone(Lease lease) throws InterruptedException, ExecutionException, TimeoutException {
        LeaseState end = done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (end != LeaseState.GONE) {
            throw new IllegalStateException("lease " + lease.id() + " ended " + end + ": " + last);
        }
    }
}
