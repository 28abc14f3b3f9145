package io.jenkins.plugins.dwp.lease;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.kube.ApiErrors;
import io.jenkins.plugins.dwp.kube.RenderedWorker;
import io.jenkins.plugins.dwp.kube.WorkerIdentity;
import io.jenkins.plugins.dwp.kube.WorkerEvents;
import io.jenkins.plugins.dwp.kube.WorkerMetadata;
import io.jenkins.plugins.dwp.kube.WorkerRenderer;
import io.jenkins.plugins.dwp.metrics.WorkerMetrics;
import io.jenkins.plugins.dwp.reconcile.ControllerLiveness;
import io.jenkins.plugins.dwp.reconcile.Heartbeat;
import io.jenkins.plugins.dwp.reconcile.HeartbeatWatch;
import io.jenkins.plugins.dwp.reconcile.ObservedWorker;
import io.jenkins.plugins.dwp.reconcile.Plan;
import io.jenkins.plugins.dwp.reconcile.PlanAction;
import io.jenkins.plugins.dwp.reconcile.PodObservation;
import io.jenkins.plugins.dwp.reconcile.PodProblems;
import io.jenkins.plugins.dwp.reconcile.ReapReason;
import io.jenkins.plugins.dwp.reconcile.WorkerPhase;
import java.net.HttpURLConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Hands out workers: one pod per lease, created on request, watched through one informer per
 * namespace, and deleted on release or when a rule says so. All state lives on one thread, so
 * informer events, requests and reconcile ticks never race; API calls run on another, so a slow
 * API server never holds up the state.
 */
public final class WorkerBroker implements AutoCloseable {

    /**
     * What a broker needs to know about its controller.
     *
     * @param controllerId names this controller on every pod it makes
     * @param defaultNamespace where pools without a namespace of their own put their pods
     * @param agent how agents reach Jenkins
     * @param orphanGrace how old a pod of this controller with no lease must be before it is an
     *     orphan, and how long past its heartbeat's validity another controller still counts as alive
     * @param heartbeatValidity how long one renewal of this controller's heartbeat proves it alive;
     *     it is renewed at ticks, every third of that
     * @param maxJudgedPerTick how many workers one tick judges at most: a mass reap (a pool
     *     removed, a controller dead) is spread over ticks instead of flooding the API server
     * @param maxApiCallsPerSecond how many Kubernetes API calls the broker makes in a second at
     *     most, spread evenly; calls beyond wait their turn (informers' lists and watches, and the
     *     client's own retries of a failed call, are not counted)
     */
    public record Settings(String controllerId, String defaultNamespace, AgentConnection agent, Duration orphanGrace,
            Duration heartbeatValidity, int maxJudgedPerTick, int maxApiCallsPerSecond) {

        /** Refuses limits that would stop the broker. */
        public Settings {
            if (maxJudgedPerTick < 1 || maxApiCallsPerSecond < 1) {
                throw new IllegalArgumentException("maxJudgedPerTick and maxApiCallsPerSecond must be at least 1, not "
                        + maxJudgedPerTick + " and " + maxApiCallsPerSecond);
            }
        }
    }

    /**
     * How far a broker has got, for a caller that drives it in virtual time ({@code dwp simulate})
     * and moves its clock only once the broker has settled: every API call it started has ended
     * and been handled, and it has handled as many pod events as the cluster sent.
     *
     * @param callsStarted runs of API calls handed to the broker's API threads
     * @param callsEnded those whose end, and whatever they queued for the broker's thread, was handled
     * @param podEventsHandled pod events from the broker's watch handled on its thread
     */
    public record Progress(long callsStarted, long callsEnded, long podEventsHandled) {

        /** Whether no API call of the broker is under way. */
        public boolean calm() {
            return callsStarted == callsEnded;
        }
    }

    /** When a judged worker's next check would fall in the past, it is looked at again this much later. */
    private static final Duration RECHECK = Duration.ofMinutes(1);
    /** Threads that make API calls: how many calls can be under way at once. */
    private static final int API_THREADS = 4;

