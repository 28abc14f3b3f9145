package io.jenkins.plugins.dwp.lease;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A lease as it stands: one worker for one requester, identified by a unique id that also names
 * its pod.
 *
 * @param id the lease id
 * @param pool the pool the worker comes from
 * @param requester who asked, like a Jenkins queue item
 * @param podName the name of its pod, also the agent's name
 * @param namespace the namespace of its pod
 * @param state where it is now
 * @param times when it entered each state it has been in
 * @param failure why it failed, when it did
 */
public record Lease(
        String id,
        String pool,
        String requester,
        String podName,
        String namespace,
        LeaseState state,
        Map<LeaseState, Instant> times,
        Optional<String> failure) {

    /** Copies the times so the value cannot change. */
    public Lease {
        times = Collections.unmodifiableMap(times.isEmpty() ? new EnumMap<>(LeaseState.class) : new EnumMap<>(times));
    }

    /** When the lease entered its current state. */
    public Instant since() {
        return times.get(state);
    }
}
