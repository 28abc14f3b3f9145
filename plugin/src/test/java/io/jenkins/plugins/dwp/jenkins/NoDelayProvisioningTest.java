package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Label;
import hudson.model.LoadStatistics;
import hudson.model.labels.LabelAtom;
import hudson.slaves.Cloud;
import hudson.slaves.NodeProvisioner;
import hudson.slaves.NodeProvisioner.StrategyDecision;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NoDelayProvisioningTest {

    private final Label linux = new LabelAtom("linux");

    /** One of our clouds: it serves some labels and plans up to {@code capacity} one-executor workers a round. */
    private static final class OurCloud extends DynamicWorkerPoolsCloud {
        private final Set<String> labels;
        private final int capacity;
        final List<Integer> asked = new ArrayList<>();
        final List<Integer> plannedBefore = new ArrayList<>();

        OurCloud(String name, Set<String> labels, int capacity) {
            super(name);
            this.labels = labels;
            this.capacity = capacity;
        }

        @Override
        public boolean canProvision(CloudState state) {
            return state.getLabel() != null && labels.contains(state.getLabel().getExpression());
        }

        @Override
        public Collection<NodeProvisioner.PlannedNode> provision(CloudState state, int excessWorkload) {
            asked.add(excessWorkload);
            plannedBefore.add(state.getAdditionalPlannedCapacity());
            return IntStream.range(0, Math.min(excessWorkload, capacity))
                    .mapToObj(i -> new NodeProvisioner.PlannedNode(name + "-" + i, new CompletableFuture<>(), 1))
                    .toList();
        }
    }

    /** A cloud of another plugin, which could provision anything. */
    private static final class OtherCloud extends Cloud {
        final List<Integer> asked = new ArrayList<>();

        OtherCloud() {
            super("elsewhere");
        }

        @Override
        public boolean canProvision(CloudState state) {
            return true;
        }

        @Override
        public Collection<NodeProvisioner.PlannedNode> provision(CloudState state, int excessWorkload) {
            asked.add(excessWorkload);
            return List.of();
        }
    }

    /**
     * What a provisioning round of {@code label} shows the strategies: {@code waiting} steps, no
     * executor, and {@code planned} executors still being provisioned from earlier rounds. Only
     * NodeProvisioner makes one; its private constructor is the one upstream has.
     */
    private static NodeProvisioner.StrategyState round(Label label, int waiting, int planned) throws ReflectiveOperationException {
        Constructor<NodeProvisioner.StrategyState> constructor = NodeProvisioner.StrategyState.class.getDeclaredConstructor(
                NodeProvisioner.class, LoadStatistics.LoadStatisticsSnapshot.class, Label.class, int.class);
        constructor.setAccessible(true);
        return constructor.newInstance(label.nodeProvisioner,
                LoadStatistics.LoadStatisticsSnapshot.builder().withQueueLength(waiting).build(), label, planned);
    }

    private static StrategyDecision apply(NodeProvisioner.StrategyState state, Cloud... clouds) {
        return new NoDelayProvisioning(() -> List.of(clouds)).apply(state);
    }

    @Test
    void ourCloudIsAskedForExactlyTheStepsThatHaveNoExecutorComing() throws Exception {
        OurCloud ours = new OurCloud("dynamic", Set.of("linux"), 10);
        NodeProvisioner.StrategyState state = round(linux, 5, 2);

        assertEquals(StrategyDecision.PROVISIONING_COMPLETED, apply(state, ours));

        assertEquals(List.of(3), ours.asked);
        assertEquals(3, state.getAdditionalPlannedCapacity());
        assertEquals(3, linux.nodeProvisioner.getPendingLaunches().size(), "the planned workers are pending launches");
    }

    @Test
    void whatEarlierStrategiesPlannedThisRoundCounts() throws Exception {
        OurCloud ours = new OurCloud("dynamic", Set.of("linux"), 10);
        NodeProvisioner.StrategyState state = round(linux, 3, 0);
        state.recordPendingLaunches(new NodeProvisioner.PlannedNode("earlier", new CompletableFuture<>(), 1));

        apply(state, ours);

        assertEquals(List.of(2), ours.asked);
        assertEquals(List.of(1), ours.plannedBefore, "the cloud is told what is planned already");
    }

    @Test
    void whenEnoughIsComingNoCloudIsAsked() throws Exception {
        OurCloud ours = new OurCloud("dynamic", Set.of("linux"), 10);

        assertEquals(StrategyDecision.PROVISIONING_COMPLETED, apply(round(linux, 2, 2), ours));
        assertEquals(StrategyDecision.PROVISIONING_COMPLETED, apply(round(linux, 0, 0), ours));

        assertTrue(ours.asked.isEmpty());
    }

    @Test
    void otherCloudsAndOursThatCannotServeTheLabelAreNotAsked() throws Exception {
        OtherCloud other = new OtherCloud();
        OurCloud windows = new OurCloud("windows", Set.of("windows"), 10);
        OurCloud ours = new OurCloud("dynamic", Set.of("linux"), 10);

        assertEquals(StrategyDecision.PROVISIONING_COMPLETED, apply(round(linux, 1, 0), other, windows, ours));

        assertTrue(other.asked.isEmpty());
        assertTrue(windows.asked.isEmpty());
        assertEquals(List.of(1), ours.asked);
    }

    @Test
    void whatOneOfOurCloudsCannotPlanTheNextIsAskedFor() throws Exception {
        OurCloud small = new OurCloud("small", Set.of("linux"), 1);
        OurCloud large = new OurCloud("large", Set.of("linux"), 10);
        NodeProvisioner.StrategyState state = round(linux, 4, 0);

        assertEquals(StrategyDecision.PROVISIONING_COMPLETED, apply(state, small, large));

        assertEquals(List.of(4), small.asked);
        assertEquals(List.of(3), large.asked);
        assertEquals(4, state.getAdditionalPlannedCapacity());
    }

    @Test
    void whenOurCloudsFallShortTheRemainingStrategiesAreConsulted() throws Exception {
        OurCloud small = new OurCloud("small", Set.of("linux"), 1);
        NodeProvisioner.StrategyState state = round(linux, 3, 0);

        assertEquals(StrategyDecision.CONSULT_REMAINING_STRATEGIES, apply(state, small));

        assertEquals(1, state.getAdditionalPlannedCapacity());
    }

    @Test
    void aLabelNoneOfOurCloudsServesIsLeftToTheRemainingStrategies() throws Exception {
        OtherCloud other = new OtherCloud();

        assertEquals(StrategyDecision.CONSULT_REMAINING_STRATEGIES, apply(round(new LabelAtom("solaris"), 2, 0), other));

        assertTrue(other.asked.isEmpty());
    }
}
