package io.jenkins.plugins.dwp.reconcile;

import io.jenkins.plugins.dwp.catalog.CatalogImage;
import io.jenkins.plugins.dwp.catalog.LifecycleState;
import io.jenkins.plugins.dwp.config.Pool;
import io.jenkins.plugins.dwp.config.PoolFields;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.lease.LeaseState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The reaping rules, applied to one worker at a time. A worker gets the verdict of the first rule
 * that matches, in this order:
 * <ol>
 * <li>lifetime: the one hard guarantee, for every pod of every controller, mid-step too; first, so
 *     that a step killed by it is told exactly that;</li>
 * <li>problem: Kubernetes says the pod cannot serve; its own reason is the most useful thing a
 *     requester can read, and nothing is gained by waiting;</li>
 * <li>pending: the pod did not start in time; after the problem rule, which already failed every
 *     pod with a reason that will not go away;</li>
 * <li>decommissioned, then idle: both reap a worker no step runs on and tell no one (a new worker
 *     can serve the requester); decommissioned first so that the reason counted is the one an
 *     administrator acts on;</li>
 * <li>completed: the ordinary end, a released lease whose pod is still there or a pod whose
 *     agent exited;</li>
 * <li>orphan: last, for it applies only to pods no lease of this controller holds, where none of
 *     the lease rules can.</li>
 * </ol>
 * Rules 2 to 5 need a lease of the controller planning; pods of other controllers only ever meet
 * the lifetime and orphan rules.
 */
final class WorkerRules {

    private static final Set<LeaseState> NOT_STARTED = Set.of(LeaseState.REQUESTED, LeaseState.PENDING);
    private static final Set<LeaseState> IDLE_COUNTING = Set.of(LeaseState.RUNNING, LeaseState.IDLE);
    /**
     * How long a released worker's pod may still be seen before its delete is sent again: the
     * watch reports a deletion a moment after the call, and a second call in that moment is waste.
     */
    static final Duration DELETE_RETRY = Duration.ofMinutes(1);

    private final PlanInput input;
    private final LocalDate day;

    WorkerRules(PlanInput input) {
        this.input = input;
        this.day = LocalDate.ofInstant(input.now(), ZoneOffset.UTC);
    }

    /** The lease of the controller planning that holds {@code worker}, if any. */
    Optional<LeaseView> leaseOf(ObservedWorker worker) {
        return input.owns(worker) ? Optional.ofNullable(input.leases().get(worker.leaseId())) : Optional.empty();
    }

    /** The first rule, in the order above, that reaps {@code worker}. */
    Optional<Verdict> judge(ObservedWorker worker) {
        Optional<LeaseView> lease = leaseOf(worker);
        return lifetime(worker, lease)
                .or(() -> lease.flatMap(l -> problem(worker, l)))
                .or(() -> lease.flatMap(l -> pending(worker, l)))
                .or(() -> lease.flatMap(l -> decommissioned(worker, l)))
                .or(() -> lease.flatMap(l -> idle(worker, l)))
                .or(() -> lease.flatMap(l -> completed(worker, l)))
                .or(() -> lease.isEmpty() ? orphan(worker) : Optional.empty());
    }

