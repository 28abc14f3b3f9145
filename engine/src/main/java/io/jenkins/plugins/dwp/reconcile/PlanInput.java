package io.jenkins.plugins.dwp.reconcile;

import io.jenkins.plugins.dwp.config.PoolSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Everything one plan is made from; the planner reads nothing else, not even a clock.
 *
 * @param now the instant the plan is made for
 * @param controllerId the controller planning, whose leases {@code leases} are; empty for
 *     {@code dwp plan} and {@code dwp apply}, which run without Jenkins and hold no leases
 * @param pools the pools, and through them the image catalog
 * @param workers every worker pod observed, of any controller
 * @param leases this controller's leases by id; pass a lease only once its pod has been observed
 *     (or while it is {@code REQUESTED}), else a pod the watch has not delivered yet looks vanished
 * @param controllerAlive whether a controller, by id, has renewed its heartbeat
 * @param orphanGrace how old a pod of this controller with no lease must be before it is an orphan:
 *     after a restart, a pod may be seen before its lease is recorded again
 */
public record PlanInput(
        Instant now,
        Optional<String> controllerId,
        PoolSet pools,
        Collection<ObservedWorker> workers,
        Map<String, LeaseView> leases,
        Predicate<String> controllerAlive,
        Duration orphanGrace) {

    /** Copies the collections so the input cannot change while it is planned. */
    public PlanInput {
        workers = List.copyOf(workers);
        leases = Map.copyOf(leases);
    }

    /** Whether {@code worker} was made by the controller planning. */
    public boolean owns(ObservedWorker worker) {
        return controllerId.filter(worker.controllerId()::equals).isPresent();
    }
}
