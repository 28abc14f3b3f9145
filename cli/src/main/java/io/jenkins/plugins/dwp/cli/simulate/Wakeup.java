package io.jenkins.plugins.dwp.cli.simulate;

import java.util.concurrent.locks.LockSupport;

/**
 * Lets the thread that waits for the cluster to settle sleep until something happens: a pod
 * event sent by the server or received by the kubelet wakes it at once; what nothing announces
 * (an API call of the engine ending) it finds by looking again after a short nap.
 */
final class Wakeup {

    private volatile Thread sleeper;

    /** Wakes the waiting thread, if one sleeps. */
    void wake() {
        Thread waiting = sleeper;
        if (waiting != null) {
            LockSupport.unpark(waiting);
        }
    }

    /** Sleeps at most {@code nanos}, or until woken. */
    void nap(long nanos) {
        sleeper = Thread.currentThread();
        LockSupport.parkNanos(this, nanos);
        sleeper = null;
    }
}