    private final KubernetesClient client;
    private final Settings settings;
    private final Clock clock;
    private final AgentSecrets secrets;
    private final LeaseIds ids;
    private final WorkerMetrics metrics;
    private final ApiCallPace pace;
    private final LeaseMeasurements measurements;
    private final WorkerRenderer renderer;
    private final LeasePlanning planning;
    private final ControllerLiveness liveness;
    private final Heartbeat heartbeat;
    private final CheckSchedule schedule = new CheckSchedule();
    private final WorkerCounts counts = new WorkerCounts();
    private final PoolOccupancy occupancy = new PoolOccupancy();
    private final Map<String, Set<String>> podsByController = new HashMap<>();
    private Instant lastRenewal = Instant.MIN;
    private final ExecutorService loop;
    private final ExecutorService ioThreads;
    /** Runs API calls on {@link #ioThreads}, counted for {@link #progress}. */
    private final Executor io;
    private final AtomicLong callsStarted = new AtomicLong();
    private long callsEnded;
    private long podEventsHandled;
    private volatile Consumer<Progress> progressListener = progress -> { };
    private final Thread loopThread;

    private PoolSet pools;
    private final Map<String, LeaseRecord> leases = new HashMap<>();
    private final Map<String, ObservedWorker> observed = new HashMap<>();
    private final Map<String, ArrayDeque<LeaseRecord>> waiting = new HashMap<>();
    private final Map<String, SharedIndexInformer<Pod>> informers = new HashMap<>();
    private SharedIndexInformer<?> heartbeats;

