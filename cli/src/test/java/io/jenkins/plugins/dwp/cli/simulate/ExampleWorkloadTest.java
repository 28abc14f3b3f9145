package io.jenkins.plugins.dwp.cli.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.catalog.CatalogFile;
import io.jenkins.plugins.dwp.catalog.ImageCatalog;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.yaml.Findings;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keeps {@code config-examples/workload.yaml} honest: it reads against the example pools, as the README says. */
class ExampleWorkloadTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("config-examples"))) {
            dir = dir.getParent();
        }
        return dir.resolve("config-examples");
    }

    @Test
    void theExampleWorkloadsAreADayAndAWeekOfTwoHundredStepsAnHourOnTheExamplePools() throws Exception {
        Findings catalogFindings = new Findings();
        ImageCatalog catalog = CatalogFile.load(SourceFile.read(examples().resolve("catalog.yaml")), BuiltinCatalog.get(),
                catalogFindings);
        assertEquals(List.of(), catalogFindings.sorted());
        PoolSet pools = new PoolsValidator(catalog, TODAY).validate(SourceFile.read(examples().resolve("pools.yaml")))
                .poolSet().orElseThrow();
        assertExample(pools, "workload.yaml", 24);
        assertExample(pools, "workload-week.yaml", 168);
    }

    private static void assertExample(PoolSet pools, String file, int hours) throws Exception {
        Findings findings = new Findings();
        Optional<Workload> workload = new WorkloadReader(pools).read(SourceFile.read(examples().resolve(file)), findings);
        assertEquals(List.of(), findings.sorted(), file);
        List<WorkloadStep> steps = workload.orElseThrow().steps();
        assertEquals(List.of("step-0", "step-1", "step-2", "step-3"), steps.subList(0, 4).stream().map(WorkloadStep::id).toList());
        assertTrue(steps.get(2).abandon());
        assertEquals(Optional.of(PodProblem.IMAGE_PULL_BACK_OFF), steps.get(3).problem());
        assertEquals(Duration.ofMinutes(2), steps.get(1).podStartup());
        assertEquals(hours * 200, steps.size() - 4, hours * 200 * 0.03, file + ": " + hours + " hours at 200 an hour");
    }
}