    /**
     * The earliest instant at which a rule could reap {@code worker}, as things stand: a
     * controller re-judges a worker then, or when an event changes it, and leaves it alone in
     * between, so that a tick costs what there is to do, not what there is.
     */
    Optional<Instant> nextCheck(ObservedWorker worker) {
        Optional<LeaseView> lease = leaseOf(worker);
        List<Instant> dues = new ArrayList<>();
        lifetimeDeadline(worker).ifPresent(dues::add);
        if (lease.isPresent() && !lease.get().held()) {
            dues.add(Optional.ofNullable(lease.get().since()).orElse(input.now()).plus(DELETE_RETRY));
        } else if (lease.isPresent()) {
            LeaseView held = lease.get();
            if (actionableProblem(worker).isPresent() || worker.phase() == WorkerPhase.SUCCEEDED
                    || worker.phase() == WorkerPhase.FAILED) {
                dues.add(input.now());
            }
            if (notStarted(worker, held)) {
                dues.add(worker.created().plus(pendingLimit(worker)));
            }
            if (held.state() != LeaseState.BUSY) {
                input.pools().catalog().image(worker.imageId())
                        .flatMap(CatalogImage::decommissionedAfter)
                        .map(last -> last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                        .ifPresent(dues::add);
            }
            if (IDLE_COUNTING.contains(held.state())) {
                dues.add(idleSince(worker, held).plus(idleLimit(worker)));
            }
        } else if (input.owns(worker)) {
            dues.add(worker.created().plus(input.orphanGrace()));
        } else if (!input.controllerAlive().test(worker.controllerId())) {
            dues.add(input.now());
        }
        return dues.stream().min(Comparator.naturalOrder());
    }

    /**
     * When the lifetime rule reaps the worker: by its pool's current limit, or, for a pool this
     * configuration does not know (another controller's, or one since removed), by the deadline
     * written on the pod when it was made.
     */
    private Optional<Instant> lifetimeDeadline(ObservedWorker worker) {
        return poolOf(worker).map(p -> worker.created().plus(Duration.ofHours(p.maxLifetimeHours())))
                .or(worker::lifetimeDeadline);
    }

    private Duration pendingLimit(ObservedWorker worker) {
        return Duration.ofMinutes(poolOf(worker).map(Pool::pendingTimeoutMinutes)
                .orElse(PoolFields.DEFAULT_PENDING_TIMEOUT_MINUTES));
    }

    private Duration idleLimit(ObservedWorker worker) {
        return Duration.ofMinutes(poolOf(worker).map(Pool::idleMinutes).orElse(PoolFields.DEFAULT_IDLE_MINUTES));
    }

    private static Instant idleSince(ObservedWorker worker, LeaseView lease) {
        return Optional.ofNullable(lease.idleSince()).or(() -> Optional.ofNullable(lease.since()))
                .orElse(worker.lastActive());
    }

    private Optional<Verdict> lifetime(ObservedWorker worker, Optional<LeaseView> lease) {
        Optional<Instant> deadline = lifetimeDeadline(worker);
        if (deadline.isEmpty() || input.now().isBefore(deadline.get())) {
            return Optional.empty();
        }
        Duration limit = Duration.between(worker.created(), deadline.get());
        String detail = "alive " + DurationText.hoursAndMinutes(Duration.between(worker.created(), input.now()))
                + ", limit " + DurationText.hours(limit);
        if (lease.filter(l -> l.state() == LeaseState.BUSY).isPresent()) {
            return Optional.of(Verdict.reapAndFail(ReapReason.LIFETIME, deadline.get(), detail,
                    "the worker reached its " + DurationText.hours(limit) + " lifetime mid-step and was deleted"
                            + " (maxLifetimeHours of pool " + worker.poolName()
                            + "); split the step, or raise maxLifetimeHours"));
        }
        return Optional.of(Verdict.reap(ReapReason.LIFETIME, deadline.get(), detail));
    }

    private Optional<Verdict> problem(ObservedWorker worker, LeaseView lease) {
        if (!lease.held() || actionableProblem(worker).isEmpty()) {
            return Optional.empty();
        }
        String problem = worker.problem().get();
        if (notStarted(worker, lease)) {
            return Optional.of(Verdict.reapAndFail(ReapReason.PENDING, input.now(), problem,
                    "pod " + worker.podName() + " could not start: " + problem));
        }
        return Optional.of(Verdict.reapAndFail(ReapReason.COMPLETED, input.now(), problem,
                "pod " + worker.podName() + " stopped: " + problem));
    }

    private Optional<Verdict> pending(ObservedWorker worker, LeaseView lease) {
        if (!lease.held() || !notStarted(worker, lease)) {
            return Optional.empty();
        }
        Duration limit = pendingLimit(worker);
        Instant due = worker.created().plus(limit);
        if (input.now().isBefore(due)) {
            return Optional.empty();
        }
        String why = worker.problem().orElse("Kubernetes gives no reason; see the events of kubectl describe pod "
                + worker.podName() + " -n " + worker.namespace());
        return Optional.of(Verdict.reapAndFail(ReapReason.PENDING, due,
                "pending for " + DurationText.minutes(Duration.between(worker.created(), input.now()))
                        + ", limit " + DurationText.minutes(limit) + worker.problem().map(p -> "; " + p).orElse(""),
                "pod " + worker.podName() + " did not start within " + DurationText.minutes(limit) + ": " + why));
    }

    private Optional<Verdict> decommissioned(ObservedWorker worker, LeaseView lease) {
        if (!lease.held() || lease.state() == LeaseState.BUSY) {
            return Optional.empty();
        }
        Optional<CatalogImage> image = input.pools().catalog().image(worker.imageId())
                .filter(i -> i.stateOn(day) == LifecycleState.DECOMMISSIONED);
        // stateOn says DECOMMISSIONED only when decommissionedAfter is set.
        return image.map(i -> Verdict.reap(ReapReason.DECOMMISSIONED,
                i.decommissionedAfter().orElseThrow().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                "image " + i.id() + " was decommissioned after " + i.decommissionedAfter().orElseThrow()
                        + i.replacement().map(r -> "; its replacement is " + r).orElse("")));
    }

    private Optional<Verdict> idle(ObservedWorker worker, LeaseView lease) {
        if (!IDLE_COUNTING.contains(lease.state())) {
            return Optional.empty();
        }
        Instant idleSince = idleSince(worker, lease);
        Duration limit = idleLimit(worker);
        Instant due = idleSince.plus(limit);
        if (input.now().isBefore(due)) {
            return Optional.empty();
        }
        return Optional.of(Verdict.reap(ReapReason.IDLE, due,
                "idle for " + DurationText.minutes(Duration.between(idleSince, input.now()))
                        + ", limit " + DurationText.minutes(limit)));
    }

    private Optional<Verdict> completed(ObservedWorker worker, LeaseView lease) {
        if (!lease.held()) {
            // A release whose delete did not take: delete again, once the watch had time to tell.
            Instant since = Optional.ofNullable(lease.since()).orElse(input.now());
            if (input.now().isBefore(since.plus(DELETE_RETRY))) {
                return Optional.empty();
            }
            return Optional.of(Verdict.reap(ReapReason.COMPLETED, since,
                    "lease " + lease.leaseId() + " is " + lease.state().name().toLowerCase(Locale.ROOT)
                            + " since " + DurationText.minutes(Duration.between(since, input.now()))
                            + " ago and its pod is still there"));
        }
        if (worker.phase() != WorkerPhase.SUCCEEDED && worker.phase() != WorkerPhase.FAILED) {
            return Optional.empty();
        }
        String phase = worker.phase() == WorkerPhase.SUCCEEDED ? "Succeeded" : "Failed";
        return Optional.of(Verdict.reapAndFail(ReapReason.COMPLETED, input.now(), "pod ended (phase " + phase + ")",
                "pod " + worker.podName() + " ended (phase " + phase + "): its agent exited before the step was done"));
    }

    private Optional<Verdict> orphan(ObservedWorker worker) {
        if (input.owns(worker)) {
            Instant due = worker.created().plus(input.orphanGrace());
            if (input.now().isBefore(due)) {
                return Optional.empty();
            }
            return Optional.of(Verdict.reap(ReapReason.ORPHAN, due, "no lease of controller " + worker.controllerId()
                    + " holds it, " + DurationText.brief(Duration.between(worker.created(), input.now()))
                    + " after it was created (grace " + DurationText.brief(input.orphanGrace()) + ")"));
        }
        if (input.controllerAlive().test(worker.controllerId())) {
            return Optional.empty();
        }
        return Optional.of(Verdict.reap(ReapReason.ORPHAN, input.now(),
                "controller " + worker.controllerId() + " has not renewed its heartbeat"));
    }

    /** The pod's problem, unless it is one that waits for the pending timeout (and so for the pending rule). */
    private static Optional<String> actionableProblem(ObservedWorker worker) {
        return worker.problem()
                .filter(p -> worker.phase() != WorkerPhase.PENDING || !PodProblems.waitsForPendingTimeout(p));
    }

    /** Whether the worker has yet to run: its lease says so, or its pod does. */
    private static boolean notStarted(ObservedWorker worker, LeaseView lease) {
        return NOT_STARTED.contains(lease.state()) || worker.phase() == WorkerPhase.PENDING;
    }

    private Optional<Pool> poolOf(ObservedWorker worker) {
        return input.pools().pool(worker.poolName()).map(ResolvedPool::pool);
    }
}
