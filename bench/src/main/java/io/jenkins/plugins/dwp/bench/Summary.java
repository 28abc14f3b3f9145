package io.jenkins.plugins.dwp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Turns the benchmarks' results into the one JSON document {@code bench/run} prints: JMH's JSON
 * results ({@link ValidateBenchmark}, {@link ReconcileTickBenchmark}) made into figures, ratios of
 * figures measured in the same run, the figures the measurements outside JMH wrote
 * ({@link ProvisioningComparison}, {@link ApiCallCounts}, {@link LeaseFootprint}, each a JSON
 * object merged as it is), and the machine they were taken on.
 *
 * <p>Usage: {@code Summary [--cores N] [--figures FIGURES.json]... JMH-RESULT.json...}. Exit 1 if
 * a benchmark is missing.
 */
public final class Summary {

    private static final MathContext FIGURES = new MathContext(4);
    private static final Map<String, TimeUnit> UNITS = Map.of("ns/op", TimeUnit.NANOSECONDS,
            "us/op", TimeUnit.MICROSECONDS, "ms/op", TimeUnit.MILLISECONDS, "s/op", TimeUnit.SECONDS);
    private static final List<String> LEASE_COUNTS = List.of("1000", "10000", "100000");

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        Integer cores = null;
        List<Path> results = new ArrayList<>();
        List<Path> figureFiles = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--cores") && i + 1 < args.length) {
                cores = Integer.valueOf(args[++i]);
            } else if (args[i].equals("--figures") && i + 1 < args.length) {
                figureFiles.add(Path.of(args[++i]));
            } else if (!args[i].startsWith("--")) {
                results.add(Path.of(args[i]));
            } else {
                usage("unexpected argument: " + args[i]);
            }
        }
        if (results.isEmpty()) {
            usage("give the JMH result files");
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode runs = mapper.createArrayNode();
        for (Path result : results) {
            mapper.readTree(result.toFile()).forEach(runs::add);
        }
        try {
            ObjectNode summary = mapper.createObjectNode();
            validation(runs, summary);
            reconcileTicks(runs, summary);
            for (Path file : figureFiles) {
                summary.setAll((ObjectNode) mapper.readTree(file.toFile()));
            }
            ObjectNode machine = summary.putObject("machine");
            machine.put("cores", cores != null ? cores : Runtime.getRuntime().availableProcessors());
            machine.put("java", runs.path(0).path("jdkVersion").asText(System.getProperty("java.version")));
            System.out.println(mapper.writeValueAsString(summary));
        } catch (IllegalStateException e) {
            System.err.println("Summary: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void validation(JsonNode runs, ObjectNode summary) {
        double validate = millis(runs, ValidateBenchmark.class, "validate5000Pools", Map.of());
        double parse = millis(runs, ValidateBenchmark.class, "parseOnlyBaseline", Map.of());
        summary.put("validate5000PoolsMillis", round(validate));
        summary.put("parse5000PoolsBaselineMillis", round(parse));
        summary.put("validateToParseRatio", round(validate / parse));
        summary.put("hostileAliasBombMillis", round(millis(runs, ValidateBenchmark.class, "validateHostile",
                Map.of("input", "aliasBomb"))));
        summary.put("hostileOversizeMillis", round(millis(runs, ValidateBenchmark.class, "validateHostile",
                Map.of("input", "oversize"))));
    }

    private static void reconcileTicks(JsonNode runs, ObjectNode summary) {
        ObjectNode ticks = summary.putObject("reconcileTickMillis");
        ObjectNode idle = ticks.putObject("nothingToDo");
        ObjectNode reaping = ticks.putObject("onePercentToReap");
        for (String leases : LEASE_COUNTS) {
            idle.put(leases, round(millis(runs, ReconcileTickBenchmark.class, "tickNothingToDo", Map.of("leases", leases))));
            reaping.put(leases, round(millis(runs, ReconcileTickBenchmark.class, "tickOnePercentToReap",
                    Map.of("leases", leases))));
        }
        ticks.put("nothingToDo100000To1000Ratio", round(idle.path("100000").asDouble() / idle.path("1000").asDouble()));
    }

    /** The score of one benchmark with the given parameters, in milliseconds per operation. */
    private static double millis(JsonNode runs, Class<?> benchmark, String method, Map<String, String> params) {
        JsonNode metric = run(runs, benchmark.getName() + "." + method, params).path("primaryMetric");
        String unit = metric.path("scoreUnit").asText();
        TimeUnit timeUnit = Optional.ofNullable(UNITS.get(unit))
                .orElseThrow(() -> new IllegalStateException(method + " is scored in " + unit + ", not time per operation"));
        return metric.path("score").asDouble() * timeUnit.toNanos(1) / TimeUnit.MILLISECONDS.toNanos(1);
    }

    private static JsonNode run(JsonNode runs, String benchmark, Map<String, String> params) {
        for (JsonNode run : runs) {
            if (run.path("benchmark").asText().equals(benchmark) && params.entrySet().stream()
                    .allMatch(p -> p.getValue().equals(run.path("params").path(p.getKey()).asText()))) {
                return run;
            }
        }
        throw new IllegalStateException("no result for " + benchmark + (params.isEmpty() ? "" : " " + params));
    }

    /** Four significant figures: what the machines here can tell apart. */
    static double round(double value) {
        return Double.isFinite(value) ? new BigDecimal(value).round(FIGURES).doubleValue() : value;
    }

    private static void usage(String problem) {
        System.err.println("Summary: " + problem
                + "\nusage: Summary [--cores N] [--figures FIGURES.json]... JMH-RESULT.json...");
        System.exit(2);
    }
}
