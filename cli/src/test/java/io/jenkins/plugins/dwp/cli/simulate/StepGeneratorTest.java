package io.jenkins.plugins.dwp.cli.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class StepGeneratorTest {

    private static List<WorkloadStep> generate(long seed, Map<PodProblem, Double> problems, double abandon) {
        Map<String, Double> labels = new LinkedHashMap<>();
        labels.put("linux", 0.8);
        labels.put("windows", 0.2);
        GeneratedLoad load = new GeneratedLoad(100, 200, labels, Duration.ofMinutes(10), Duration.ofMinutes(45),
                Duration.ofSeconds(20), problems, abandon);
        return StepGenerator.generate(load, RandomGeneratorFactory.of(WorkloadReader.RANDOM_ALGORITHM).create(seed));
    }

    private static double share(List<WorkloadStep> steps, java.util.function.Predicate<WorkloadStep> which) {
        return (double) steps.stream().filter(which).count() / steps.size();
    }

    @Test
    void arrivalsLabelsAndDurationsFollowTheBlock() {
        List<WorkloadStep> steps = generate(42, Map.of(), 0);
        assertEquals(20_000, steps.size(), 20_000 * 0.03, "about 200 an hour for 100 hours");
        assertEquals(0.8, share(steps, s -> s.label().equals("linux")), 0.01);
        List<Long> seconds = steps.stream().map(s -> s.duration().toSeconds()).sorted().toList();
        assertEquals(600, seconds.get(seconds.size() / 2), 600 * 0.03, "median 10 min");
        assertEquals(2700, seconds.get((int) (seconds.size() * 0.95)), 2700 * 0.05, "95th percentile 45 min");
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(steps.get(i).at().compareTo(steps.get(i - 1).at()) >= 0, "in the order they arrive");
        }
        assertTrue(steps.get(steps.size() - 1).at().compareTo(Duration.ofHours(100)) < 0);
        assertEquals("gen-0", steps.get(0).id());
        assertEquals("gen-7", steps.get(7).id());
    }

    @Test
    void problemsAndAbandonedBuildsComeAtTheirShares() {
        List<WorkloadStep> steps = generate(1, Map.of(PodProblem.IMAGE_PULL_BACK_OFF, 0.1), 0.05);
        assertEquals(0.1, share(steps, s -> s.problem().isPresent()), 0.01);
        assertEquals(0.05, share(steps, WorkloadStep::abandon), 0.01);
    }

    @Test
    void aSeedAlwaysGivesTheSameStepsAndAnotherSeedOthers() {
        assertEquals(generate(5, Map.of(), 0), generate(5, Map.of(), 0));
        assertTrue(!generate(5, Map.of(), 0).equals(generate(6, Map.of(), 0)));
    }
}
