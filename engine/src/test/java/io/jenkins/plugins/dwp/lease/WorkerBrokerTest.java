package io.jenkins.plugins.dwp.lease;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.EventListBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.kube.WorkerIdentity;
import io.jenkins.plugins.dwp.kube.WorkerRenderer;
import io.jenkins.plugins.dwp.metrics.WorkerMetrics;
import io.jenkins.plugins.dwp.reconcile.Heartbeat;
import io.jenkins.plugins.dwp.reconcile.Plan;
import io.jenkins.plugins.dwp.reconcile.PlanAction;
import io.jenkins.plugins.dwp.reconcile.ReapReason;
import io.jenkins.plugins.dwp.time.ManualClock;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class WorkerBrokerTest {

    private static final String NAMESPACE = "workers";
    private static final String POOLS = """
            pools:
              - name: linux
                labels: [linux, small]
                image: {default: inbound-agent}
                resources: {requests: {cpu: 500m, memory: 1Gi}}
                idleMinutes: 60
                maxLifetimeHours: 72
                pendingTimeoutMinutes: 15
                maxWorkers: 2
            """;

    KubernetesMockServer server;
    KubernetesClient client;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final List<LeaseTransition> transitions = new CopyOnWriteArrayList<>();
    private final List<WorkerBroker> brokers = new ArrayList<>();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    @BeforeEach
    void namespace() {
        client.namespaces().resource(new NamespaceBuilder()
                .withNewMetadata().withName(NAMESPACE).endMetadata().build()).create();
    }

    @AfterEach
    void stop() {
        brokers.forEach(WorkerBroker::close);
    }

    private PoolSet pools(String yaml) {
        return new PoolsValidator(BuiltinCatalog.get(), clock).validate(SourceFile.of("pools.yaml", yaml)).poolSet()
                .orElseThrow();
    }

    private WorkerBroker broker(String controllerId) {
        return broker(controllerId, 100);
    }

    private WorkerBroker broker(String controllerId, int maxJudgedPerTick) {
        WorkerBroker broker = WorkerBroker.start(client,
                new WorkerBroker.Settings(controllerId, NAMESPACE, new AgentConnection("http://jenkins:8080/", true),
                        Duration.ofMinutes(5), Duration.ofMinutes(2), maxJudgedPerTick, 1_000),
                pools(POOLS), clock, name -> "secret-of-" + name, new LeaseIds(new Random(7)), new WorkerMetrics(registry));
        brokers.add(broker);
        return broker;
    }

    private Lease request(WorkerBroker broker, String label) {
        return broker.request(label, "build #1", (lease, t) -> transitions.add(t));
    }

    private LeaseState stateOf(WorkerBroker broker, String leaseId) {
        return broker.lease(leaseId).map(Lease::state).orElse(LeaseState.GONE);
    }

    private Pod pod(Lease lease) {
        return client.pods().inNamespace(NAMESPACE).withName(lease.podName()).get();
    }

    /** What the kubelet would do once the container started. */
    private void kubeletRuns(Lease lease) {
        await().until(() -> pod(lease) != null);
        client.pods().inNamespace(NAMESPACE).withName(lease.podName())
                .editStatus(p -> new PodBuilder(p).withNewStatus().withPhase("Running").endStatus().build());
    }

    private List<String> takeRequests() throws InterruptedException {
        List<String> requests = new ArrayList<>();
        RecordedRequest request;
        while ((request = server.takeRequest(200, TimeUnit.MILLISECONDS)) != null) {
            requests.add(request.getMethod() + " " + request.getPath().replaceAll("\\?.*", ""));
        }
        return requests;
    }

    @Test
    void aStepsWholeLifeIsOnePodCreatedRunAndDeleted() {
        WorkerBroker broker = broker("jenkins-a");
        Lease lease = request(broker, "linux");
        assertEquals("linux", lease.pool());
        assertEquals(NAMESPACE, lease.namespace());
        await().until(() -> stateOf(broker, lease.id()) == LeaseState.PENDING);

        Pod pod = pod(lease);
        assertEquals("jenkins-a", pod.getMetadata().getLabels().get("dwp.jenkins.io/controller"));
        assertEquals(lease.id(), pod.getMetadata().getLabels().get("dwp.jenkins.io/lease"));
        Secret secret = client.secrets().inNamespace(NAMESPACE).withName(lease.podName()).get();
        assertNotNull(secret, "the agent's secret is created beside the pod");
        assertEquals(pod.getMetadata().getUid(), secret.getMetadata().getOwnerReferences().get(0).getUid(),
                "owned by the pod, so Kubernetes deletes it with the pod");

        kubeletRuns(lease);
        await().until(() -> stateOf(broker, lease.id()) == LeaseState.RUNNING);
        broker.busy(lease.id());
        assertEquals(LeaseState.BUSY, stateOf(broker, lease.id()));
        broker.release(lease.id());
        await().until(() -> pod(lease) == null);
        await().until(() -> broker.lease(lease.id()).isEmpty());
        assertEquals(List.of(LeaseState.PENDING, LeaseState.RUNNING, LeaseState.BUSY, LeaseState.TERMINATING, LeaseState.GONE),
                transitions.stream().map(LeaseTransition::to).toList());
    }

    @Test
    void aStepCostsCreatePodCreateSecretAndDeletePodAndNothingElse() throws Exception {
        WorkerBroker broker = broker("jenkins-a");
        takeRequests();
        Lease lease = request(broker, "linux");
        await().until(() -> stateOf(broker, lease.id()) == LeaseState.PENDING);
        List<String> beforeRunning = takeRequests();
        kubeletRuns(lease);
        await().until(() -> stateOf(broker, lease.id()) == LeaseState.RUNNING);
        takeRequests();
        broker.busy(lease.id());
        broker.idle(lease.id());
        clock.advance(Duration.ofMinutes(30));
        broker.tick();
        assertEquals(List.of("PATCH /apis/coordination.k8s.io/v1/namespaces/workers/leases/dwp-controller-jenkins-a"),
                takeRequests(), "a worker sitting idle costs no API call; the controller's heartbeat is one, whatever its workers");
        broker.release(lease.id());
        // Waits on the broker, which learns of the deletion from its watch, not on the server.
        await().until(() -> broker.lease(lease.id()).isEmpty());
        List<String> calls = new ArrayList<>(beforeRunning);
        calls.addAll(takeRequests());
        assertEquals(List.of(
                "POST /api/v1/namespaces/workers/pods",
                "POST /api/v1/namespaces/workers/secrets",
                "DELETE /api/v1/namespaces/workers/pods/" + lease.podName()), calls);
    }

    @Test
    void theCapIsKeptAndWaitingRequestsAreServedFirstComeFirstServed() {
        WorkerBroker broker = broker("jenkins-a");
        List<Lease> leases = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            leases.add(request(broker, "small"));
        }
        await().until(() -> client.pods().inNamespace(NAMESPACE).list().getItems().size() == 2);
        assertEquals(LeaseState.REQUESTED, stateOf(broker, leases.get(2).id()));
        assertEquals(LeaseState.REQUESTED, stateOf(broker, leases.get(3).id()));
        broker.release(leases.get(0).id());
        await().until(() -> stateOf(broker, leases.get(2).id()) == LeaseState.PENDING);
        assertEquals(LeaseState.REQUESTED, stateOf(broker, leases.get(3).id()));
        assertEquals(2, client.pods().inNamespace(NAMESPACE).list().getItems().size());
    }

    @Test
    void anIdleWorkerIsReapedAtExactlyIdleMinutesAndABusyOneNever() {
        WorkerBroker broker = broker("jenkins-a");
        Lease idle = request(broker, "linux");
        Lease busy = request(broker, "linux");
        kubeletRuns(idle);
        kubeletRuns(busy);
        await().until(() -> stateOf(broker, idle.id()) == LeaseState.RUNNING && stateOf(broker, busy.id()) == LeaseState.RUNNING);
        broker.busy(busy.id());
        clock.advance(Duration.ofMinutes(60).minusSeconds(1));
        assertTrue(broker.tick().isEmpty());
        clock.advance(Duration.ofSeconds(1));
        Plan plan = broker.tick();
        assertEquals(1, plan.actions().size(), plan.actions()::toString);
        PlanAction.DeletePod delete = (PlanAction.DeletePod) plan.actions().get(0);
        assertEquals(ReapReason.IDLE, delete.reason());
        assertEquals(idle.podName(), delete.worker().podName());
        await().until(() -> pod(idle) == null);
        assertEquals(LeaseState.BUSY, stateOf(broker, busy.id()));
    }

    @Test
    void theLifetimeRuleReapsAWorkerMidStepAndTheStepLearnsWhy() {
        WorkerBroker broker = broker("jenkins-a");
        Lease lease = request(broker, "linux");
        kubeletRuns(lease);
        await().until(() -> stateOf(broker, lease.id()) == LeaseState.RUNNING);
        broker.busy(lease.id());
        clock.advance(Duration.ofHours(72));
        broker.tick();
        await().until(() -> pod(lease) == null);
        LeaseTransition last = transitions.get(transitions.size() - 1);
        assertEquals(LeaseState.FAILED, last.to());
        assertTrue(last.reason().contains("72"), last.reason());
    }

    @Test
    void anImagePullFailureFailsTheLeaseAtOnceWithTheKubernetesReason() {
        WorkerBroker broker = broker("jenkins-a");
        Lease lease = request(broker, "linux");
        await().until(() -> stateOf(broker, lease.id()) == LeaseState.PENDING);
        // A real API server filters events by involvedObject.name; the mock answers that with nothing.
        server.expect().get()
                .withPath("/api/v1/namespaces/workers/events?fieldSelector=involvedObject.name%3D" + lease.podName())
                .andReturn(200, new EventListBuilder().addToItems(new EventBuilder()
                        .withNewMetadata().withName(lease.podName() + ".1").endMetadata()
                        .withNewInvolvedObject().withKind("Pod").withName(lease.podName()).endInvolvedObject()
                        .withReason("Failed").withMessage("Failed to pull image: 429 Too Many Requests")
                        .withLastTimestamp("2026-11-25T10:00:05Z").build()).build())
                .once();
        client.pods().inNamespace(NAMESPACE).withName(lease.podName()).editStatus(p -> new PodBuilder(p).withNewStatus()
                .withPhase("Pending")
                .withContainerStatuses(new ContainerStatusBuilder().withName("agent").withNewState().withNewWaiting()
                        .withReason("ImagePullBackOff").withMessage("Back-off pulling image \"docker.io/jenkins/inbound-agent\"")
                        .endWaiting().endState().build())
                .endStatus().build());
        await().until(() -> !transitions.isEmpty() && transitions.get(transitions.size() - 1).to() == LeaseState.FAILED);
        String reason = transitions.get(transitions.size() - 1).reason();
        assertTrue(reason.contains("ImagePullBackOff"), reason);
        assertTrue(reason.endsWith("; last events: Failed: Failed to pull image: 429 Too Many Requests"), reason);
        await().until(() -> pod(lease) == null);
    }

    /** What the scheduler writes on a pod no node can take. */
    private void unschedulable(Lease lease, String message) {
        client.pods().inNamespace(NAMESPACE).withName(lease.podName()).editStatus(p -> new PodBuilder(p).withNewStatus()
                .withPhase("Pending")
                .addNewCondition().withType("PodScheduled").withStatus("False").withReason("Unschedulable")
                .withMessage(message).endCondition()
                .endStatus().build());
    }

    @Test
    void aPodNoNodeCanTakeYetTellsItsRequesterAtOnceOncePerMessageAndWaitsForThePendingTimeout() {
        WorkerBroker broker = broker("jenkins-a");
        List<String> notices = new CopyOnWriteArrayList<>();
        Lease lease = broker.request("linux", "build #1", new LeaseListener() {
            @Override
            public void onTransition(Lease l, LeaseTransition transition) {
                transitions.add(transition);
            }

            @Override
            public void onNotice(Lease l, String message) {
                notices.add(l.state() + " " + message);
            }
        });
        await().until(() -> stateOf(broker, lease.id()) == LeaseState.PENDING);
        unschedulable(lease, "0/3 nodes are available: 3 Insufficient cpu.");
        await().until(() -> notices.size() == 1);
        assertEquals("PENDING pod " + lease.podName() + " waits for a node, up to 15 min (pendingTimeoutMinutes of pool"
                + " linux) in case a cluster autoscaler adds one: Unschedulable: 0/3 nodes are available: 3 Insufficient"
                + " cpu.", notices.get(0));

        // The scheduler writes the condition again at each try; the broker hears each, in order.
        unschedulable(lease, "0/3 nodes are available: 3 Insufficient cpu.");
        unschedulable(lease, "0/4 nodes are available: 4 Insufficient memory.");
        await().until(() -> notices.size() >= 2);
        assertEquals(2, notices.size(), notices::toString);
        assertTrue(notices.get(1).endsWith("Unschedulable: 0/4 nodes are available: 4 Insufficient memory."),
                notices.get(1));

        assertEquals(LeaseState.PENDING, stateOf(broker, lease.id()), "told, not failed");
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertTrue(broker.tick().isEmpty(), "an autoscaler has until the pending timeout to add a node");
        clock.advance(Duration.ofSeconds(1));
        broker.tick();
        await().until(() -> pod(lease) == null);
        LeaseTransition last = transitions.get(transitions.size() - 1);
        assertEquals(LeaseState.FAILED, last.to());
        assertTrue(last.reason().contains("Insufficient memory"), last.reason());
    }

    @Test
    void aLambdaListenerHearsMovesAndIgnoresNotices() {
        WorkerBroker broker = broker("jenkins-a");
        Lease lease = request(broker, "linux");
        await().until(() -> stateOf(broker, lease.id()) == LeaseState.PENDING);
        unschedulable(lease, "0/3 nodes are available: 3 Insufficient cpu.");
        kubeletRuns(lease);
        await().until(() -> stateOf(broker, lease.id()) == LeaseState.RUNNING);
        assertEquals(List.of(LeaseState.PENDING, LeaseState.RUNNING), transitions.stream().map(LeaseTransition::to).toList());
    }

    @Test
    void aPodDeletedBySomeoneElseFailsItsLease() {
        WorkerBroker broker = broker("jenkins-a");
        Lease lease = request(broker, "linux");
        kubeletRuns(lease);
        await().until(() -> stateOf(broker, lease.id()) == LeaseState.RUNNING);
        client.pods().inNamespace(NAMESPACE).withName(lease.podName()).delete();
        await().until(() -> broker.lease(lease.id()).isEmpty());
        LeaseTransition last = transitions.get(transitions.size() - 1);
        assertEquals(LeaseState.FAILED, last.to());
        assertTrue(last.reason().contains("deleted by someone else"), last.reason());
    }

    @Test
    void aLabelNoPoolServesFailsAtOnce() {
        Lease lease = request(broker("jenkins-a"), "arm64");
        assertEquals(LeaseState.FAILED, lease.state());
        assertTrue(lease.failure().orElseThrow().contains("'arm64'"));
    }

    /** A step that has been busy on its worker for 59 minutes when its controller restarts. */
    private WorkerBroker restartedAfterABusyHour(Lease lease, WorkerBroker first) {
        kubeletRuns(lease);
        await().until(() -> stateOf(first, lease.id()) == LeaseState.RUNNING);
        first.busy(lease.id());
        clock.advance(Duration.ofMinutes(59));
        first.close();
        WorkerBroker second = broker("jenkins-a");
        await().until(() -> second.lease(lease.id()).isPresent() && second.scheduled() == 1);
        return second;
    }

    @Test
    void aWorkerAdoptedAfterARestartIsIdleFromTheRestartAndReapedOneIdlePeriodLaterIfUnclaimed() {
        WorkerBroker first = broker("jenkins-a");
        Lease lease = request(first, "linux");
        WorkerBroker second = restartedAfterABusyHour(lease, first);
        Instant adoptedAt = clock.instant();
        Lease adopted = second.lease(lease.id()).orElseThrow();
        assertEquals(LeaseState.IDLE, adopted.state());
        assertEquals(adoptedAt, adopted.since(), "idle from the adoption, not from the pod's creation");

        clock.advance(Duration.ofMinutes(2));
        assertTrue(second.tick().isEmpty(), "61 minutes after the step started, its worker is not taken from it");
        clock.advance(Duration.ofMinutes(58).minusSeconds(1));
        assertTrue(second.tick().isEmpty(), "a second short of one idle period after the adoption");
        clock.advance(Duration.ofSeconds(1));
        Plan plan = second.tick();
        assertEquals(1, plan.actions().size(), plan.actions()::toString);
        PlanAction.DeletePod delete = (PlanAction.DeletePod) plan.actions().get(0);
        assertEquals(ReapReason.IDLE, delete.reason(), "nobody claimed it within idleMinutes of the adoption");
        assertEquals(lease.podName(), delete.worker().podName());
        assertEquals(adoptedAt.plus(Duration.ofMinutes(60)), clock.instant());
        await().until(() -> pod(lease) == null);
    }

    @Test
    void aWorkerClaimedAfterARestartIsNeverIdleReapedButStillMeetsItsLifetimeFromItsCreation() {
        Instant created = clock.instant();
        WorkerBroker first = broker("jenkins-a");
        Lease lease = request(first, "linux");
        WorkerBroker second = restartedAfterABusyHour(lease, first);
        second.busy(lease.id());
        assertEquals(LeaseState.BUSY, stateOf(second, lease.id()), "the step that survived the restart claims it");

        clock.advance(Duration.ofHours(10));
        assertTrue(second.tick().isEmpty(), "a busy worker is never idle-reaped");
        assertEquals(LeaseState.BUSY, stateOf(second, lease.id()));
        clock.advance(Duration.between(clock.instant(), created.plus(Duration.ofHours(72))).minusSeconds(1));
        assertTrue(second.tick().isEmpty(), "a second short of 72 hours after the pod was made");
        clock.advance(Duration.ofSeconds(1));
        Plan plan = second.tick();
        assertEquals(List.of(ReapReason.LIFETIME), plan.actions().stream()
                .filter(PlanAction.DeletePod.class::isInstance).map(a -> ((PlanAction.DeletePod) a).reason()).toList(),
                "the lifetime counts from the creation the pod carries, across the restart");
        await().until(() -> pod(lease) == null);
    }

    @Test
    void metricsTellTheWaitsTheWorkersTheReapsAndTheApiCalls() {
        WorkerBroker broker = broker("jenkins-a");
        Lease lease = request(broker, "linux");
        kubeletRuns(lease);
        await().until(() -> stateOf(broker, lease.id()) == LeaseState.RUNNING);
        broker.idle(lease.id());
        broker.tick();
        String scrape = registry.scrape();
        assertTrue(scrape.contains("dwp_worker_request_to_created_seconds_count{pool=\"linux\"} 1"), scrape);
        assertTrue(scrape.contains("dwp_worker_request_to_running_seconds_count{pool=\"linux\"} 1"), scrape);
        assertTrue(scrape.contains("dwp_worker_request_to_connected_seconds_count{pool=\"linux\"} 1"), scrape);
        assertTrue(scrape.contains("dwp_workers{pool=\"linux\",state=\"idle\"} 1"), scrape);
        assertTrue(scrape.contains("dwp_api_calls_total{resource=\"pods\",verb=\"create\"} 1"), scrape);
        assertTrue(scrape.contains("dwp_api_calls_total{resource=\"secrets\",verb=\"create\"} 1"), scrape);
        clock.advance(Duration.ofMinutes(60));
        broker.tick();
        await().until(() -> broker.lease(lease.id()).isEmpty());
        scrape = registry.scrape();
        assertTrue(scrape.contains("dwp_reaps_total{pool=\"linux\",reason=\"idle\"} 1"), scrape);
        assertTrue(scrape.contains("dwp_api_calls_total{resource=\"pods\",verb=\"delete\"} 1"), scrape);
    }

    /** A running pod of another controller, made as that controller would. */
    private Pod podOfAnotherController(String controllerId, Instant created) {
        ResolvedPool pool = pools(POOLS).pool("linux").orElseThrow();
        WorkerIdentity identity = new WorkerIdentity(controllerId, "other00001", "linux", NAMESPACE, created);
        Pod pod = new WorkerRenderer(new AgentConnection("http://other:8080/", true))
                .render(pool, identity, "s").pod();
        client.pods().resource(pod).create();
        return pod;
    }

    @Test
    void podsOfALiveControllerMeetOnlyTheLifetimeRuleAndThoseOfADeadOneAreOrphans() {
        Heartbeat other = new Heartbeat(client, NAMESPACE, "jenkins-b", clock, Duration.ofMinutes(2));
        other.renew();
        Pod pod = podOfAnotherController("jenkins-b", clock.instant());
        WorkerBroker broker = broker("jenkins-a");
        await().until(() -> broker.scheduled() == 1);
        clock.advance(Duration.ofMinutes(6));
        other.renew();
        await().until(() -> broker.tick().isEmpty() && broker.scheduled() == 1);
        assertTrue(broker.tick().isEmpty(), "jenkins-b renewed its heartbeat: its idle pod is its business");

        clock.advance(Duration.ofMinutes(2).plus(Duration.ofMinutes(5)));
        Plan plan = broker.tick();
        assertEquals(1, plan.actions().size(), plan.actions()::toString);
        PlanAction.DeletePod delete = (PlanAction.DeletePod) plan.actions().get(0);
        assertEquals(ReapReason.ORPHAN, delete.reason());
        assertTrue(delete.detail().contains("jenkins-b has not renewed its heartbeat"), delete.detail());
        await().until(() -> client.pods().inNamespace(NAMESPACE).withName(pod.getMetadata().getName()).get() == null);
    }

    @Test
    void aPodOfAControllerWithNoHeartbeatAtAllIsAnOrphanAtOnce() {
        Pod pod = podOfAnotherController("jenkins-gone", clock.instant().minus(Duration.ofHours(1)));
        WorkerBroker broker = broker("jenkins-a");
        await().until(() -> broker.scheduled() == 1);
        Plan plan = broker.tick();
        assertEquals(ReapReason.ORPHAN, ((PlanAction.DeletePod) plan.actions().get(0)).reason());
        await().until(() -> client.pods().inNamespace(NAMESPACE).withName(pod.getMetadata().getName()).get() == null);
    }

    @Test
    void aPodThatDoesNotStartInTimeFailsItsStepWithThePendingTimeout() {
        WorkerBroker broker = broker("jenkins-a");
        Lease lease = request(broker, "linux");
        await().until(() -> stateOf(broker, lease.id()) == LeaseState.PENDING && broker.scheduled() == 1);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertTrue(broker.tick().isEmpty());
        clock.advance(Duration.ofSeconds(1));
        broker.tick();
        await().until(() -> pod(lease) == null);
        LeaseTransition last = transitions.get(transitions.size() - 1);
        assertEquals(LeaseState.FAILED, last.to());
        assertTrue(last.reason().contains("did not start within 15 min"), last.reason());
    }

    @Test
    void aTickJudgesOnlyTheWorkersThatAreDue() {
        WorkerBroker broker = broker("jenkins-a");
        Lease first = request(broker, "linux");
        kubeletRuns(first);
        await().until(() -> stateOf(broker, first.id()) == LeaseState.RUNNING);
        clock.advance(Duration.ofMinutes(30));
        Lease second = request(broker, "linux");
        kubeletRuns(second);
        await().until(() -> stateOf(broker, second.id()) == LeaseState.RUNNING && broker.scheduled() == 2);
        clock.advance(Duration.ofMinutes(30));
        Plan plan = broker.tick();
        assertEquals(List.of(first.podName()), plan.actions().stream()
                .map(a -> ((PlanAction.DeletePod) a).worker().podName()).toList());
        await().until(() -> broker.lease(first.id()).isEmpty());
        assertEquals(1, broker.scheduled(), "the second waits for its own due time");
    }

    @Test
    void aTickJudgesAtMostItsLimitAndLeavesTheRestDueForTheNext() {
        WorkerBroker broker = broker("jenkins-a", 1);
        Lease first = request(broker, "linux");
        Lease second = request(broker, "linux");
        kubeletRuns(first);
        kubeletRuns(second);
        await().until(() -> stateOf(broker, first.id()) == LeaseState.RUNNING && stateOf(broker, second.id()) == LeaseState.RUNNING
                && broker.scheduled() == 2);
        clock.advance(Duration.ofMinutes(60));
        assertEquals(1, broker.tick().actions().size(), "one reap this tick");
        assertEquals(1, broker.tick().actions().size(), "the other at the next");
        await().until(() -> broker.leases().isEmpty());
    }

    @Test
    void aScheduledBrokerReapsWithoutBeingAsked() {
        WorkerBroker broker = broker("jenkins-a");
        Lease lease = request(broker, "linux");
        kubeletRuns(lease);
        await().until(() -> stateOf(broker, lease.id()) == LeaseState.RUNNING);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            broker.tickEvery(scheduler, Duration.ofMillis(20));
            clock.advance(Duration.ofMinutes(60));
            await().until(() -> broker.lease(lease.id()).isEmpty());
            assertEquals(ReapReason.IDLE.displayName() + ": idle for 60 min, limit 60 min",
                    transitions.get(transitions.size() - 2).reason());
        } finally {
            scheduler.shutdownNow();
        }
    }
}
