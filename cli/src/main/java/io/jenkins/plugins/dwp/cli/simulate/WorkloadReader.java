package io.jenkins.plugins.dwp.cli.simulate;

import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.yaml.ClosestName;
import io.jenkins.plugins.dwp.yaml.Findings;
import io.jenkins.plugins.dwp.yaml.SafeYamlLoader;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import io.jenkins.plugins.dwp.yaml.YamlMap;
import io.jenkins.plugins.dwp.yaml.YamlNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.random.RandomGeneratorFactory;
import java.util.regex.Pattern;

/**
 * Reads a workload file, reporting every problem with its line and column as the pools file's
 * are: unknown keys with the closest known one, values of the wrong form, and labels no pool serves.
 */
public final class WorkloadReader {

    /** The random generator every draw of a replay comes from: an algorithm the JDK fixes, so a seed repeats anywhere. */
    public static final String RANDOM_ALGORITHM = "L64X128MixRandom";

    /** The most steps a replay takes, generated ones estimated as hours times perHour. */
    public static final long MAX_STEPS = 1_000_000;

    private static final List<String> ROOT_KEYS = List.of("seed", "steps", "generate");
    private static final List<String> STEP_KEYS = List.of("at", "label", "duration", "podStartup", "abandon", "problem");
    private static final List<String> GENERATE_KEYS = List.of("hours", "perHour", "labels", "duration", "podStartup",
            "problems", "abandon");
    private static final List<String> SPREAD_KEYS = List.of("median", "p95");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final PoolSet pools;

    /** A reader that checks labels against {@code pools}. */
    public WorkloadReader(PoolSet pools) {
        this.pools = pools;
    }

    /**
     * The workload in {@code source}, or empty when it has an error; every problem goes to {@code findings}.
     */
    public Optional<Workload> read(SourceFile source, Findings findings) {
        Optional<YamlMap> root = new SafeYamlLoader().load(source, findings).flatMap(YamlNode::asMapping);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = root.get();
        map.allowOnly(ROOT_KEYS, Map.of());
        long seed = map.get("seed").map(n -> n.asInt(0, Integer.MAX_VALUE)).filter(OptionalInt::isPresent)
                .map(OptionalInt::getAsInt).orElse(0);
        List<WorkloadStep> steps = new ArrayList<>();
        map.read("steps", YamlNode::asList).ifPresent(items -> {
            for (YamlNode item : items) {
                item.asMapping().flatMap(step -> step(step, steps.size())).ifPresent(steps::add);
            }
        });
        Optional<GeneratedLoad> load = map.read("generate", YamlNode::asMapping).flatMap(this::load);
        if (map.get("steps").isEmpty() && map.get("generate").isEmpty()) {
            map.node().error("a workload needs steps: (explicit steps), generate: (random arrivals), or both");
        }
        if (findings.hasErrors()) {
            return Optional.empty();
        }
        load.ifPresent(l -> steps.addAll(StepGenerator.generate(l,
                RandomGeneratorFactory.of(RANDOM_ALGORITHM).create(seed))));
        return Optional.of(new Workload(seed, steps));
    }

    private Optional<WorkloadStep> step(YamlMap map, int index) {
        int errorsBefore = map.node().errorsSoFar();
        map.allowOnly(STEP_KEYS, Map.of());
        Optional<Duration> at = map.require("at").flatMap(DurationValue::read);
        Optional<String> label = map.require("label").flatMap(this::label);
        Optional<Duration> duration = map.require("duration").flatMap(DurationValue::read);
        Duration podStartup = map.read("podStartup", DurationValue::read).orElse(WorkloadStep.DEFAULT_POD_STARTUP);
        boolean abandon = map.read("abandon", WorkloadReader::bool).orElse(false);
        Optional<PodProblem> problem = map.read("problem", WorkloadReader::problem);
        if (map.node().errorsSoFar() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new WorkloadStep("step-" + index, at.orElseThrow(), label.orElseThrow(),
                duration.orElseThrow(), podStartup, abandon, problem));
    }

