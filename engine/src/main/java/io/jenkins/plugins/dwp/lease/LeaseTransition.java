package io.jenkins.plugins.dwp.lease;

import java.time.Instant;

/**
 * One move of a lease from one state to another.
 *
 * @param from the state it left
 * @param to the state it entered
 * @param at when
 * @param reason why, for people: empty for the ordinary moves, the Kubernetes reason and events for a failure
 */
public record LeaseTransition(LeaseState from, LeaseState to, Instant at, String reason) {
}
