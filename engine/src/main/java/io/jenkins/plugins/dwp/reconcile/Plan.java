package io.jenkins.plugins.dwp.reconcile;

import java.time.Instant;
import java.util.List;

/**
 * What reconciling would do, as a value: printed by {@code dwp plan}, tested, then applied.
 *
 * @param at the instant the plan was made for
 * @param actions every action, pods in the order they are due
 */
public record Plan(Instant at, List<PlanAction> actions) {

    /** Copies the actions so the plan cannot change. */
    public Plan {
        actions = List.copyOf(actions);
    }

    /** Whether there is nothing to do. */
    public boolean isEmpty() {
        return actions.isEmpty();
    }
}