    private WorkerBroker(KubernetesClient client, Settings settings, PoolSet pools, Clock clock, AgentSecrets secrets,
            LeaseIds ids, WorkerMetrics metrics) {
        this.client = client;
        this.settings = settings;
        this.pools = pools;
        this.clock = clock;
        this.secrets = secrets;
        this.ids = ids;
        this.metrics = metrics;
        this.pace = new ApiCallPace("dwp-api-" + settings.controllerId(), settings.maxApiCallsPerSecond(), API_THREADS);
        this.measurements = new LeaseMeasurements(metrics);
        this.renderer = new WorkerRenderer(settings.agent());
        this.liveness = new ControllerLiveness(settings.controllerId(), settings.orphanGrace());
        this.planning = new LeasePlanning(settings.controllerId(), settings.orphanGrace(), liveness);
        this.heartbeat = new Heartbeat(client, settings.defaultNamespace(), settings.controllerId(), clock,
                settings.heartbeatValidity());
        this.loop = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dwp-broker-" + settings.controllerId());
            t.setDaemon(true);
            return t;
        });
        this.loopThread = submitAndWait(loop, Thread::currentThread);
        this.ioThreads = Executors.newFixedThreadPool(API_THREADS, r -> {
            Thread t = new Thread(r, "dwp-api-" + settings.controllerId());
            t.setDaemon(true);
            return t;
        });
        this.io = this::callApi;
    }

    /**
     * Starts a broker: proves this controller alive, learns which others are, then starts one
     * informer per namespace the pools use, whose first list adopts the pods this controller
     * already has, so a restart loses no worker. A running one is taken back idle counted from
     * then, for its requester to claim again with {@link #busy}; its lifetime counts from its creation. Heartbeats are known before
     * any pod is judged, so no live controller's pod is taken for an orphan.
     */
    public static WorkerBroker start(KubernetesClient client, Settings settings, PoolSet pools, Clock clock,
            AgentSecrets secrets, LeaseIds ids, WorkerMetrics metrics) {
        WorkerBroker broker = new WorkerBroker(client, settings, pools, clock, secrets, ids, metrics);
        broker.watchHeartbeats();
        broker.renewHeartbeat(clock.instant());
        broker.watchNamespacesOf(pools);
        return broker;
    }

    /** Serves new requests from {@code next}; workers already leased keep the pool they came from. */
    public void update(PoolSet next) {
        onLoop(() -> {
            pools = next;
            return null;
        });
        watchNamespacesOf(next);
    }

    /**
     * Asks for a worker of the pool named {@code poolOrLabel}, or else of the first pool that
     * serves it as a label. The lease is returned at once; {@code listener} hears every move,
     * failures with their reason.
     */
    public Lease request(String poolOrLabel, String requester, LeaseListener listener) {
        return onLoop(() -> {
            Instant now = clock.instant();
            Optional<ResolvedPool> pool = pools.pool(poolOrLabel).or(() -> pools.servingLabel(poolOrLabel));
            String poolName = pool.map(p -> p.pool().name()).orElse(poolOrLabel);
            String namespace = pool.flatMap(p -> p.pool().namespace()).orElse(settings.defaultNamespace());
            WorkerIdentity identity = new WorkerIdentity(settings.controllerId(), ids.next(), poolName, namespace, now);
            LeaseRecord lease = record(identity, requester, measurements.around(listener), LeaseState.REQUESTED, now);
            if (pool.isEmpty()) {
                lease.moveTo(LeaseState.FAILED, now, "no pool is named or serves the label '" + poolOrLabel + "'");
                return lease.snapshot();
            }
            if (!pool.get().usable()) {
                lease.moveTo(LeaseState.FAILED, now, "pool '" + poolName + "': " + pool.get().notice().orElseThrow().message());
                return lease.snapshot();
            }
            leases.put(lease.id(), lease);
            waiting.computeIfAbsent(poolName, k -> new ArrayDeque<>()).add(lease);
            drain(poolName);
            return lease.snapshot();
        });
    }

    /** The worker started a step: the idle rule leaves it alone until {@link #idle}. */
    public void busy(String leaseId) {
        move(leaseId, LeaseState.BUSY, Set.of(LeaseState.RUNNING, LeaseState.IDLE));
    }

    /**
     * The worker runs no step: its agent just connected and waits for one, or its step ended and
     * the worker is kept. The idle rule counts from now.
     */
    public void idle(String leaseId) {
        move(leaseId, LeaseState.IDLE, Set.of(LeaseState.RUNNING, LeaseState.BUSY));
    }

    /**
     * The requester is done with the worker: its pod is deleted (or its request withdrawn). Returns
     * at once; what the broker is asked afterwards sees the release done.
     */
    public void release(String leaseId) {
        Instant at = clock.instant();
        onLoopLater(() -> {
            LeaseRecord lease = leases.get(leaseId);
            if (lease == null) {
                return;
            }
            ArrayDeque<LeaseRecord> queue = waiting.get(lease.pool());
            if (queue != null && queue.remove(lease)) {
                lease.moveTo(LeaseState.GONE, at, "released before a pod was made");
                letGo(lease);
                return;
            }
            metrics.reaped(lease.pool(), ReapReason.COMPLETED.displayName());
            terminate(lease, at, "released");
        });
    }

    /** The lease as it stands, if the broker still holds it (final leases are let go). */
    public Optional<Lease> lease(String leaseId) {
        return onLoop(() -> Optional.ofNullable(leases.get(leaseId)).map(LeaseRecord::snapshot));
    }

    /** Every lease held, for listings. */
    public List<Lease> leases() {
        return onLoop(() -> leases.values().stream().map(LeaseRecord::snapshot).toList());
    }

    /**
     * One reconcile pass: renews this controller's heartbeat when due, then judges the workers
     * whose next check has come and those of controllers that just died, and does what the rules
     * say. Workers with nothing due cost nothing.
     */
    public Plan tick() {
        return onLoop(() -> {
            Instant now = clock.instant();
            // A clock set back renews too: waiting for it to catch up would let the heartbeat go stale.
            if (now.isBefore(lastRenewal) || !now.isBefore(lastRenewal.plus(settings.heartbeatValidity().dividedBy(3)))) {
                renewHeartbeat(now);
            }
            Set<String> keys = new LinkedHashSet<>(schedule.takeDue(now, settings.maxJudgedPerTick()));
            for (String dead : liveness.newlyDead(podsByController.keySet(), now)) {
                for (String key : podsByController.get(dead)) {
                    if (keys.size() < settings.maxJudgedPerTick()) {
                        keys.add(key);
                    } else {
                        schedule.set(key, Optional.of(now));
                    }
                }
            }
            List<ObservedWorker> workers = keys.stream().map(observed::get).filter(w -> w != null).toList();
            Plan plan = planning.plan(now, pools, workers, leases);
            plan.actions().forEach(this::apply);
            for (String key : keys) {
                reschedule(key, now.plus(RECHECK));
            }
            metrics.workers(counts.byPoolAndState());
            return plan;
        });
    }

    /**
     * Ticks every {@code period} on {@code scheduler}, for callers without a periodic task of their
     * own; a tick that fails is reported by the next one, never ends the schedule.
     *
     * @return the schedule, to cancel
     */
    public ScheduledFuture<?> tickEvery(ScheduledExecutorService scheduler, Duration period) {
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                // The cluster is the source of truth: the next tick plans from it again.
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * How far the broker has got, read on its thread after everything queued before: when the
     * calls are {@linkplain Progress#calm() calm} and the pod events handled are all the cluster
     * sent, nothing more happens until the clock moves or someone calls the broker.
     */
    public Progress progress() {
        return onLoop(this::now);
    }

    /**
     * Tells {@code listener}, on the broker's thread, how far the broker has got each time that
     * moves: an API call ended, a pod event was handled. It must only take note, quickly. A caller
     * that waits for the broker to settle asks {@link #progress} once, after whatever it handed the
     * broker, rather than over and over: that answer covers all of it. What it is told afterwards
     * is current once it counts at least the calls started by that answer (counts only grow; what
     * was told before the answer may be stale).
     */
    public void onProgress(Consumer<Progress> listener) {
        progressListener = listener;
    }

    private Progress now() {
        return new Progress(callsStarted.get(), callsEnded, podEventsHandled);
    }

    private void progressed() {
        progressListener.accept(now());
    }

    /** How many workers wait for a check, for the tick benchmark and listings. */
    public int scheduled() {
        return onLoop(schedule::size);
    }

    @Override
    public void close() {
        synchronized (informers) {
            informers.values().forEach(SharedIndexInformer::close);
            informers.clear();
            if (heartbeats != null) {
                heartbeats.close();
            }
        }
        loop.shutdown();
        ioThreads.shutdown();
    }

    private void watchHeartbeats() {
        // Seen on the broker's thread before any pod event, which the pod informers started later queue behind.
        heartbeats = HeartbeatWatch.start(client, settings.defaultNamespace(), liveness, loop);
    }

    private void renewHeartbeat(Instant now) {
        lastRenewal = now;
        io.execute(() -> {
            try {
                pace.await();
                metrics.apiCall(heartbeat.renew(), "leases");
            } catch (KubernetesClientException e) {
                // The next tick renews again; until the heartbeat is stale, nobody reaps our pods.
            }
        });
    }

    private LeaseRecord record(WorkerIdentity identity, String requester, LeaseListener listener, LeaseState state,
            Instant at) {
        counts.entered(identity.poolName(), state);
        String key = identity.podKey();
        return new LeaseRecord(identity, requester, new LeaseListener() {
            @Override
            public void onTransition(Lease lease, LeaseTransition transition) {
                counts.left(lease.pool(), transition.from());
                counts.entered(lease.pool(), transition.to());
                reschedule(key, transition.at());
                listener.onTransition(lease, transition);
            }

            @Override
            public void onNotice(Lease lease, String message) {
                listener.onNotice(lease, message);
            }
        }, state, at);
    }

    /**
     * Sets when the worker {@code key} is next judged; a due time already past is moved to
     * {@code notBefore}, so that a worker no rule acts on yet is not judged again at every tick.
     */
    private void reschedule(String key, Instant notBefore) {
        ObservedWorker worker = observed.get(key);
        if (worker == null) {
            schedule.remove(key);
            return;
        }
        Optional<Instant> due = planning.nextCheck(clock.instant(), pools, worker, leases.get(worker.leaseId()));
        schedule.set(key, due.map(at -> at.isBefore(notBefore) ? notBefore : at));
    }

    private void watchNamespacesOf(PoolSet set) {
        Set<String> namespaces = new LinkedHashSet<>();
        set.pools().forEach(p -> namespaces.add(p.pool().namespace().orElse(settings.defaultNamespace())));
        namespaces.add(settings.defaultNamespace());
        synchronized (informers) {
            for (String namespace : namespaces) {
                informers.computeIfAbsent(namespace, ns -> client.pods().inNamespace(ns)
                        .withLabel(WorkerMetadata.MANAGED_BY, WorkerMetadata.MANAGER)
                        .inform(new PodEvents(), 0));
            }
        }
    }

    /** Relays informer events onto the broker's thread. */
    private final class PodEvents implements ResourceEventHandler<Pod> {
        @Override
        public void onAdd(Pod pod) {
            loop.execute(() -> onPodEvent(pod, false));
        }

        @Override
        public void onUpdate(Pod old, Pod pod) {
            // The same version again is no news: a resync, or a restarted watch that lists everything anew.
            if (!Objects.equals(old.getMetadata().getResourceVersion(), pod.getMetadata().getResourceVersion())) {
                loop.execute(() -> onPodEvent(pod, false));
            }
        }

        @Override
        public void onDelete(Pod pod, boolean finalStateUnknown) {
            loop.execute(() -> onPodEvent(pod, true));
        }
    }

    /**
     * Runs API calls off the broker's thread; their end is counted on the broker's thread, after
     * whatever they queued there, so that {@link #progress} never reports calm too early.
     */
    private void callApi(Runnable calls) {
        callsStarted.incrementAndGet();
        ioThreads.execute(() -> {
            try {
                calls.run();
            } finally {
                try {
                    loop.execute(() -> {
                        callsEnded++;
                        progressed();
                    });
                } catch (RejectedExecutionException closed) {
                    // The broker was closed: nobody asks how far it got any more.
                }
            }
        });
    }

    private void onPodEvent(Pod pod, boolean deleted) {
        podEventsHandled++;
        onPod(pod, deleted);
        progressed();
    }

    private void onPod(Pod pod, boolean deleted) {
        Optional<ObservedWorker> seen = PodObservation.observe(pod);
        if (seen.isEmpty()) {
            return;
        }
        ObservedWorker worker = seen.get();
        String key = worker.podKey();
        Instant now = clock.instant();
        if (deleted) {
            observed.remove(key);
            schedule.remove(key);
            Set<String> ofController = podsByController.get(worker.controllerId());
            if (ofController != null && ofController.remove(key) && ofController.isEmpty()) {
                podsByController.remove(worker.controllerId());
            }
            occupancy.remove(worker.poolName(), key, PoolOccupancy.Claim.SEEN);
            LeaseRecord lease = leases.get(worker.leaseId());
            if (lease != null) {
                letGo(lease);
                if (lease.state() == LeaseState.TERMINATING) {
                    lease.moveTo(LeaseState.GONE, now, "");
                } else {
                    lease.moveTo(LeaseState.FAILED, now, "its pod " + key + " was deleted by someone else");
                }
            }
            drain(worker.poolName());
            return;
        }
        observed.put(key, worker);
        podsByController.computeIfAbsent(worker.controllerId(), id -> new HashSet<>()).add(key);
        if (!worker.controllerId().equals(settings.controllerId())) {
            reschedule(key, now);
            return;
        }
        occupancy.add(worker.poolName(), key, PoolOccupancy.Claim.SEEN);
        LeaseRecord lease = leases.get(worker.leaseId());
        if (lease == null) {
            adopt(worker);
            reschedule(key, now);
            return;
        }
        lease.seen(true);
        reschedule(key, now);
        if (worker.phase() == WorkerPhase.RUNNING && (lease.state() == LeaseState.REQUESTED
                || lease.state() == LeaseState.PENDING)) {
            lease.moveTo(LeaseState.PENDING, now, "");
            lease.moveTo(LeaseState.RUNNING, now, "");
        } else if (worker.phase() == WorkerPhase.PENDING && lease.state() == LeaseState.REQUESTED) {
            lease.moveTo(LeaseState.PENDING, now, "");
        }
        if (worker.phase() == WorkerPhase.PENDING) {
            // The rules wait for the pending timeout, for an autoscaler may add a node; the requester learns it now.
            worker.problem().filter(PodProblems::unschedulable)
                    .ifPresent(problem -> lease.notice(waitingForANode(worker, problem)));
        }
        if (worker.problem().isPresent() || worker.phase() == WorkerPhase.SUCCEEDED || worker.phase() == WorkerPhase.FAILED) {
            // The requester learns it now, not at the next tick.
            planning.plan(now, pools, List.of(worker), leases).actions().forEach(this::apply);
        }
    }

    private String waitingForANode(ObservedWorker worker, String problem) {
        String limit = pools.pool(worker.poolName())
                .map(p -> ", up to " + p.pool().pendingTimeoutMinutes() + " min (pendingTimeoutMinutes of pool "
                        + worker.poolName() + ")")
                .orElse("");
        return "pod " + worker.podName() + " waits for a node" + limit + " in case a cluster autoscaler adds one: "
                + problem;
    }

    /**
     * Takes back a pod of this controller that no lease in memory holds: this controller restarted.
     * A running worker becomes idle counted from now, not from its last-active annotation: a
     * restarted controller cannot tell a worker whose step still runs from one that waits, and
     * the annotation is written only when the pod is made, since writing it at every busy and
     * idle move would add an API call to each of them. Counting from now gives the requester
     * whose step survived the restart one idle period to claim the worker again
     * ({@link #busy}); one nobody claims is reaped that long after the restart. Its lifetime
     * still counts from its creation, which the pod carries.
     */
    private void adopt(ObservedWorker worker) {
        if (worker.deleting()) {
            return;
        }
        LeaseState state = switch (worker.phase()) {
            case PENDING -> LeaseState.PENDING;
            case RUNNING -> LeaseState.IDLE;
            default -> LeaseState.TERMINATING;
        };
        WorkerIdentity identity = new WorkerIdentity(worker.controllerId(), worker.leaseId(), worker.poolName(),
                worker.namespace(), worker.created());
        Instant since = state == LeaseState.IDLE ? clock.instant() : worker.created();
        LeaseRecord lease = record(identity, "adopted", (l, t) -> { }, state, since);
        lease.seen(true);
        leases.put(worker.leaseId(), lease);
        occupancy.add(lease.pool(), identity.podKey(), PoolOccupancy.Claim.LEASED);
    }

    private void drain(String poolName) {
        ArrayDeque<LeaseRecord> queue = waiting.get(poolName);
        if (queue == null || queue.isEmpty()) {
            return;
        }
        Optional<ResolvedPool> pool = pools.pool(poolName);
        int cap = pool.map(p -> p.pool().maxWorkers().orElse(Integer.MAX_VALUE)).orElse(Integer.MAX_VALUE);
        while (!queue.isEmpty() && occupancy.of(poolName) < cap) {
            LeaseRecord lease = queue.poll();
            if (pool.isEmpty()) {
                lease.moveTo(LeaseState.FAILED, clock.instant(), "pool '" + poolName + "' is no longer configured");
                letGo(lease);
            } else {
                occupancy.add(poolName, lease.identity().podKey(), PoolOccupancy.Claim.LEASED);
                create(lease, pool.get());
            }
        }
    }

    private void create(LeaseRecord lease, ResolvedPool pool) {
        WorkerIdentity identity = lease.identity();
        RenderedWorker worker = renderer.render(pool, identity, secrets.secretFor(identity.podName()));
        io.execute(() -> {
            String step = "pod";
            try {
                Pod created = createPod(worker.pod());
                step = "the agent's secret for pod";
                createSecret(worker.secretOwnedBy(created));
                loop.execute(() -> {
                    lease.moveTo(lease.state() == LeaseState.REQUESTED ? LeaseState.PENDING : lease.state(), clock.instant(), "");
                });
            } catch (RuntimeException e) {
                String failedStep = step;
                // The pod may exist all the same (its create took but the answer was lost, or only the secret
                // failed): no lease will hold it, so it goes now, before its place under the cap is given again.
                deletePodNow(identity.namespace(), identity.podName());
                loop.execute(() -> {
                    fail(lease, "could not create " + failedStep + " " + identity.podKey()
                            + ": " + (e instanceof KubernetesClientException k ? ApiErrors.describe(k) : e.toString()));
                    drain(lease.pool());
                });
            }
        });
    }

    private Pod createPod(Pod pod) {
        try {
            apiCall("create", "pods");
            return client.pods().resource(pod).create();
        } catch (KubernetesClientException e) {
            if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
                throw e;
            }
            // A retried create: the pod is named from the lease, so the one that exists is ours.
            apiCall("get", "pods");
            return client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName()).get();
        }
    }

    private void createSecret(io.fabric8.kubernetes.api.model.Secret secret) {
        try {
            apiCall("create", "secrets");
            client.secrets().resource(secret).create();
        } catch (KubernetesClientException e) {
            if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
                throw e;
            }
        }
    }

    private void apply(PlanAction action) {
        if (action instanceof PlanAction.DeletePod delete) {
            metrics.reaped(delete.worker().poolName(), delete.reason().displayName());
            LeaseRecord lease = leases.get(delete.worker().leaseId());
            if (lease != null && delete.worker().controllerId().equals(settings.controllerId())) {
                terminate(lease, clock.instant(), delete.reason().displayName() + ": " + delete.detail());
            } else {
                deletePod(delete.worker().namespace(), delete.worker().podName());
            }
        } else if (action instanceof PlanAction.FailLease failLease) {
            LeaseRecord lease = leases.get(failLease.leaseId());
            if (lease == null) {
                return;
            }
            WorkerIdentity id = lease.identity();
            if (!observed.containsKey(id.podKey())) {
                fail(lease, failLease.reason());
                return;
            }
            // Let go of the lease now, so that the delete in the same plan does not release it;
            // the requester hears the failure once the pod's last events are read.
            letGo(lease);
            io.execute(() -> {
                apiCall("list", "events");
                String events = WorkerEvents.lastOf(client, id.namespace(), id.podName());
                loop.execute(() -> lease.moveTo(LeaseState.FAILED, clock.instant(), failLease.reason() + events));
            });
        }
    }

    private void terminate(LeaseRecord lease, Instant at, String reason) {
        if (lease.state().isFinal()) {
            return;
        }
        lease.moveTo(LeaseState.TERMINATING, at, reason);
        deletePod(lease.identity().namespace(), lease.identity().podName());
    }

    /** Fails a lease; its pod, if it has one, is deleted by the plan that comes with the failure. */
    private void fail(LeaseRecord lease, String reason) {
        lease.moveTo(LeaseState.FAILED, clock.instant(), reason);
        letGo(lease);
    }

    /** The broker no longer holds the lease; its pod, while the informer shows it, still counts against the cap. */
    private void letGo(LeaseRecord lease) {
        leases.remove(lease.id());
        occupancy.remove(lease.pool(), lease.identity().podKey(), PoolOccupancy.Claim.LEASED);
    }

    private void deletePod(String namespace, String name) {
        io.execute(() -> deletePodNow(namespace, name));
    }

    private void deletePodNow(String namespace, String name) {
        try {
            // Deleting a pod that is already gone is success: delete is idempotent.
            apiCall("delete", "pods");
            client.pods().inNamespace(namespace).withName(name).delete();
        } catch (KubernetesClientException e) {
            // The next tick plans the delete again from what the cluster shows.
        }
    }

    /** Waits for the call's turn under {@link Settings#maxApiCallsPerSecond}, then counts it. */
    private void apiCall(String verb, String resource) {
        pace.await();
        metrics.apiCall(verb, resource);
    }

    private void move(String leaseId, LeaseState next, Set<LeaseState> from) {
        Instant at = clock.instant();
        onLoopLater(() -> {
            LeaseRecord lease = leases.get(leaseId);
            if (lease != null && from.contains(lease.state())) {
                lease.moveTo(next, at, "");
            }
        });
    }

    /**
     * Runs {@code work} on the broker's thread without waiting for it: a requester's busy, idle
     * and release need no answer, and their order with everything asked later holds, since the
     * thread takes work in order. Their time is read when they are called, not when they run.
     */
    private void onLoopLater(Runnable work) {
        if (Thread.currentThread() == loopThread) {
            work.run();
        } else {
            loop.execute(work);
        }
    }

    private <T> T onLoop(Callable<T> work) {
        if (Thread.currentThread() == loopThread) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return submitAndWait(loop, work);
    }

    private static <T> T submitAndWait(ExecutorService executor, Callable<T> work) {
        Future<T> future = executor.submit(work);
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
