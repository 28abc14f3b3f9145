package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Label;
import hudson.model.Queue;
import hudson.model.labels.LabelAtom;
import hudson.slaves.Cloud;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BuildableStepsTest {

    private static final String POOLS = RetiringImages.IMAGES + """
            pools:
              - name: linux
                labels: [linux, ubuntu]
                image: { default: inbound-agent }
                resources: { requests: { cpu: 500m, memory: 1Gi } }
              - name: legacy
                image: { pinned: old-agent }
                resources: { requests: { cpu: 500m, memory: 1Gi } }
            """;

    /** A cloud of another plugin, which can provision anything. */
    private static final class OtherCloud extends Cloud {
        OtherCloud() {
            super("elsewhere");
        }

        @Override
        public boolean canProvision(CloudState state) {
            return true;
        }
    }

    private final DynamicWorkerPoolsCloud ours = new DynamicWorkerPoolsCloud("buildable-steps");
    private final AtomicInteger cloudLookups = new AtomicInteger();
    private final Set<String> labelsOfAgents = new HashSet<>();
    private final List<Label> reviews = new ArrayList<>();
    private final List<Queue.Item> cancelled = new ArrayList<>();
    private final BuildableSteps steps;

    BuildableStepsTest() {
        ours.setPools(POOLS);
        ConfiguredClouds clouds = () -> {
            cloudLookups.incrementAndGet();
            return List.of(new OtherCloud(), ours);
        };
        BuildQueue queue = new BuildQueue() {
            @Override
            public List<Queue.BuildableItem> buildableItems() {
                return List.of();
            }

            @Override
            public void cancel(Queue.Item item) {
                cancelled.add(item);
            }
        };
        steps = new BuildableSteps(clouds, label -> labelsOfAgents.contains(label.getExpression()), reviews::add,
                new StepFailures(queue));
    }

    @Test
    void aStepOneOfOurPoolsServesAsksForAProvisioningReviewAtOnce() {
        Label label = new LabelAtom("linux").and(new LabelAtom("ubuntu"));

        steps.onEnterBuildable(new PipelineLog().stepWaitingFor(label));

        assertEquals(List.of(label), reviews);
        assertTrue(cancelled.isEmpty());
    }

    @Test
    void aStepOnlyAPoolOnADecommissionedImageServesFailsAtOnceNamingTheReplacement() {
        PipelineLog log = new PipelineLog();
        Queue.BuildableItem step = log.stepWaitingFor(new LabelAtom("legacy"));

        steps.onEnterBuildable(step);

        assertEquals(List.of(step), cancelled);
        assertTrue(log.text().startsWith("Dynamic Worker Pools: pool 'legacy' cannot run steps: ")
                && log.text().contains("inbound-agent-jdk21"), log.text());
        assertTrue(reviews.isEmpty());
    }

    @Test
    void anAgentWithTheLabelCanStillRunTheStep() {
        labelsOfAgents.add("legacy");
        PipelineLog log = new PipelineLog();

        steps.onEnterBuildable(log.stepWaitingFor(new LabelAtom("legacy")));

        assertTrue(cancelled.isEmpty());
        assertEquals("", log.text());
        assertTrue(reviews.isEmpty());
    }

    @Test
    void labelsOurPoolsDoNotServeAreLeftToJenkins() {
        PipelineLog log = new PipelineLog();

        steps.onEnterBuildable(log.stepWaitingFor(new LabelAtom("windows")));

        assertTrue(reviews.isEmpty(), "the other cloud, which serves it, is Jenkins' own provisioner's business");
        assertTrue(cancelled.isEmpty());
        assertEquals("", log.text());
    }

    @Test
    void aStepForAnyAgentIsLeftToJenkins() {
        steps.onEnterBuildable(new PipelineLog().stepWaitingFor(null));

        assertEquals(0, cloudLookups.get());
        assertTrue(reviews.isEmpty());
        assertTrue(cancelled.isEmpty());
    }
}
