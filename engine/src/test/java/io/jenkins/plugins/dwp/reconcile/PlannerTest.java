package io.jenkins.plugins.dwp.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.lease.LeaseState;
import io.jenkins.plugins.dwp.reconcile.PlanAction.DeletePod;
import io.jenkins.plugins.dwp.reconcile.PlanAction.FailLease;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlannerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String ME = "jenkins-a";
    private static final String OTHER = "jenkins-b";
    private static final String DEAD = "jenkins-dead";
    private static final Duration GRACE = Duration.ofMinutes(5);

    /** Pool linux: idle 60 min, lifetime 72 h, pending 15 min; image retired-agent decommissioned after 2026-11-20. */
    private static final PoolSet POOLS = new PoolsValidator(BuiltinCatalog.get(), Clock.fixed(NOW, ZoneOffset.UTC))
            .validate(SourceFile.of("pools.yaml", """
                    images:
                      - id: retired-agent
                        family: retired
                        os: linux
                        image: registry.example.com/retired-agent:1
                        deprecatedAfter: 2026-10-31
                        decommissionedAfter: 2026-11-20
                        replacement: inbound-agent-jdk21
                    pools:
                      - name: linux
                        image: { default: inbound-agent }
                        resources: { requests: { cpu: 500m, memory: 1Gi } }
                        idleMinutes: 60
                        maxLifetimeHours: 72
                        pendingTimeoutMinutes: 15
                      - name: short
                        image: { default: inbound-agent }
                        resources: { requests: { cpu: 500m, memory: 1Gi } }
                        idleMinutes: 5
                        maxLifetimeHours: 1
                    """))
            .poolSet().orElseThrow();

    /** A worker of this controller in pool linux, running, its lease named like the pod. */
    private static final class W {
        String name;
        String controller = ME;
        String pool = "linux";
        Instant created = NOW.minus(Duration.ofHours(1));
        Optional<Instant> deadline = Optional.empty();
        String image = "inbound-agent-jdk21";
        WorkerPhase phase = WorkerPhase.RUNNING;
        Optional<String> problem = Optional.empty();
        boolean deleting;

        W(String name) {
            this.name = name;
        }

        W of(String controllerId) {
            controller = controllerId;
            return this;
        }

        W pool(String poolName) {
            pool = poolName;
            return this;
        }

        W createdAgo(Duration age) {
            created = NOW.minus(age);
            return this;
        }

        W deadline(Instant at) {
            deadline = Optional.of(at);
            return this;
        }

        W image(String imageId) {
            image = imageId;
            return this;
        }

        W phase(WorkerPhase workerPhase) {
            phase = workerPhase;
            return this;
        }

        W problem(String text) {
            problem = Optional.of(text);
            return this;
        }

        W deleting() {
            deleting = true;
            return this;
        }

        ObservedWorker build() {
            return new ObservedWorker("workers", name, controller, pool, name, created, created, deadline, image, phase,
                    problem, deleting);
        }
    }

    private static W worker(String name) {
        return new W(name);
    }

    private static LeaseView lease(String id, LeaseState state, Duration sinceAgo) {
        return new LeaseView(id, state, NOW.minus(sinceAgo), NOW.minus(sinceAgo));
    }

    private static Map<String, LeaseView> leases(LeaseView... views) {
        return List.of(views).stream().collect(Collectors.toMap(LeaseView::leaseId, Function.identity()));
    }

    private static PlanInput input(Optional<String> controllerId, Instant now, List<ObservedWorker> workers,
            Map<String, LeaseView> leases) {
        return new PlanInput(now, controllerId, POOLS, workers, leases, id -> !id.equals(DEAD), GRACE);
    }

    private static Plan plan(List<ObservedWorker> workers, Map<String, LeaseView> leases) {
        return Planner.plan(input(Optional.of(ME), NOW, workers, leases));
    }

    private static Plan plan(ObservedWorker worker, LeaseView lease) {
        return plan(List.of(worker), leases(lease));
    }

    private static Plan dwpPlan(List<ObservedWorker> workers) {
        return Planner.plan(input(Optional.empty(), NOW, workers, Map.of()));
    }

    private static List<String> described(Plan plan) {
        return plan.actions().stream().map(PlanAction::describe).toList();
    }

    private static DeletePod onlyDelete(Plan plan) {
        assertEquals(1, plan.actions().size(), () -> String.join("\n", described(plan)));
        return (DeletePod) plan.actions().get(0);
    }

    /** The plan is a lease failure followed by the delete of its pod; returns the failure's words. */
    private static String failedThenDeleted(Plan plan, ReapReason reason) {
        assertEquals(2, plan.actions().size(), () -> String.join("\n", described(plan)));
        FailLease fail = (FailLease) plan.actions().get(0);
        DeletePod delete = (DeletePod) plan.actions().get(1);
        assertEquals(delete.worker().leaseId(), fail.leaseId());
        assertEquals(reason, delete.reason());
        return fail.reason();
    }

    private static void assertEmpty(Plan plan) {
        assertTrue(plan.isEmpty(), () -> String.join("\n", described(plan)));
    }

    // --- empty ---

    @Test
    void anEmptyClusterGivesAnEmptyPlan() {
        Plan plan = plan(List.of(), Map.of());

        assertEmpty(plan);
        assertEquals(NOW, plan.at());
        assertEmpty(dwpPlan(List.of()));
    }

    @Test
    void healthyWorkersAreLeftAlone() {
        assertEmpty(plan(worker("linux-busy").build(), lease("linux-busy", LeaseState.BUSY, Duration.ofMinutes(50))));
        assertEmpty(plan(worker("linux-new").phase(WorkerPhase.PENDING).createdAgo(Duration.ofMinutes(1)).build(),
                lease("linux-new", LeaseState.PENDING, Duration.ofMinutes(1))));
    }

    // --- idle ---

    @Test
    void idleExactlyAtIdleMinutesIsReaped() {
        DeletePod delete = onlyDelete(plan(worker("linux-w").build(),
                lease("linux-w", LeaseState.RUNNING, Duration.ofMinutes(60))));

        assertEquals(ReapReason.IDLE, delete.reason());
        assertEquals("idle for 60 min, limit 60 min", delete.detail());
    }

    @Test
    void idleOneSecondShortOfIdleMinutesIsKept() {
        assertEmpty(plan(worker("linux-w").build(),
                lease("linux-w", LeaseState.IDLE, Duration.ofMinutes(60).minusSeconds(1))));
    }

    @Test
    void idleCountsFromIdleSinceNotFromTheLastStateChange() {
        LeaseView idle = new LeaseView("linux-w", LeaseState.IDLE, NOW.minus(Duration.ofMinutes(1)),
                NOW.minus(Duration.ofMinutes(61)));

        assertEquals("delete pod workers/linux-w (idle): idle for 61 min, limit 60 min",
                onlyDelete(plan(worker("linux-w").build(), idle)).describe());
    }

    @Test
    void aBusyWorkerIsNeverIdleReaped() {
        assertEmpty(plan(worker("linux-w").createdAgo(Duration.ofHours(71)).build(),
                lease("linux-w", LeaseState.BUSY, Duration.ofHours(70))));
    }

    // --- lifetime ---

    @Test
    void lifetimeExactlyAtMaxLifetimeHoursReapsABusyWorkerAndFailsItsStep() {
        Plan plan = plan(worker("linux-w").createdAgo(Duration.ofHours(72)).build(),
                lease("linux-w", LeaseState.BUSY, Duration.ofHours(2)));

        String failure = failedThenDeleted(plan, ReapReason.LIFETIME);

        assertTrue(failure.startsWith("the worker reached its 72 h lifetime mid-step and was deleted"), failure);
        assertEquals("alive 72 h 0 min, limit 72 h", ((DeletePod) plan.actions().get(1)).detail());
    }

    @Test
    void lifetimeOneSecondShortIsKept() {
        assertEmpty(plan(worker("linux-w").createdAgo(Duration.ofHours(72).minusSeconds(1)).build(),
                lease("linux-w", LeaseState.BUSY, Duration.ofHours(2))));
    }

    @Test
    void lifetimeOfAWorkerNoStepRunsOnTellsNoOne() {
        DeletePod delete = onlyDelete(plan(worker("short-w").pool("short").createdAgo(Duration.ofMinutes(61)).build(),
                lease("short-w", LeaseState.RUNNING, Duration.ofMinutes(1))));

        assertEquals(ReapReason.LIFETIME, delete.reason());
        assertEquals("alive 1 h 1 min, limit 1 h", delete.detail());
    }

    @Test
    void lifetimeComesFirst() {
        // Past lifetime, idle and on a decommissioned image: reaped once, for its lifetime.
        DeletePod delete = onlyDelete(plan(worker("linux-w").image("retired-agent").createdAgo(Duration.ofHours(80)).build(),
                lease("linux-w", LeaseState.IDLE, Duration.ofHours(5))));

        assertEquals(ReapReason.LIFETIME, delete.reason());
    }

    // --- other controllers ---

    @Test
    void aLiveControllersWorkersMeetOnlyTheLifetimeRule() {
        List<ObservedWorker> workers = List.of(
                worker("linux-theirs").of(OTHER).createdAgo(Duration.ofHours(10)).build(),
                worker("linux-done").of(OTHER).phase(WorkerPhase.SUCCEEDED).problem("Evicted").build(),
                worker("linux-old").of(OTHER).createdAgo(Duration.ofHours(72)).build());

        DeletePod delete = onlyDelete(plan(workers, Map.of()));

        assertEquals("linux-old", delete.worker().podName());
        assertEquals(ReapReason.LIFETIME, delete.reason());
    }

    @Test
    void aPoolThisConfigurationDoesNotKnowIsJudgedByTheDeadlineOnThePod() {
        Instant deadline = NOW.minus(Duration.ofMinutes(30));
        ObservedWorker theirs = worker("gpu-w").of(OTHER).pool("gpu").createdAgo(Duration.ofHours(24).plusMinutes(30))
                .deadline(deadline).build();
        ObservedWorker notYet = worker("gpu-x").of(OTHER).pool("gpu").createdAgo(Duration.ofHours(100))
                .deadline(NOW.plusSeconds(1)).build();

        DeletePod delete = onlyDelete(plan(List.of(theirs, notYet), Map.of()));

        assertEquals("gpu-w", delete.worker().podName());
        assertEquals("alive 24 h 30 min, limit 24 h", delete.detail());
    }

    @Test
    void aDeadControllersWorkersAreOrphans() {
        DeletePod delete = onlyDelete(plan(List.of(worker("linux-w").of(DEAD).createdAgo(Duration.ofMinutes(1)).build()),
                Map.of()));

        assertEquals(ReapReason.ORPHAN, delete.reason());
        assertEquals("controller jenkins-dead has not renewed its heartbeat", delete.detail());
    }

    // --- own orphans ---

    @Test
    void ownWorkersWithoutALeaseAreOrphansOnlyAfterTheGrace() {
        assertEmpty(plan(List.of(worker("linux-w").createdAgo(GRACE.minusSeconds(1)).build()), Map.of()));

        DeletePod delete = onlyDelete(plan(List.of(worker("linux-w").createdAgo(GRACE).build()), Map.of()));

        assertEquals(ReapReason.ORPHAN, delete.reason());
        assertEquals("no lease of controller jenkins-a holds it, 5 min after it was created (grace 5 min)", delete.detail());
    }

    // --- dwp mode ---

    @Test
    void withoutJenkinsOnlyLifetimeAndDeadControllersCount() {
        List<ObservedWorker> workers = List.of(
                worker("linux-a").of(ME).build(),
                worker("linux-b").of(OTHER).phase(WorkerPhase.PENDING).createdAgo(Duration.ofHours(2)).build(),
                worker("linux-c").of(DEAD).build(),
                worker("linux-d").of(ME).createdAgo(Duration.ofHours(73)).build());

        Plan plan = dwpPlan(workers);

        assertEquals(List.of(
                "delete pod workers/linux-d (lifetime): alive 73 h 0 min, limit 72 h",
                "delete pod workers/linux-c (orphan): controller jenkins-dead has not renewed its heartbeat"),
                described(plan));
    }

    // --- pending ---

    @Test
    void pendingExactlyAtTheTimeoutFailsTheStep() {
        Plan plan = plan(worker("linux-w").phase(WorkerPhase.PENDING).createdAgo(Duration.ofMinutes(15)).build(),
                lease("linux-w", LeaseState.PENDING, Duration.ofMinutes(15)));

        String failure = failedThenDeleted(plan, ReapReason.PENDING);

        assertTrue(failure.startsWith("pod linux-w did not start within 15 min: Kubernetes gives no reason"), failure);
        assertEquals("pending for 15 min, limit 15 min", ((DeletePod) plan.actions().get(1)).detail());
    }

    @Test
    void pendingOneSecondShortOfTheTimeoutWaits() {
        assertEmpty(plan(worker("linux-w").phase(WorkerPhase.PENDING).createdAgo(Duration.ofMinutes(15).minusSeconds(1)).build(),
                lease("linux-w", LeaseState.PENDING, Duration.ofMinutes(15))));
    }

    @Test
    void unschedulableWaitsForTheTimeoutThenNamesWhy() {
        String why = "Unschedulable: 0/3 nodes are available: 3 Insufficient cpu.";
        assertEmpty(plan(worker("linux-w").phase(WorkerPhase.PENDING).problem(why).createdAgo(Duration.ofMinutes(14)).build(),
                lease("linux-w", LeaseState.PENDING, Duration.ofMinutes(14))));

        Plan plan = plan(worker("linux-w").phase(WorkerPhase.PENDING).problem(why).createdAgo(Duration.ofMinutes(15)).build(),
                lease("linux-w", LeaseState.PENDING, Duration.ofMinutes(15)));

        assertEquals("pod linux-w did not start within 15 min: " + why, failedThenDeleted(plan, ReapReason.PENDING));
    }

    @Test
    void aSecretTheKubeletLooksForTooEarlyIsGivenThePendingTimeout() {
        String why = "CreateContainerConfigError: secret \"linux-w\" not found";
        assertEmpty(plan(worker("linux-w").phase(WorkerPhase.PENDING).problem(why).createdAgo(Duration.ofSeconds(2)).build(),
                lease("linux-w", LeaseState.PENDING, Duration.ofSeconds(2))));
        Plan plan = plan(worker("linux-w").phase(WorkerPhase.PENDING).problem(why).createdAgo(Duration.ofMinutes(15)).build(),
                lease("linux-w", LeaseState.PENDING, Duration.ofMinutes(15)));
        assertEquals("pod linux-w did not start within 15 min: " + why, failedThenDeleted(plan, ReapReason.PENDING));
    }

    // --- problems ---

    @Test
    void anImagePullFailureFailsTheStepAtOnce() {
        String why = "ImagePullBackOff: Back-off pulling image \"registry.example.com/agent:typo\"";
        Plan plan = plan(worker("linux-w").phase(WorkerPhase.PENDING).problem(why).createdAgo(Duration.ofSeconds(20)).build(),
                lease("linux-w", LeaseState.PENDING, Duration.ofSeconds(20)));

        assertEquals("pod linux-w could not start: " + why, failedThenDeleted(plan, ReapReason.PENDING));
        assertEquals(why, ((DeletePod) plan.actions().get(1)).detail());
    }

    @Test
    void aRunningWorkerKilledForMemoryFailsItsStepAtOnce() {
        String why = "OOMKilled: container agent used more than its memory limit of 2Gi (exit code 137)";
        Plan plan = plan(worker("linux-w").phase(WorkerPhase.FAILED).problem(why).build(),
                lease("linux-w", LeaseState.BUSY, Duration.ofMinutes(3)));

        assertEquals("pod linux-w stopped: " + why, failedThenDeleted(plan, ReapReason.COMPLETED));
    }

    @Test
    void aProblemBeatsThePendingTimeout() {
        String why = "ErrImagePull: not found";
        Plan plan = plan(worker("linux-w").phase(WorkerPhase.PENDING).problem(why).createdAgo(Duration.ofMinutes(30)).build(),
                lease("linux-w", LeaseState.PENDING, Duration.ofMinutes(30)));

        assertEquals("pod linux-w could not start: " + why, failedThenDeleted(plan, ReapReason.PENDING));
    }

    // --- decommissioned ---

    @Test
    void aWorkerOnADecommissionedImageIsReapedUnlessBusy() {
        DeletePod delete = onlyDelete(plan(worker("linux-w").image("retired-agent").build(),
                lease("linux-w", LeaseState.RUNNING, Duration.ofMinutes(1))));

        assertEquals(ReapReason.DECOMMISSIONED, delete.reason());
        assertEquals("image retired-agent was decommissioned after 2026-11-20; its replacement is inbound-agent-jdk21",
                delete.detail());
        assertEmpty(plan(worker("linux-w").image("retired-agent").build(),
                lease("linux-w", LeaseState.BUSY, Duration.ofMinutes(1))));
    }

    @Test
    void decommissionedBeatsIdle() {
        DeletePod delete = onlyDelete(plan(worker("linux-w").image("retired-agent").build(),
                lease("linux-w", LeaseState.IDLE, Duration.ofMinutes(90))));

        assertEquals(ReapReason.DECOMMISSIONED, delete.reason());
    }

    @Test
    void anImageStillInServiceOrUnknownIsNotDecommissioned() {
        assertEmpty(plan(worker("linux-w").image("no-such-image").build(),
                lease("linux-w", LeaseState.RUNNING, Duration.ofMinutes(1))));
    }

    // --- completed ---

    @Test
    void aReleasedLeaseWhosePodIsStillThereIsDeletedAgain() {
        DeletePod delete = onlyDelete(plan(worker("linux-w").build(),
                lease("linux-w", LeaseState.TERMINATING, Duration.ofMinutes(2))));

        assertEquals(ReapReason.COMPLETED, delete.reason());
        assertEquals("lease linux-w is terminating since 2 min ago and its pod is still there", delete.detail());
    }

    @Test
    void aJustReleasedLeaseGivesItsDeleteAMinuteBeforeSendingItAgain() {
        assertEmpty(plan(worker("linux-w").build(), lease("linux-w", LeaseState.TERMINATING, Duration.ofSeconds(59))));
        assertEquals(ReapReason.COMPLETED, onlyDelete(plan(worker("linux-w").build(),
                lease("linux-w", LeaseState.TERMINATING, Duration.ofMinutes(1)))).reason());
    }

    @Test
    void aReleasedLeaseWhosePodIsBeingDeletedNeedsNothing() {
        assertEmpty(plan(worker("linux-w").deleting().build(),
                lease("linux-w", LeaseState.TERMINATING, Duration.ofMinutes(2))));
    }

    @Test
    void aPodThatEndedOnItsOwnFailsAStepStillHoldingIt() {
        Plan plan = plan(worker("linux-w").phase(WorkerPhase.SUCCEEDED).build(),
                lease("linux-w", LeaseState.BUSY, Duration.ofMinutes(2)));

        assertEquals("pod linux-w ended (phase Succeeded): its agent exited before the step was done",
                failedThenDeleted(plan, ReapReason.COMPLETED));
    }

    @Test
    void aPodThatEndedAfterItsReleaseIsDeletedWithoutFailingAnything() {
        DeletePod delete = onlyDelete(plan(worker("linux-w").phase(WorkerPhase.SUCCEEDED).build(),
                lease("linux-w", LeaseState.TERMINATING, Duration.ofMinutes(5))));

        assertEquals(ReapReason.COMPLETED, delete.reason());
    }

    // --- vanished and deleting ---

    @Test
    void aLeaseWhosePodVanishedIsFailed() {
        Plan plan = plan(List.of(), leases(
                lease("linux-busy", LeaseState.BUSY, Duration.ofMinutes(3)),
                lease("linux-requested", LeaseState.REQUESTED, Duration.ofMinutes(3)),
                lease("linux-released", LeaseState.TERMINATING, Duration.ofMinutes(3)),
                lease("linux-gone", LeaseState.GONE, Duration.ofMinutes(3))));

        assertEquals(List.of("fail lease linux-busy: its pod vanished while the lease was busy: it was deleted by someone"
                + " else (kubectl, a node drain) or its node was lost"), described(plan));
    }

    @Test
    void aPodBeingDeletedGetsNoSecondDelete() {
        List<ObservedWorker> workers = List.of(
                worker("linux-old").createdAgo(Duration.ofHours(90)).deleting().build(),
                worker("linux-orphan").of(DEAD).deleting().build());

        assertEmpty(plan(workers, Map.of()));
    }

    @Test
    void aStepWhosePodSomeoneElseDeletesIsToldSo() {
        Plan plan = plan(worker("linux-w").deleting().build(), lease("linux-w", LeaseState.BUSY, Duration.ofMinutes(3)));

        assertEquals(List.of("fail lease linux-w: its pod linux-w is being deleted by someone else (kubectl, a node drain,"
                + " an eviction)"), described(plan));
    }

    @Test
    void aStepWhosePodAnotherReconcilerReapsForItsLifetimeIsToldThat() {
        Plan plan = plan(worker("linux-w").createdAgo(Duration.ofHours(72)).deleting().build(),
                lease("linux-w", LeaseState.BUSY, Duration.ofMinutes(3)));

        assertEquals(1, plan.actions().size());
        assertTrue(plan.actions().get(0).describe().contains("reached its 72 h lifetime mid-step"), described(plan)::toString);
    }

    // --- a pool no longer configured ---

    @Test
    void ownWorkersOfARemovedPoolUseTheDefaultsAndTheDeadlineOnThePod() {
        DeletePod idle = onlyDelete(plan(worker("gone-w").pool("gone").build(),
                lease("gone-w", LeaseState.IDLE, Duration.ofMinutes(60))));
        assertEquals(ReapReason.IDLE, idle.reason());

        Plan lifetime = plan(worker("gone-x").pool("gone").createdAgo(Duration.ofHours(3))
                .deadline(NOW.minusSeconds(60)).build(), lease("gone-x", LeaseState.BUSY, Duration.ofMinutes(3)));
        String failure = failedThenDeleted(lifetime, ReapReason.LIFETIME);
        assertTrue(failure.startsWith("the worker reached its 2 h 59 min lifetime mid-step"), failure);
    }

    // --- order ---

    @Test
    void actionsComeInTheOrderTheyFellDueThenByPodName() {
        List<ObservedWorker> workers = new ArrayList<>(List.of(
                worker("linux-z").createdAgo(Duration.ofHours(75)).build(),   // lifetime, due 3 h ago
                worker("linux-b").build(),                                    // idle, due 30 min ago
                worker("linux-a").build(),                                    // idle, due 30 min ago
                worker("linux-o").createdAgo(Duration.ofMinutes(10)).build(), // orphan, due 5 min ago
                worker("linux-d").of(DEAD).build(),                           // orphan, due now
                worker("linux-c").of(DEAD).build()));                         // orphan, due now
        Map<String, LeaseView> leases = leases(
                lease("linux-z", LeaseState.IDLE, Duration.ofMinutes(1)),
                lease("linux-b", LeaseState.IDLE, Duration.ofMinutes(90)),
                lease("linux-a", LeaseState.IDLE, Duration.ofMinutes(90)),
                lease("linux-v", LeaseState.BUSY, Duration.ofMinutes(90)));   // vanished, due now

        List<String> first = described(plan(workers, leases));
        assertEquals(List.of(
                "delete pod workers/linux-z (lifetime): alive 75 h 0 min, limit 72 h",
                "delete pod workers/linux-a (idle): idle for 90 min, limit 60 min",
                "delete pod workers/linux-b (idle): idle for 90 min, limit 60 min",
                "delete pod workers/linux-o (orphan): no lease of controller jenkins-a holds it, 10 min after it was"
                        + " created (grace 5 min)",
                "delete pod workers/linux-c (orphan): controller jenkins-dead has not renewed its heartbeat",
                "delete pod workers/linux-d (orphan): controller jenkins-dead has not renewed its heartbeat",
                "fail lease linux-v: its pod vanished while the lease was busy: it was deleted by someone else"
                        + " (kubectl, a node drain) or its node was lost"), first);

        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(workers, random);
            assertEquals(first, described(plan(workers, leases)));
        }
    }

    /** The next check of a worker is exactly when a rule first acts on it: not a second before. */
    @ParameterizedTest
    @ValueSource(strings = {"idle", "busy", "pending", "unschedulable", "unleased", "short-busy"})
    void nextCheckIsWhenARuleFirstActs(String scenario) {
        ObservedWorker w;
        Map<String, LeaseView> held;
        switch (scenario) {
            case "idle" -> {
                w = worker("a").build();
                held = leases(lease("a", LeaseState.IDLE, Duration.ofMinutes(10)));
            }
            case "busy" -> {
                w = worker("a").build();
                held = leases(lease("a", LeaseState.BUSY, Duration.ofMinutes(10)));
            }
            case "pending" -> {
                w = worker("a").phase(WorkerPhase.PENDING).createdAgo(Duration.ofMinutes(5)).build();
                held = leases(lease("a", LeaseState.PENDING, Duration.ofMinutes(5)));
            }
            case "unschedulable" -> {
                w = worker("a").phase(WorkerPhase.PENDING).createdAgo(Duration.ofMinutes(5))
                        .problem("Unschedulable: 0/3 nodes are available: 3 Insufficient cpu.").build();
                held = leases(lease("a", LeaseState.PENDING, Duration.ofMinutes(5)));
            }
            case "unleased" -> {
                w = worker("a").createdAgo(Duration.ofMinutes(1)).build();
                held = Map.of();
            }
            default -> {
                w = worker("a").pool("short").createdAgo(Duration.ofMinutes(10)).build();
                held = leases(lease("a", LeaseState.BUSY, Duration.ofMinutes(10)));
            }
        }
        Instant due = Planner.nextCheck(input(Optional.of(ME), NOW, List.of(w), held), w).orElseThrow();
        assertTrue(due.isAfter(NOW), scenario + ": nothing is due yet, " + due);
        assertTrue(Planner.plan(input(Optional.of(ME), due.minusSeconds(1), List.of(w), held)).isEmpty(), scenario);
        assertFalse(Planner.plan(input(Optional.of(ME), due, List.of(w), held)).isEmpty(), scenario);
    }
}
