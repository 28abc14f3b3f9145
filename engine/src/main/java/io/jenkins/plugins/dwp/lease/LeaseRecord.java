package io.jenkins.plugins.dwp.lease;

import io.jenkins.plugins.dwp.kube.WorkerIdentity;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The broker's mutable record of one lease; only ever touched on the broker's thread. */
final class LeaseRecord {

    private final WorkerIdentity identity;
    private final String requester;
    private final LeaseListener listener;
    private final Map<LeaseState, Instant> times = new EnumMap<>(LeaseState.class);
    private LeaseState state;
    private Instant idleSince;
    private Optional<String> failure = Optional.empty();
    private boolean seen;
    private String lastNotice = "";

    LeaseRecord(WorkerIdentity identity, String requester, LeaseListener listener, LeaseState initial, Instant at) {
        this.identity = identity;
        this.requester = requester;
        this.listener = listener;
        this.state = initial;
        this.idleSince = at;
        times.put(initial, at);
    }

    WorkerIdentity identity() {
        return identity;
    }

    String id() {
        return identity.leaseId();
    }

    String pool() {
        return identity.poolName();
    }

    LeaseState state() {
        return state;
    }

    Instant since() {
        return times.get(state);
    }

    /** When the worker last stopped being busy, or started running: where the idle rule counts from. */
    Instant idleSince() {
        return idleSince;
    }

    /** Whether the informer has shown its pod: until then a missing pod is not news. */
    boolean seen() {
        return seen;
    }

    void seen(boolean now) {
        seen = now;
    }

    /** Moves the lease and tells its requester; a final lease does not move again. */
    void moveTo(LeaseState next, Instant at, String reason) {
        if (state.isFinal() || state == next) {
            return;
        }
        LeaseState from = state;
        state = next;
        times.put(next, at);
        if (next == LeaseState.RUNNING || next == LeaseState.IDLE) {
            idleSince = at;
        }
        if (next == LeaseState.FAILED) {
            failure = Optional.of(reason);
        }
        listener.onTransition(snapshot(), new LeaseTransition(from, next, at, reason));
    }

    /** Tells the requester {@code message}, unless it was the last thing told. */
    void notice(String message) {
        if (!state.isFinal() && !message.equals(lastNotice)) {
            lastNotice = message;
            listener.onNotice(snapshot(), message);
        }
    }

    Lease snapshot() {
        return new Lease(identity.leaseId(), identity.poolName(), requester, identity.podName(), identity.namespace(),
                state, times, failure);
    }
}
