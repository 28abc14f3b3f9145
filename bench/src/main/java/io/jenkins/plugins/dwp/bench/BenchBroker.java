package io.jenkins.plugins.dwp.bench;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.lease.LeaseIds;
import io.jenkins.plugins.dwp.lease.WorkerBroker;
import io.jenkins.plugins.dwp.metrics.WorkerMetrics;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;

/** The one pool, controller and broker settings every engine benchmark runs with. */
final class BenchBroker {

    static final String NAMESPACE = "workers";
    static final String POOL = "linux";
    static final String CONTROLLER = "jenkins-a";
    /** The pool's limits, as {@link #POOLS} sets them. */
    static final int IDLE_MINUTES = 120;
    static final int MAX_LIFETIME_HOURS = 72;
    /** Enough for one reconcile tick to judge 1% of 100,000 leases at once. */
    static final int MAX_JUDGED_PER_TICK = 1_000;
    static final Duration HEARTBEAT_VALIDITY = Duration.ofMinutes(2);

    /** No cap worth the name: the benchmarks measure the engine, not its queue. */
    static final String POOLS = """
            pools:
              - name: linux
                labels: [linux]
                image: {default: inbound-agent}
                resources: {requests: {cpu: 500m, memory: 1Gi}}
                idleMinutes: %d
                maxLifetimeHours: %d
                pendingTimeoutMinutes: 15
                maxWorkers: 10000
            """.formatted(IDLE_MINUTES, MAX_LIFETIME_HOURS);

    private BenchBroker() {
    }

    /** The pools, as the validator reads them on the clock's day. */
    static PoolSet pools(Clock clock) {
        return new PoolsValidator(BuiltinCatalog.get(), clock).validate(SourceFile.of("pools.yaml", POOLS)).poolSet()
                .orElseThrow(() -> new IllegalStateException("the benchmark's pools do not validate"));
    }

    /**
     * Ten thousand calls a second: above anything the benchmarks reach, so they measure the engine's
     * own cost; the plugin paces its engine at 50 calls a second to spare the API server in bursts.
     */
    static final int UNPACED = 10_000;

    /** Starts a broker of controller {@link #CONTROLLER} on {@code client}. */
    static WorkerBroker start(KubernetesClient client, Clock clock) {
        return WorkerBroker.start(client,
                new WorkerBroker.Settings(CONTROLLER, NAMESPACE, new AgentConnection("http://jenkins:8080/", true),
                        Duration.ofMinutes(5), HEARTBEAT_VALIDITY, MAX_JUDGED_PER_TICK, UNPACED),
                pools(clock), clock, name -> "secret-of-" + name, new LeaseIds(new Random(7)),
                new WorkerMetrics(new SimpleMeterRegistry()));
    }
}
