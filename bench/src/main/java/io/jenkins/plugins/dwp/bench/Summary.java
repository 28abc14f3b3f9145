package io.jenkins.plugins.dwp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Turns JMH's JSON result of {@link ValidateBenchmark} into the one JSON document
 * {@code bench/run} prints: the figures in milliseconds per operation, the ratio of validating
 * to composing, and the machine they were taken on.
 *
 * <p>Usage: {@code Summary [--cores N] jmh-result.json}. Exit 1 if a benchmark is missing.
 */
public final class Summary {

    private static final String BENCHMARK = ValidateBenchmark.class.getName() + ".";
    private static final MathContext FIGURES = new MathContext(4);
    private static final Map<String, TimeUnit> UNITS = Map.of("ns/op", TimeUnit.NANOSECONDS,
            "us/op", TimeUnit.MICROSECONDS, "ms/op", TimeUnit.MILLISECONDS, "s/op", TimeUnit.SECONDS);

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        Integer cores = null;
        Path result = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--cores") && i + 1 < args.length) {
                cores = Integer.valueOf(args[++i]);
            } else if (result == null && !args[i].startsWith("--")) {
                result = Path.of(args[i]);
            } else {
                usage("unexpected argument: " + args[i]);
            }
        }
        if (result == null) {
            usage("give the JMH result file");
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode runs = mapper.readTree(result.toFile());
        try {
            double validate = millis(runs, "validate5000Pools", null);
            double parse = millis(runs, "parseOnlyBaseline", null);
            ObjectNode summary = mapper.createObjectNode();
            summary.put("validate5000PoolsMillis", round(validate));
            summary.put("parse5000PoolsBaselineMillis", round(parse));
            summary.put("validateToParseRatio", round(validate / parse));
            summary.put("hostileAliasBombMillis", round(millis(runs, "validateHostile", "aliasBomb")));
            summary.put("hostileOversizeMillis", round(millis(runs, "validateHostile", "oversize")));
            ObjectNode machine = summary.putObject("machine");
            machine.put("cores", cores != null ? cores : Runtime.getRuntime().availableProcessors());
            machine.put("java", runs.path(0).path("jdkVersion").asText(System.getProperty("java.version")));
            System.out.println(mapper.writeValueAsString(summary));
        } catch (IllegalStateException e) {
            System.err.println("Summary: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The score of one benchmark (and hostile input), in milliseconds per operation. */
    private static double millis(JsonNode runs, String method, String input) {
        for (JsonNode run : runs) {
            if (!run.path("benchmark").asText().equals(BENCHMARK + method)) {
                continue;
            }
            if (input != null && !input.equals(run.path("params").path("input").asText())) {
                continue;
            }
            JsonNode metric = run.path("primaryMetric");
            String unit = metric.path("scoreUnit").asText();
            TimeUnit timeUnit = Optional.ofNullable(UNITS.get(unit))
                    .orElseThrow(() -> new IllegalStateException(method + " is scored in " + unit + ", not time per operation"));
            return metric.path("score").asDouble() * timeUnit.toNanos(1) / TimeUnit.MILLISECONDS.toNanos(1);
        }
        throw new IllegalStateException("no result for " + method + (input == null ? "" : " (" + input + ")"));
    }

    private static double round(double value) {
        return Double.isFinite(value) ? new BigDecimal(value).round(FIGURES).doubleValue() : value;
    }

    private static void usage(String problem) {
        System.err.println("Summary: " + problem + "\nusage: Summary [--cores N] jmh-result.json");
        System.exit(2);
    }
}
