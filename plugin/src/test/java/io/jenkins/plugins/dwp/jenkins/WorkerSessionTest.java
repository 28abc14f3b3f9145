package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.dwp.lease.Lease;
import io.jenkins.plugins.dwp.lease.LeaseState;
import io.jenkins.plugins.dwp.lease.LeaseTransition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkerSessionTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final WorkerSession session = new WorkerSession(null, Optional.empty());

    private static Lease lease(LeaseState state, Optional<String> failure) {
        return new Lease("abc", "linux", "linux", "dwp-linux-abc", "workers", state, Map.of(state, NOW), failure);
    }

    private void move(LeaseState from, LeaseState to, String reason) {
        session.onTransition(lease(to, to == LeaseState.FAILED ? Optional.of(reason) : Optional.empty()),
                new LeaseTransition(from, to, NOW, reason));
    }

    @Test
    void linesSaidBeforeTheLogIsAttachedAreNotLost() {
        move(LeaseState.REQUESTED, LeaseState.PENDING, "");
        List<String> log = new ArrayList<>();
        session.attach(log::add);
        move(LeaseState.PENDING, LeaseState.RUNNING, "");
        assertEquals(List.of("pod workers/dwp-linux-abc pending", "pod workers/dwp-linux-abc running"), log);
    }

    @Test
    void aWorkerThatFailsBeforeRunningEndsTheWaitWithTheReason() {
        move(LeaseState.REQUESTED, LeaseState.PENDING, "");
        move(LeaseState.PENDING, LeaseState.FAILED, "ImagePullBackOff: Back-off pulling image");
        WorkerFailedException failed = assertThrows(WorkerFailedException.class, () -> session.awaitAgent(Duration.ofMinutes(15)));
        assertEquals("ImagePullBackOff: Back-off pulling image", failed.reason());
        assertEquals("worker pod dwp-linux-abc cannot serve this step: ImagePullBackOff: Back-off pulling image",
                failed.getMessage());
    }

    @Test
    void aWorkerReapedWhileWaitingForItsAgentEndsTheWaitToo() {
        move(LeaseState.PENDING, LeaseState.RUNNING, "");
        move(LeaseState.RUNNING, LeaseState.TERMINATING, "idle: 60 minutes");
        move(LeaseState.TERMINATING, LeaseState.GONE, "");
        WorkerFailedException failed = assertThrows(WorkerFailedException.class, () -> session.awaitAgent(Duration.ofMinutes(15)));
        assertEquals("gone", failed.reason());
    }

    @Test
    void theEnginesNoticesReachTheAgentsLog() {
        List<String> log = new ArrayList<>();
        session.attach(log::add);
        session.onNotice(lease(LeaseState.PENDING, Optional.empty()), "pod dwp-linux-abc waits for a node: Unschedulable");
        assertEquals(List.of("pod dwp-linux-abc waits for a node: Unschedulable"), log);
    }
}
