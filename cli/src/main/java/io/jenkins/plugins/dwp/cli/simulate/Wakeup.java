package io.jenkins.plugins.dwp.cli.simulate;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Lets the thread that waits for the cluster to settle sleep until something happens: a pod
 * change made by the server or a step of the engine's progress wakes it at once. A wake-up that
 * comes between a look and the nap is not lost: the nap returns at once.
 */
final class Wakeup {

    private final AtomicLong wakes = new AtomicLong();
    private volatile Thread sleeper;

    /** Wakes the waiting thread, if one sleeps, or keeps the next nap from sleeping. */
    void wake() {
        wakes.incrementAndGet();
        Thread waiting = sleeper;
        if (waiting != null) {
            LockSupport.unpark(waiting);
        }
    }

    /** How many wake-ups there have been: what a look saw, to give to {@link #napUnlessWokenSince}. */
    long wakes() {
        return wakes.get();
    }

    /** Sleeps at most {@code nanos}, or until woken; not at all when woken since {@code seen} was read. */
    void napUnlessWokenSince(long seen, long nanos) {
        sleeper = Thread.currentThread();
        try {
            if (wakes.get() == seen) {
                LockSupport.parkNanos(this, nanos);
            }
        } finally {
            sleeper = null;
        }
    }
}
