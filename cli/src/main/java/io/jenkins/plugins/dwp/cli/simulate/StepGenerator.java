package io.jenkins.plugins.dwp.cli.simulate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Draws the steps of a {@link GeneratedLoad}: exponential gaps between arrivals (a Poisson
 * process), a label by weight, a log-normal duration fitted to the median and 95th percentile,
 * then whether the pod meets a problem and whether the build goes away. Times are whole seconds.
 * The draws for one step come in that fixed order, so a seed always gives the same steps.
 */
public final class StepGenerator {

    /** The 95th percentile of the standard normal distribution. */
    private static final double Z95 = 1.6448536269514722;

    private StepGenerator() {
    }

    /** The steps of {@code load}, named {@code gen-0}, {@code gen-1}, ... in the order they arrive. */
    public static List<WorkloadStep> generate(GeneratedLoad load, RandomGenerator random) {
        double end = load.hours() * 3600;
        double meanGap = 3600 / load.perHour();
        double mu = Math.log(load.median().toSeconds());
        double sigma = Math.log((double) load.p95().toSeconds() / load.median().toSeconds()) / Z95;
        double totalWeight = load.labels().values().stream().mapToDouble(Double::doubleValue).sum();
        List<WorkloadStep> steps = new ArrayList<>();
        double t = 0;
        while (true) {
            t += -Math.log(1 - random.nextDouble()) * meanGap;
            if (t >= end) {
                return steps;
            }
            String label = label(load.labels(), random.nextDouble() * totalWeight);
            long seconds = Math.max(1, Math.round(Math.exp(mu + sigma * random.nextGaussian())));
            Optional<PodProblem> problem = problem(load.problems(), random.nextDouble());
            boolean abandon = random.nextDouble() < load.abandon();
            steps.add(new WorkloadStep("gen-" + steps.size(), Duration.ofSeconds((long) t), label,
                    Duration.ofSeconds(seconds), load.podStartup(), abandon, problem));
        }
    }

    private static String label(Map<String, Double> weights, double draw) {
        double sum = 0;
        String last = null;
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            sum += entry.getValue();
            last = entry.getKey();
            if (draw < sum) {
                return last;
            }
        }
        return last;
    }

    private static Optional<PodProblem> problem(Map<PodProblem, Double> rates, double draw) {
        double sum = 0;
        for (Map.Entry<PodProblem, Double> entry : rates.entrySet()) {
            sum += entry.getValue();
            if (draw < sum) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }
}
