package io.jenkins.plugins.dwp.bench;

import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.config.ValidationResult;
import io.jenkins.plugins.dwp.yaml.Finding;
import io.jenkins.plugins.dwp.yaml.SafeYamlLoader;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

/**
 * How long {@code dwp validate} and the Jenkins cloud take to validate a large pools file, next
 * to what plain snakeyaml takes just to compose the same text, and how fast hostile files are
 * refused. Each measured call starts from the text, as the entry point does:
 * {@code validate(SourceFile.of(name, text))}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// A fixed heap, so that heap sizing does not vary from fork to fork; a validation allocates tens of MB.
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class ValidateBenchmark {

    /** Pools in the generated file. */
    public static final int POOLS = 5_000;

    /** The seed of the generated file; fixed so that every run measures the same text. */
    public static final long SEED = 20_260_301L;

    private static final String FILE_NAME = "pools.yaml";

    private PoolsValidator validator;
    private String poolsText;

    /** Generates the pools file and checks that it is what it claims: valid. */
    @Setup(Level.Trial)
    public void generate() {
        validator = newValidator();
        poolsText = new PoolsFileGenerator(BuiltinCatalog.get()).generate(POOLS, SEED);
        ValidationResult result = validator.validate(SourceFile.of(FILE_NAME, poolsText));
        if (!result.valid() || result.poolSet().isEmpty()) {
            throw new IllegalStateException("the generated pools file does not validate:\n" + firstFindings(result.findings()));
        }
        int served = result.poolSet().get().pools().size();
        if (served != POOLS) {
            throw new IllegalStateException("the generated pools file gives " + served + " pools, not " + POOLS);
        }
    }

    /** The engine: decode, compose with guards, check the node graph, read, resolve against the catalog. */
    @Benchmark
    public ValidationResult validate5000Pools() {
        return validator.validate(SourceFile.of(FILE_NAME, poolsText));
    }

    /** The floor: plain snakeyaml composing the same text into nodes, without any check. */
    @Benchmark
    public Node parseOnlyBaseline() {
        return new Yaml().compose(new StringReader(poolsText));
    }

    /** A file the validator must refuse. */
    @State(Scope.Benchmark)
    public static class Hostile {

        /** Which hostile file. */
        @Param({"aliasBomb", "oversize"})
        public String input;

        private PoolsValidator validator;
        private String text;

        /** Builds the file and checks that it is refused for the right reason. */
        @Setup(Level.Trial)
        public void build() {
            validator = newValidator();
            String expected;
            switch (input) {
                case "aliasBomb" -> {
                    text = HostileInputs.aliasBomb();
                    // Just under snakeyaml's limits: the library alone composes it without complaint.
                    new Yaml().compose(new StringReader(text));
                    expected = "alias bomb";
                }
                case "oversize" -> {
                    text = HostileInputs.oversize(new PoolsFileGenerator(BuiltinCatalog.get()).generate(POOLS, SEED));
                    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
                    if (bytes != SafeYamlLoader.MAX_BYTES + 1) {
                        throw new IllegalStateException("the oversize file has " + bytes + " bytes, not "
                                + (SafeYamlLoader.MAX_BYTES + 1));
                    }
                    expected = "larger than 1 MiB";
                }
                default -> throw new IllegalArgumentException("no hostile input " + input);
            }
            ValidationResult result = validator.validate(SourceFile.of(FILE_NAME, text));
            if (result.valid() || result.poolSet().isPresent()
                    || result.findings().stream().noneMatch(f -> f.message().contains(expected))) {
                throw new IllegalStateException("the " + input + " file is not refused as it should be ('" + expected
                        + "'):\n" + firstFindings(result.findings()));
            }
        }
    }

    /** The engine refusing a hostile file. */
    @Benchmark
    public ValidationResult validateHostile(Hostile hostile) {
        return hostile.validator.validate(SourceFile.of(FILE_NAME, hostile.text));
    }

    /** A validator judging image lifecycles on the day the generated file is written for. */
    static PoolsValidator newValidator() {
        Clock clock = Clock.fixed(PoolsFileGenerator.VALID_ON.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        return new PoolsValidator(BuiltinCatalog.get(), clock);
    }

    private static String firstFindings(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "(no findings)";
        }
        return findings.stream().limit(10).map(Finding::format).collect(Collectors.joining("\n"))
                + (findings.size() > 10 ? "\n... and " + (findings.size() - 10) + " more" : "");
    }
}
