package io.jenkins.plugins.dwp.reconcile;

import io.jenkins.plugins.dwp.lease.LeaseState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what reconciling would do: observed worker pods and this controller's leases in, a
 * {@link Plan} out. A pure function of its input, so that {@code dwp plan} prints exactly what
 * a controller would apply, and tests need no cluster and no clock.
 *
 * <p>Each pod gets at most one {@link PlanAction.DeletePod}, from the first matching rule of
 * {@link WorkerRules}; a pod already being deleted gets none. A lease whose requester must learn
 * why its worker is lost gets a {@link PlanAction.FailLease}. Actions come in the order they fell
 * due, then by pod name; a lease is failed before its pod is deleted, so that the step reports the
 * reason rather than a lost agent.
 */
public final class Planner {

    private static final Set<LeaseState> EXPECTING_A_POD = Set.of(LeaseState.PENDING, LeaseState.RUNNING,
            LeaseState.BUSY, LeaseState.IDLE);

    private static final Comparator<Scheduled> ORDER = Comparator.comparing(Scheduled::due)
            .thenComparing(Scheduled::name)
            .thenComparing(Scheduled::namespace)
            .thenComparingInt(Scheduled::rank)
            .thenComparing(s -> s.action().describe());

    private Planner() {
    }

    /** The plan for {@code input}. */
    public static Plan plan(PlanInput input) {
        WorkerRules rules = new WorkerRules(input);
        List<Scheduled> actions = new ArrayList<>();
        Set<String> leasesWithPods = new HashSet<>();
        for (ObservedWorker worker : input.workers()) {
            Optional<LeaseView> lease = rules.leaseOf(worker);
            lease.ifPresent(l -> leasesWithPods.add(worker.leaseId()));
            Optional<Verdict> verdict = rules.judge(worker);
            if (worker.deleting()) {
                deleting(input, worker, lease, verdict).ifPresent(actions::add);
            } else {
                verdict.ifPresent(v -> reap(worker, lease, v, actions));
            }
        }
        input.leases().forEach((id, lease) -> {
            if (!leasesWithPods.contains(id) && EXPECTING_A_POD.contains(lease.state())) {
                actions.add(new Scheduled(input.now(), lease.leaseId(), "", 0, new PlanAction.FailLease(lease.leaseId(),
                        "its pod vanished while the lease was " + lease.state().name().toLowerCase(Locale.ROOT)
                                + ": it was deleted by someone else (kubectl, a node drain) or its node was lost")));
            }
        });
        actions.sort(ORDER);
        return new Plan(input.now(), actions.stream().map(Scheduled::action).toList());
    }

    /**
     * When {@code worker} next needs judging, as {@code input} stands: a rule's due time, or now
     * when something already calls for it; empty when only an event can change that.
     */
    public static Optional<Instant> nextCheck(PlanInput input, ObservedWorker worker) {
        return new WorkerRules(input).nextCheck(worker);
    }

    private static void reap(ObservedWorker worker, Optional<LeaseView> lease, Verdict verdict, List<Scheduled> actions) {
        Optional<LeaseView> held = lease.filter(LeaseView::held);
        if (held.isPresent() && verdict.failure().isPresent()) {
            actions.add(scheduled(verdict.due(), worker, 0, new PlanAction.FailLease(held.get().leaseId(), verdict.failure().get())));
        }
        actions.add(scheduled(verdict.due(), worker, 1, new PlanAction.DeletePod(worker, verdict.reason(), verdict.detail())));
    }

    /**
     * A pod someone already deletes gets no second delete; a requester still holding it learns the
     * rule's words if a rule applies (another reconciler may have acted on it), else who deleted it.
     */
    private static Optional<Scheduled> deleting(PlanInput input, ObservedWorker worker, Optional<LeaseView> lease,
            Optional<Verdict> verdict) {
        Optional<LeaseView> held = lease.filter(LeaseView::held);
        if (held.isEmpty() || (verdict.isPresent() && verdict.get().failure().isEmpty())) {
            return Optional.empty();
        }
        String reason = verdict.flatMap(Verdict::failure).orElse("its pod " + worker.podName()
                + " is being deleted by someone else (kubectl, a node drain, an eviction)");
        Instant due = verdict.map(Verdict::due).orElse(input.now());
        return Optional.of(scheduled(due, worker, 0, new PlanAction.FailLease(held.get().leaseId(), reason)));
    }

    private static Scheduled scheduled(Instant due, ObservedWorker worker, int rank, PlanAction action) {
        return new Scheduled(due, worker.podName(), worker.namespace(), rank, action);
    }

    /**
     * An action with what orders it.
     *
     * @param rank 0 for failing a lease, 1 for deleting its pod: the requester hears the reason first
     */
    private record Scheduled(Instant due, String name, String namespace, int rank, PlanAction action) {
    }
}
