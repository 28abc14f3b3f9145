package io.jenkins.plugins.dwp.cli.simulate;

import io.jenkins.plugins.dwp.lease.Lease;
import io.jenkins.plugins.dwp.lease.LeaseState;
import io.jenkins.plugins.dwp.lease.LeaseTransition;
import io.jenkins.plugins.dwp.lease.WorkerBroker;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Plays Jenkins for the workload's steps: asks the broker for a worker when a step comes, starts
 * the step on it once it runs, releases it when the step ends, and leaves it alone when the build
 * went away. Lease moves are heard on the broker's thread and acted on by the simulation's.
 */
final class SimulatedJenkins {

    private record Move(int step, LeaseTransition transition) {
    }

    private final WorkerBroker broker;
    private final List<StepRun> runs;
    private final Map<String, Integer> stepByLease = new HashMap<>();
    private final Queue<Move> moves = new ConcurrentLinkedQueue<>();
    private int waiting;
    private int ended;

    SimulatedJenkins(WorkerBroker broker, List<WorkloadStep> steps) {
        this.broker = broker;
        this.runs = steps.stream().map(StepRun::new).toList();
    }

    List<StepRun> runs() {
        return runs;
    }

    /** Step {@code index} asks for a worker. */
    void request(int index, Duration now) {
        StepRun run = runs.get(index);
        Lease lease = broker.request(run.step().label(), run.step().id(), (l, t) -> moves.add(new Move(index, t)));
        run.requested(now, lease.id());
        stepByLease.put(lease.id(), index);
        waiting++;
    }

    /** The index of the step whose lease is {@code leaseId}. */
    Optional<Integer> indexOfLease(String leaseId) {
        return Optional.ofNullable(stepByLease.get(leaseId));
    }

    /** Acts on the lease moves heard since the last call: starts steps on running workers, notes failures. */
    void react(Duration now, Agenda agenda) {
        Move move;
        while ((move = moves.poll()) != null) {
            int index = move.step();
            StepRun run = runs.get(index);
            LeaseTransition transition = move.transition();
            if (run.moved(transition.to())) {
                waiting--;
            }
            if (transition.to() == LeaseState.RUNNING) {
                run.running(now);
                if (run.step().abandon()) {
                    ended(run.served());
                } else {
                    broker.busy(run.leaseId());
                    agenda.add(now.plus(run.step().duration()), Agenda.Kind.RELEASE, index, () -> release(index));
                }
            } else if (transition.to() == LeaseState.FAILED) {
                ended(run.failed(transition.reason()));
            }
        }
    }

    private void release(int index) {
        StepRun run = runs.get(index);
        if (run.outcome().isEmpty()) {
            broker.release(run.leaseId());
            ended(run.served());
        }
    }

    private void ended(boolean now) {
        if (now) {
            ended++;
        }
    }

    /** How many steps wait for a pod: the pool's cap is reached, or their pod is not made yet. */
    int queued() {
        return waiting;
    }

    boolean allEnded() {
        return ended == runs.size();
    }
}
