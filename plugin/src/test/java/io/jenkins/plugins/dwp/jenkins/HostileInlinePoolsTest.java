package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.time.ManualClock;
import io.jenkins.plugins.dwp.yaml.Finding;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-YAML suite given as a cloud's inline pools (the text an administrator pastes into the
 * cloud's form or its configuration as code): each text is refused with one clear error that says
 * where, nothing of it is applied, and the pools in force stay the last good ones.
 */
class HostileInlinePoolsTest {

    private static final String GOOD = """
            pools:
              - name: linux
                image: { default: inbound-agent }
            """;

    static Stream<Arguments> hostile() {
        StringBuilder laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            laughs.append(c).append(": &").append(c).append(" [*").append(p).append((",*" + p).repeat(8)).append("]\n");
        }
        StringBuilder doubling = new StringBuilder("l0: &l0 [x]\n");
        for (int i = 1; i <= 40; i++) {
            doubling.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
        }
        return Stream.of(
                Arguments.of("billion laughs", laughs.toString(), "pools:7:4:", "alias bomb"),
                Arguments.of("exponential aliases", doubling.toString(), "pools:", "expand to more than"),
                Arguments.of("recursive alias", "pools: &a [x, *a]\n", "pools:1:", "contains it"),
                Arguments.of("deep nesting", "pools: " + "[".repeat(1000) + "]".repeat(1000), "pools:1:", "nested deeper than 32"),
                Arguments.of("over 1 MiB", "pools: []\n# " + "x".repeat(1024 * 1024) + "\n", "pools:1:1:", "larger than 1 MiB"),
                Arguments.of("code-running tag", "pools: !!python/object:os.system ls\n", "pools:1:", "is not allowed"),
                Arguments.of("java type tag", "pools: !!javax.script.ScriptEngineManager [x]\n", "pools:1:", "is not allowed"),
                Arguments.of("merge key", "base: &b {name: x}\npools:\n  - <<: *b\n", "pools:3:", "defaults"),
                Arguments.of("duplicate key", "pools: []\npools: []\n", "pools:2:", "duplicate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void refusedWithOneErrorAndTheLastGoodPoolsKept(String what, String text, String place, String says) {
        PoolsConfiguration pools = PoolsConfiguration.withBuiltinCatalog(new ManualClock(Instant.parse("2026-11-25T10:00:00Z")));
        PoolSet good = pools.refresh(null, GOOD).poolSet().orElseThrow();

        PoolsConfiguration.Snapshot snapshot = pools.refresh(null, text);

        List<Finding> errors = snapshot.findings().stream().filter(Finding.Error.class::isInstance).toList();
        assertEquals(1, errors.size(), () -> what + ": " + snapshot.findings());
        String line = errors.get(0).format();
        assertTrue(line.startsWith(place) && line.contains(says), what + ": " + line);
        assertTrue(snapshot.rejected());
        assertSame(good, snapshot.poolSet().orElseThrow(), "the last good pools stay in force");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void theFormCheckSaysTheSame(String what, String text, String place, String says) {
        var result = FormChecks.pools(text, null, FormChecks.validator(new ManualClock(Instant.parse("2026-11-25T10:00:00Z"))));
        assertEquals(hudson.util.FormValidation.Kind.ERROR, result.kind, what);
        assertTrue(result.renderHtml().contains(says) || String.valueOf(result.getMessage()).contains(says),
                () -> what + ": " + result.renderHtml());
    }
}
