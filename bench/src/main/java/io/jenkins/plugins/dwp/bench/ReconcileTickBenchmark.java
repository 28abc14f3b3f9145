package io.jenkins.plugins.dwp.bench;

import io.jenkins.plugins.dwp.reconcile.Plan;
import io.jenkins.plugins.dwp.reconcile.PlanAction;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The real {@code WorkerBroker.tick()} of a broker holding {@code leases} adopted, idle workers
 * (see {@link AdoptedLeases}), called from another thread as a periodic task calls it: once with
 * nothing due, and once with 1% of the workers past their lifetime at every tick. What a tick
 * sets off on the broker's API threads (the deletes) and the watch events that follow are waited
 * for between ticks, outside the time measured, so that every tick starts from the same state.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// 100,000 adopted pods take about 1 GB, and reading their 270 MB list needs as much again for a while.
@Fork(value = 2, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class ReconcileTickBenchmark {

    /** Live leases the broker holds. */
    @Param({"1000", "10000", "100000"})
    public int leases;

    private AdoptedLeases adopted;
    private Plan lastPlan;
    private long deletesExpected;

    /** Adopts the workers and checks that a tick at the start has nothing to do. */
    @Setup(Level.Trial)
    public void adopt() {
        adopted = AdoptedLeases.start(leases);
        Plan plan = adopted.broker().tick();
        if (!plan.actions().isEmpty()) {
            throw new IllegalStateException("a tick with nothing due planned " + plan.actions().size() + " actions");
        }
        deletesExpected = adopted.deletes();
    }

    /** Stops the broker and its server. */
    @TearDown(Level.Trial)
    public void stop() {
        adopted.close();
    }

    /** A tick with nothing due: the clock stands still. */
    @Benchmark
    public Plan tickNothingToDo() {
        return adopted.broker().tick();
    }

    /** A tick that finds 1% of the workers past their lifetime: 1% of the leases reaped, their pods deleted. */
    @Benchmark
    public Plan tickOnePercentToReap(Reaping reaping) {
        lastPlan = adopted.broker().tick();
        return lastPlan;
    }

    /** Moves the clock before each reaping tick, and checks and settles what the tick did after it. */
    @State(Scope.Thread)
    public static class Reaping {

        /** Moves the clock on by one group of lifetimes. */
        @Setup(Level.Invocation)
        public void nextGroupDue(ReconcileTickBenchmark benchmark) {
            benchmark.adopted.clock().advance(AdoptedLeases.STEP);
        }

        /** Checks that the tick deleted 1% of the workers, and waits for the deletes and their watch events. */
        @TearDown(Level.Invocation)
        public void settle(ReconcileTickBenchmark benchmark) {
            int due = benchmark.leases / AdoptedLeases.GROUPS;
            long deletes = benchmark.lastPlan.actions().stream().filter(PlanAction.DeletePod.class::isInstance).count();
            if (deletes != due || benchmark.lastPlan.actions().size() != due) {
                throw new IllegalStateException("a tick with " + due + " workers past their lifetime planned "
                        + benchmark.lastPlan.actions().size() + " actions, " + deletes + " of them deletes");
            }
            benchmark.deletesExpected += due;
            benchmark.adopted.awaitDeletedAndReplaced(benchmark.deletesExpected);
        }
    }
}
