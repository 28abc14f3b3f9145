package io.jenkins.plugins.dwp.cli.simulate;

import io.jenkins.plugins.dwp.lease.WorkerBroker;
import java.time.Duration;

/**
 * Waits until the cluster has settled after an instant of virtual time: every API call the broker
 * started has ended, and the broker has handled every pod event the server sent (the simulated
 * kubelet hears of pods as the store changes them, so it is never behind). Only then may the
 * clock move, so that whatever an instant causes happens at that instant, whichever threads carry
 * it; this is what makes a replay repeat exactly.
 *
 * <p>The waiter sleeps until the store changes a pod or the broker tells of its progress. It asks
 * the broker's own thread (a hand-off each way) once, at the start: that answer covers whatever
 * the simulation handed the broker before. From then on what the broker tells is enough: once it
 * tells of at least the calls started by that answer, all ended, and of every pod event the store
 * has sent, handled, nothing set off is still to come. What it told before the answer may be
 * stale, which the calls started show: their count only grows.
 */
final class Settling {

    /** How long nothing may move before the simulation gives up: a watchdog, not a rule of the simulation. */
    private static final long PATIENCE_NANOS = Duration.ofSeconds(60).toNanos();
    /** The longest nap between looks: pod changes and the engine's progress wake the waiter sooner. */
    private static final long NAP_NANOS = Duration.ofMillis(10).toNanos();

    private final EmbeddedApi api;
    private final WorkerBroker broker;
    private final Wakeup wakeup;
    /** What the broker last told of its progress, on its thread. */
    private volatile WorkerBroker.Progress told;

    Settling(EmbeddedApi api, WorkerBroker broker, Wakeup wakeup) {
        this.api = api;
        this.broker = broker;
        this.wakeup = wakeup;
        broker.onProgress(progress -> {
            told = progress;
            wakeup.wake();
        });
    }

    /** Returns once everything set off so far is done and told to whoever watches. */
    void await() throws InterruptedException {
        long since = System.nanoTime();
        long lastSeen = -1;
        WorkerBroker.Progress asked = null;
        while (true) {
            long wakes = wakeup.wakes();
            long events = api.podEvents();
            if (asked == null) {
                asked = broker.progress();
                if (settled(asked, events) && api.podEvents() == events) {
                    return;
                }
                // Read again: an event sent after the first read may be handled already, and is no fault.
                long sent = api.podEvents();
                if (asked.podEventsHandled() > sent) {
                    throw new SimulationStalled("the engine handled " + asked.podEventsHandled() + " pod events where"
                            + " the embedded API server sent " + sent);
                }
            } else {
                WorkerBroker.Progress seen = told;
                if (seen != null && seen.callsStarted() >= asked.callsStarted() && settled(seen, events)
                        && api.podEvents() == events) {
                    return;
                }
            }
            if (events != lastSeen) {
                lastSeen = events;
                since = System.nanoTime();
            } else if (System.nanoTime() - since > PATIENCE_NANOS) {
                throw new SimulationStalled("nothing moved for a minute: the engine has " + broker.progress()
                        + " and the server sent " + events + " pod events");
            }
            wakeup.napUnlessWokenSince(wakes, NAP_NANOS);
        }
    }

    private static boolean settled(WorkerBroker.Progress progress, long podEvents) {
        return progress.calm() && progress.podEventsHandled() == podEvents;
    }
}
