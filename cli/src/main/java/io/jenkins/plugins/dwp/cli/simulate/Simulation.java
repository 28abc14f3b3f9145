package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.Watcher;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.kube.WorkerMetadata;
import io.jenkins.plugins.dwp.lease.LeaseIds;
import io.jenkins.plugins.dwp.lease.WorkerBroker;
import io.jenkins.plugins.dwp.metrics.WorkerMetrics;
import io.jenkins.plugins.dwp.time.ManualClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.random.RandomGeneratorFactory;

/**
 * Replays a workload on the embedded Kubernetes API with the real engine: a {@link WorkerBroker}
 * on a virtual clock, a simulated kubelet, and Jenkins played by the workload's steps.
 *
 * <p>Virtual time moves from instant to instant: whatever is due (pods starting, steps ending,
 * steps asking), and every virtual minute a reconcile tick, as the plugin's periodic work does.
 * The engine acts on pod events and releases at once by itself; ticks apply the rules of time
 * (idle, lifetime, pending). Between instants the cluster {@linkplain Settling settles}, so the
 * same files always give the same result.
 */
public final class Simulation {

    /** The controller the simulated Jenkins is. */
    static final String CONTROLLER = "simulate";
    private static final Duration TICK = Duration.ofMinutes(1);
    /** Nothing in a simulation depends on it: its own controller is alive to itself; renewed rarely to save calls. */
    private static final Duration HEARTBEAT = Duration.ofMinutes(30);
    /** A million calls a second, so never paced: a pace in wall-clock time means nothing in virtual time. */
    private static final int UNPACED = 1_000_000;
    /** Keeps lease ids apart from the workload's own draws, which use the seed as it is. */
    private static final long LEASE_ID_SALT = 0x5DEECE66DL;

    private final PoolSet pools;
    private final Workload workload;
    private final Instant start;
    private final String namespace;

    /**
     * @param pools the pools the engine serves
     * @param workload the steps to replay
     * @param start the virtual instant the replay starts at, which decides image lifecycles
     * @param namespace the cloud's namespace, for pools without one of their own
     */
    public Simulation(PoolSet pools, Workload workload, Instant start, String namespace) {
        this.pools = pools;
        this.workload = workload;
        this.start = start;
        this.namespace = namespace;
    }

    /**
     * Replays the workload.
     *
     * @param progress told, now and then, the share of the planned virtual time done
     * @throws SimulationStalled if the embedded cluster could not be followed
     * @throws InterruptedException if the thread was interrupted while the cluster settled
     */
    public SimulationResult run(DoubleConsumer progress) throws InterruptedException {
        ManualClock clock = new ManualClock(start);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Wakeup wakeup = new Wakeup();
        try (EmbeddedApi api = new EmbeddedApi(wakeup);
                GarbageCollector collector = new GarbageCollector(api.store())) {
            SimulatedKubelet kubelet = new SimulatedKubelet(api.store(), api.client().getKubernetesSerialization());
            WorkerBroker broker = WorkerBroker.start(api.client(),
                    new WorkerBroker.Settings(CONTROLLER, namespace, new AgentConnection("http://jenkins:8080/", true),
                            Duration.ofMinutes(5), HEARTBEAT, 1000, UNPACED),
                    pools, clock, agent -> "simulated",
                    new LeaseIds(RandomGeneratorFactory.of(WorkloadReader.RANDOM_ALGORITHM)
                            .create(workload.seed() ^ LEASE_ID_SALT)),
                    new WorkerMetrics(registry));
            try {
                Replay replay = new Replay(clock, api, kubelet, collector, broker, registry, wakeup);
                SimulationResult result = replay.run(progress);
                collector.finish();
                return result;
            } finally {
                broker.close();
            }
        }
    }

    private List<String> poolNames() {
        return pools.pools().stream().map(p -> p.pool().name()).toList();
    }

    /** One replay's moving parts and the loop over instants. */
    private final class Replay {
        private final ManualClock clock;
        private final SimulatedKubelet kubelet;
        private final GarbageCollector collector;
        private final WorkerBroker broker;
        private final SimpleMeterRegistry registry;
        private final Settling settling;
        private final SimulatedJenkins jenkins;
        private final Agenda agenda = new Agenda();
        private final PodLedger ledger = new PodLedger(poolNames());
        private final Timeline timeline;
        private final Duration planned;
        private final Duration giveUp;
        private final Duration longestLifetime;

        Replay(ManualClock clock, EmbeddedApi api, SimulatedKubelet kubelet, GarbageCollector collector,
                WorkerBroker broker, SimpleMeterRegistry registry, Wakeup wakeup) {
            this.clock = clock;
            this.kubelet = kubelet;
            this.collector = collector;
            this.broker = broker;
            this.registry = registry;
            this.settling = new Settling(api, broker, wakeup);
            this.jenkins = new SimulatedJenkins(broker, workload.steps());
            Duration end = Duration.ZERO;
            Duration busy = Duration.ZERO;
            for (WorkloadStep step : workload.steps()) {
                Duration done = step.at().plus(step.podStartup()).plus(step.duration());
                end = end.compareTo(done) < 0 ? done : end;
                busy = busy.plus(step.podStartup()).plus(step.duration());
            }
            this.planned = end;
            this.timeline = new Timeline(end, poolNames());
            this.longestLifetime = Duration.ofHours(pools.pools().stream()
                    .mapToInt(p -> p.pool().maxLifetimeHours()).max().orElse(0))
                    .plus(Duration.ofMinutes(pools.pools().stream()
                            .mapToInt(p -> p.pool().pendingTimeoutMinutes()).max().orElse(0)));
            // Only a broken engine gets here: every step is served within its own time, a lifetime and a day.
            this.giveUp = end.plus(busy).plus(longestLifetime).plus(Duration.ofDays(1));
        }

