package io.jenkins.plugins.dwp.jenkins;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Queue;
import hudson.model.labels.LabelAtom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StepFailuresTest {

    private static final Set<LabelAtom> LINUX_WORKER = Set.of(new LabelAtom("linux"), new LabelAtom("ubuntu"));

    private final List<Queue.BuildableItem> buildable = new ArrayList<>();
    private final List<Queue.Item> cancelled = new ArrayList<>();
    private final StepFailures failures = new StepFailures(new BuildQueue() {
        @Override
        public List<Queue.BuildableItem> buildableItems() {
            return List.copyOf(buildable);
        }

        @Override
        public void cancel(Queue.Item item) {
            cancelled.add(item);
        }
    });

    /** A step of a new run waiting for {@code label}, which entered the queue after every step made before it. */
    private Queue.BuildableItem waiting(PipelineLog log, hudson.model.Label label) {
        long before = buildable.stream().mapToLong(Queue.Item::getInQueueSince).max().orElse(0);
        await().pollInterval(Duration.ofMillis(1)).until(() -> System.currentTimeMillis() > before);
        return log.stepWaitingFor(label);
    }

    @Test
    void theStepThatWaitedLongestForALikeWorkerFailsWithTheReasonInItsLog() {
        PipelineLog windowsLog = new PipelineLog();
        PipelineLog oldestLog = new PipelineLog();
        PipelineLog newerLog = new PipelineLog();
        Queue.BuildableItem windows = waiting(windowsLog, new LabelAtom("windows"));
        buildable.add(windows);
        Queue.BuildableItem oldest = waiting(oldestLog, new LabelAtom("linux"));
        buildable.add(oldest);
        Queue.BuildableItem newer = waiting(newerLog, new LabelAtom("ubuntu"));
        buildable.add(0, newer);

        failures.failOneWaitingFor(LINUX_WORKER, "worker pod dwp-linux-abc cannot serve this step: ImagePullBackOff");

        assertEquals(List.of(oldest), cancelled);
        assertEquals("Dynamic Worker Pools: worker pod dwp-linux-abc cannot serve this step: ImagePullBackOff\n",
                oldestLog.text());
        assertEquals("", newerLog.text());
        assertEquals("", windowsLog.text());
    }

    @Test
    void aLabelExpressionIsMatchedAsAgainstANodeWithTheWorkersLabels() {
        PipelineLog log = new PipelineLog();
        Queue.BuildableItem both = log.stepWaitingFor(new LabelAtom("linux").and(new LabelAtom("ubuntu")));
        Queue.BuildableItem notWindows = log.stepWaitingFor(new LabelAtom("linux").and(new LabelAtom("windows").not()));
        Queue.BuildableItem windows = log.stepWaitingFor(new LabelAtom("linux").and(new LabelAtom("windows")));
        buildable.addAll(List.of(windows, both));

        failures.failOneWaitingFor(LINUX_WORKER, "gone");
        buildable.clear();
        buildable.add(notWindows);
        failures.failOneWaitingFor(LINUX_WORKER, "gone");

        assertEquals(List.of(both, notWindows), cancelled);
    }

    @Test
    void stepsForAnyAgentOrNoneLikeTheWorkerAreLeftWaiting() {
        PipelineLog log = new PipelineLog();
        buildable.add(log.stepWaitingFor(null));
        buildable.add(log.stepWaitingFor(new LabelAtom("windows")));

        failures.failOneWaitingFor(LINUX_WORKER, "gone");
        buildable.clear();
        failures.failOneWaitingFor(LINUX_WORKER, "gone");

        assertTrue(cancelled.isEmpty());
        assertEquals("", log.text());
    }

    @Test
    void failingAStepPrintsWhyInItsBuildLogAndCancelsIt() {
        PipelineLog log = new PipelineLog();
        Queue.BuildableItem step = log.stepWaitingFor(new LabelAtom("legacy"));

        failures.fail(step, "pool 'legacy' cannot run steps: use inbound-agent-jdk21");

        assertEquals("Dynamic Worker Pools: pool 'legacy' cannot run steps: use inbound-agent-jdk21\n", log.text());
        assertEquals(List.of(step), cancelled);
    }
}