    private Optional<GeneratedLoad> load(YamlMap map) {
        int errorsBefore = map.node().errorsSoFar();
        map.allowOnly(GENERATE_KEYS, Map.of());
        Optional<Double> hours = map.require("hours").flatMap(n -> number(n, 8760));
        Optional<Double> perHour = map.require("perHour").flatMap(n -> number(n, 100_000));
        Optional<Map<String, Double>> labels = map.require("labels").flatMap(this::weights);
        Optional<YamlMap> spread = map.require("duration").flatMap(YamlNode::asMapping);
        spread.ifPresent(s -> s.allowOnly(SPREAD_KEYS, Map.of()));
        Optional<Duration> median = spread.flatMap(s -> s.require("median")).flatMap(WorkloadReader::positive);
        Optional<Duration> p95 = spread.flatMap(s -> s.require("p95")).flatMap(WorkloadReader::positive);
        if (median.isPresent() && p95.isPresent() && p95.get().compareTo(median.get()) < 0) {
            spread.orElseThrow().get("p95").orElseThrow().error("p95 must not be shorter than the median, "
                    + DurationValue.format(median.get()));
        }
        Duration podStartup = map.read("podStartup", DurationValue::read).orElse(WorkloadStep.DEFAULT_POD_STARTUP);
        Map<PodProblem, Double> problems = map.read("problems", WorkloadReader::problemRates).orElse(Map.of());
        double abandon = map.read("abandon", WorkloadReader::rate).orElse(0.0);
        if (hours.isPresent() && perHour.isPresent() && hours.get() * perHour.get() > MAX_STEPS) {
            map.node().error("hours times perHour is about " + Math.round(hours.get() * perHour.get())
                    + " steps; a replay takes at most " + MAX_STEPS);
        }
        if (map.node().errorsSoFar() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new GeneratedLoad(hours.orElseThrow(), perHour.orElseThrow(), labels.orElseThrow(),
                median.orElseThrow(), p95.orElseThrow(), podStartup, problems, abandon));
    }

    private Optional<String> label(YamlNode node) {
        return node.asText().filter(label -> {
            boolean served = pools.pool(label).or(() -> pools.servingLabel(label)).isPresent();
            if (!served) {
                Set<String> known = new LinkedHashSet<>();
                for (ResolvedPool pool : pools.pools()) {
                    known.addAll(pool.pool().labels());
                    known.add(pool.pool().name());
                }
                node.error("no pool serves label '" + label + "'"
                        + ClosestName.among(label, known).map(s -> "; did you mean '" + s + "'?")
                                .orElse("; the pools serve " + String.join(", ", known)));
            }
            return served;
        });
    }

    private Optional<Map<String, Double>> weights(YamlNode node) {
        return node.asMapping().flatMap(map -> {
            Map<String, Double> weights = new LinkedHashMap<>();
            for (YamlMap.Entry entry : map.entries()) {
                Optional<String> label = label(entry.keyNode());
                Optional<Double> weight = number(entry.value(), Double.MAX_VALUE);
                if (label.isPresent() && weight.isPresent()) {
                    weights.put(label.get(), weight.get());
                }
            }
            if (map.entries().isEmpty()) {
                node.error("give at least one label and its weight, as in {linux: 0.8, windows: 0.2}");
                return Optional.empty();
            }
            return Optional.of(weights);
        });
    }

    private static Optional<Map<PodProblem, Double>> problemRates(YamlNode node) {
        return node.asMapping().map(map -> {
            map.allowOnly(PodProblem.reasons(), Map.of());
            Map<PodProblem, Double> rates = new LinkedHashMap<>();
            for (YamlMap.Entry entry : map.entries()) {
                PodProblem.of(entry.key()).ifPresent(p -> rate(entry.value()).ifPresent(r -> rates.put(p, r)));
            }
            if (rates.values().stream().mapToDouble(Double::doubleValue).sum() > 1) {
                node.error("the shares of all problems add up to more than 1");
            }
            return rates;
        });
    }

    private static Optional<PodProblem> problem(YamlNode node) {
        return node.asText().flatMap(text -> {
            Optional<PodProblem> problem = PodProblem.of(text);
            if (problem.isEmpty()) {
                node.error("expected one of " + String.join(", ", PodProblem.reasons()) + ", found " + node.describe()
                        + ClosestName.among(text, PodProblem.reasons()).map(s -> "; did you mean '" + s + "'?").orElse(""));
            }
            return problem;
        });
    }

    private static Optional<Boolean> bool(YamlNode node) {
        return node.asText().flatMap(text -> {
            if (text.equals("true") || text.equals("false")) {
                return Optional.of(text.equals("true"));
            }
            node.error("expected true or false, found " + node.describe());
            return Optional.empty();
        });
    }

    private static Optional<Duration> positive(YamlNode node) {
        return DurationValue.read(node).filter(d -> {
            if (d.isZero()) {
                node.error("must be longer than 0");
            }
            return !d.isZero();
        });
    }

    /** A share of steps, from 0 to 1. */
    private static Optional<Double> rate(YamlNode node) {
        return decimal(node).filter(value -> {
            boolean ok = value >= 0 && value <= 1;
            if (!ok) {
                node.error("expected a share from 0 to 1, found " + node.describe());
            }
            return ok;
        });
    }

    /** A number above 0 and at most {@code max}. */
    private static Optional<Double> number(YamlNode node, double max) {
        return decimal(node).filter(value -> {
            boolean ok = value > 0 && value <= max;
            if (!ok) {
                node.error("expected a number above 0" + (max < Double.MAX_VALUE ? " and at most " + (long) max : "")
                        + ", found " + node.describe());
            }
            return ok;
        });
    }

    private static Optional<Double> decimal(YamlNode node) {
        return node.asText().flatMap(text -> {
            if (!NUMBER.matcher(text).matches()) {
                node.error("expected a number, found " + node.describe());
                return Optional.empty();
            }
            return Optional.of(Double.parseDouble(text));
        });
    }
}