        SimulationResult run(DoubleConsumer progress) throws InterruptedException {
            List<StepRun> runs = jenkins.runs();
            for (int i = 0; i < runs.size(); i++) {
                int index = i;
                agenda.add(runs.get(i).step().at(), Agenda.Kind.REQUEST, i, () -> jenkins.request(index, Duration.between(start, clock.instant())));
            }
            Duration nextTick = Duration.ZERO;
            Duration drainedBy = null;
            Duration now;
            while (true) {
                Duration tick = nextTick;
                now = agenda.next().filter(due -> due.compareTo(tick) < 0).orElse(tick);
                clock.set(start.plus(now));
                instant(now, now.equals(nextTick));
                ledger.settledAt();
                if (now.equals(timeline.next())) {
                    timeline.sample(ledger.liveByPool(), jenkins.queued(), ReapCounts.of(registry));
                }
                if (now.equals(nextTick)) {
                    nextTick = nextTick.plus(TICK);
                    progress.accept(Math.min(1, (double) now.toSeconds() / Math.max(1, planned.toSeconds())));
                }
                if (jenkins.allEnded()) {
                    drainedBy = drainedBy == null ? now.plus(longestLifetime).plus(TICK) : drainedBy;
                    if (ledger.live() == 0 || now.compareTo(drainedBy) >= 0) {
                        break;
                    }
                } else if (now.compareTo(giveUp) >= 0) {
                    break;
                }
            }
            while (!timeline.covers(now)) {
                timeline.sample(ledger.liveByPool(), jenkins.queued(), ReapCounts.of(registry));
            }
            return result(now);
        }

        /**
         * Does everything due at {@code now}, settling after each round, until nothing more is due;
         * on the minute, a reconcile tick follows.
         */
        private void instant(Duration now, boolean tick) throws InterruptedException {
            boolean ticked = !tick;
            while (true) {
                for (Agenda.Item item : agenda.takeDue(now)) {
                    item.action().run();
                }
                settling.await();
                react(now);
                if (agenda.next().filter(next -> next.compareTo(now) <= 0).isPresent()) {
                    continue;
                }
                if (ticked) {
                    return;
                }
                broker.tick();
                ticked = true;
            }
        }

        private void react(Duration now) {
            for (KubeletEvent event : kubelet.takeEvents()) {
                Pod pod = event.pod();
                if (event.action() == Watcher.Action.ADDED) {
                    ledger.added(pod, now);
                    String lease = pod.getMetadata().getLabels().get(WorkerMetadata.LEASE);
                    jenkins.indexOfLease(lease).ifPresent(index -> {
                        WorkloadStep step = jenkins.runs().get(index).step();
                        String key = PodLedger.key(pod);
                        agenda.add(now.plus(step.podStartup()), Agenda.Kind.POD_START, index,
                                () -> ledger.alive(key).ifPresent(p -> kubelet.start(p, step.problem())));
                    });
                } else if (event.action() == Watcher.Action.DELETED) {
                    ledger.deleted(pod, now);
                    collector.collect(pod);
                }
            }
            jenkins.react(now, agenda);
        }

        private SimulationResult result(Duration end) {
            List<SimulationResult.Failure> failures = new ArrayList<>();
            List<Duration> waits = new ArrayList<>();
            long served = 0;
            for (StepRun run : jenkins.runs()) {
                run.queueWait().ifPresent(waits::add);
                if (run.outcome().isEmpty()) {
                    run.failed("still waiting for a worker when the simulation gave up at "
                            + DurationValue.format(end));
                }
                if (run.outcome().orElseThrow() == StepRun.Outcome.SERVED) {
                    served++;
                } else {
                    failures.add(new SimulationResult.Failure(run.step().id(), run.failure().orElse("")));
                }
            }
            Map<String, SimulationResult.PoolUse> perPool = new LinkedHashMap<>();
            for (ResolvedPool pool : pools.pools()) {
                String name = pool.pool().name();
                perPool.put(name, new SimulationResult.PoolUse(ledger.maxConcurrent(name),
                        hours(ledger.podTime(name, end))));
            }
            int steps = jenkins.runs().size();
            return new SimulationResult(workload.seed(), hours(end),
                    new SimulationResult.Steps(steps, served, steps - served), failures,
                    new SimulationResult.Pods(ledger.created(), ledger.deleted(), ledger.live()),
                    ReapCounts.of(registry), perPool, Percentiles.of(waits), timeline.result());
        }
    }

    /** Hours to three decimals, so that sums of seconds print exactly. */
    private static double hours(Duration duration) {
        return Math.round(duration.toMillis() / 3600.0) / 1000.0;
    }
}
