package io.jenkins.plugins.dwp.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.kube.WorkerIdentity;
import io.jenkins.plugins.dwp.kube.WorkerRenderer;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class ClusterReconcilerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String NS = "jenkins-workers";
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Duration GRACE = Duration.ofMinutes(5);

    KubernetesClient client;

    private final PoolSet pools = new PoolsValidator(BuiltinCatalog.get(), CLOCK).validate(SourceFile.of("pools.yaml", """
            pools:
              - name: linux
                image: {default: inbound-agent}
                resources: {requests: {cpu: 1}}
                maxLifetimeHours: 24
            """)).poolSet().orElseThrow();

    private Pod worker(String controller, String lease, Duration age) {
        ResolvedPool pool = pools.pool("linux").orElseThrow();
        Pod pod = new WorkerRenderer(new AgentConnection("http://jenkins:8080/", true))
                .render(pool, new WorkerIdentity(controller, lease, "linux", NS, NOW.minus(age)), "s").pod();
        return client.pods().resource(pod).create();
    }

    private List<String> described(Plan plan) {
        return plan.actions().stream().map(PlanAction::describe).toList();
    }

    @Test
    void reapsOrphansOfDeadControllersAndAnyPodPastItsLifetimeAndNothingElse() {
        new Heartbeat(client, NS, "alive", CLOCK, Duration.ofMinutes(2)).renew();
        worker("alive", "young00001", Duration.ofHours(1));
        worker("alive", "old0000001", Duration.ofHours(25));
        worker("crashed", "orphan0001", Duration.ofMinutes(10));
        client.pods().inNamespace(NS).resource(new PodBuilder().withNewMetadata().withName("not-ours").endMetadata()
                .build()).create();

        ClusterReconciler reconciler = new ClusterReconciler(client, CLOCK, GRACE);
        Plan plan = reconciler.plan(pools, List.of(NS), NS);
        assertEquals(List.of(
                "delete pod jenkins-workers/linux-old0000001 (lifetime): alive 25 h 0 min, limit 24 h",
                "delete pod jenkins-workers/linux-orphan0001 (orphan): controller crashed has not renewed its heartbeat"),
                described(plan));

        ClusterReconciler.Outcome outcome = reconciler.apply(plan);
        assertEquals(new ClusterReconciler.Outcome(2, 0, List.of()), outcome);
        assertTrue(reconciler.plan(pools, List.of(NS), NS).isEmpty(), "a second run finds nothing to do");
        assertEquals(new ClusterReconciler.Outcome(0, 2, List.of()), reconciler.apply(plan), "and applying again is safe");
        assertEquals(List.of("linux-young00001", "not-ours"), client.pods().inNamespace(NS).list().getItems().stream()
                .map(p -> p.getMetadata().getName()).sorted().toList());
    }

    @Test
    void aControllerWhoseHeartbeatWentStaleIsDeadToo() {
        Clock earlier = Clock.fixed(NOW.minus(Duration.ofMinutes(8)), ZoneOffset.UTC);
        new Heartbeat(client, NS, "stale", earlier, Duration.ofMinutes(2)).renew();
        worker("stale", "stale00001", Duration.ofMinutes(30));
        Plan plan = new ClusterReconciler(client, CLOCK, GRACE).plan(pools, List.of(NS), NS);
        assertEquals(List.of("delete pod jenkins-workers/linux-stale00001 (orphan): controller stale has not renewed its"
                + " heartbeat"), described(plan));
    }
}
