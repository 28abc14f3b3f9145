package io.jenkins.plugins.dwp.jenkins;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.lease.Lease;
import io.jenkins.plugins.dwp.lease.LeaseIds;
import io.jenkins.plugins.dwp.lease.LeaseState;
import io.jenkins.plugins.dwp.lease.WorkerBroker;
import io.jenkins.plugins.dwp.metrics.WorkerMetrics;
import io.jenkins.plugins.dwp.reconcile.Plan;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The engine of one cloud: its Kubernetes client and its {@link WorkerBroker}, which hands out the
 * workers, watches them and reaps them. Started when the cloud first provisions, replaced when the
 * cloud's connection changes, told of new pools in place.
 */
@Restricted(NoExternalUse.class)
public final class WorkerRuntime implements AutoCloseable {

    /** A pod of this controller with no lease is an orphan once this old, and a heartbeat this stale is dead. */
    static final Duration ORPHAN_GRACE = Duration.ofMinutes(5);
    /** How long one renewal of the controller's heartbeat proves it alive; renewed every third of it. */
    static final Duration HEARTBEAT_VALIDITY = Duration.ofMinutes(3);
    /** The most workers one reconcile tick judges, so a mass reap is spread over ticks. */
    static final int MAX_JUDGED_PER_TICK = 200;
    /**
     * The most API calls a second the engine makes, so a burst of steps (a thousand queued at once)
     * or a mass reap never floods the API server: at three calls a step this still starts a step
     * every 60 ms.
     */
    static final int MAX_API_CALLS_PER_SECOND = 50;

    private final CloudConnection connection;
    private final KubernetesClient client;
    private final WorkerBroker broker;
    private final PrometheusMeterRegistry registry;
    private PoolSet pools;

    private WorkerRuntime(CloudConnection connection, KubernetesClient client, WorkerBroker broker,
            PrometheusMeterRegistry registry, PoolSet pools) {
        this.pools = pools;
        this.connection = connection;
        this.client = client;
        this.broker = broker;
        this.registry = registry;
    }

    /**
     * Starts the engine of a cloud: proves this controller alive, then adopts the pods it already
     * has, so a restarted Jenkins loses no worker.
     */
    static WorkerRuntime start(CloudConnection connection, PoolSet pools, RuntimeEnvironment environment) {
        KubernetesClient client = environment.client(connection);
        String jenkinsUrl = connection.jenkinsUrl() != null ? connection.jenkinsUrl() : environment.rootUrl();
        WorkerBroker.Settings settings = new WorkerBroker.Settings(environment.controllerId(connection.cloudName()),
                connection.namespace(), new AgentConnection(jenkinsUrl, connection.webSocket()), ORPHAN_GRACE,
                HEARTBEAT_VALIDITY, MAX_JUDGED_PER_TICK, MAX_API_CALLS_PER_SECOND);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try {
            WorkerBroker broker = WorkerBroker.start(client, settings, pools, environment.clock(),
                    environment.agentSecrets(), new LeaseIds(), new WorkerMetrics(registry));
            return new WorkerRuntime(connection, client, broker, registry, pools);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** The connection this engine was started with. */
    CloudConnection connection() {
        return connection;
    }

    /**
     * Asks for a worker of {@code pool}. The session hears every move of its lease from now on;
     * a lease refused at once (its pool unusable) is already failed.
     */
    public WorkerSession request(ResolvedPool pool, String requester) {
        WorkerSession session = new WorkerSession(this, Optional.of(pool));
        Lease lease = broker.request(pool.pool().name(), requester, session);
        session.bind(lease);
        return session;
    }

    /**
     * A session for a worker whose lease outlived its Jenkins session (adopted after a restart),
     * while its pod runs; empty when the engine no longer holds it.
     */
    public Optional<WorkerSession> resume(String leaseId) {
        return broker.lease(leaseId)
                .filter(lease -> lease.state() == LeaseState.RUNNING || lease.state() == LeaseState.IDLE
                        || lease.state() == LeaseState.BUSY)
                .map(lease -> WorkerSession.resumed(this, lease));
    }

    /** Whether the engine still holds the lease, that is, its pod is or will be there. */
    public boolean holds(String leaseId) {
        return broker.lease(leaseId).filter(lease -> !lease.state().isFinal()
                && lease.state() != LeaseState.TERMINATING).isPresent();
    }

    void busy(String leaseId) {
        broker.busy(leaseId);
    }

    void idle(String leaseId) {
        broker.idle(leaseId);
    }

    /** The requester is done with the worker: its pod is deleted. */
    public void release(String leaseId) {
        broker.release(leaseId);
    }

    /** Every lease the engine holds, for the cloud's page. */
    public List<Lease> leases() {
        return broker.leases();
    }

    /** New pools serve new requests; workers keep the pool they came from. */
    public synchronized void update(PoolSet next) {
        if (next != pools) {
            pools = next;
            broker.update(next);
        }
    }

    /** One reconcile pass: reaps what the rules say, renews the heartbeat when due. */
    public Plan tick() {
        return broker.tick();
    }

    /** The engine's metrics, in Prometheus' text format. */
    public String metrics() {
        return registry.scrape();
    }

    /**
     * Stops watching and closes the client. Pods stay: a new engine with the same controller id
     * adopts them, and if none comes they become orphans that any reconciler reaps.
     */
    @Override
    public void close() {
        broker.close();
        client.close();
        registry.close();
    }
}
