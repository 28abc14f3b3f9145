package io.jenkins.plugins.dwp.cli;

import io.jenkins.plugins.dwp.catalog.UtcDay;
import io.jenkins.plugins.dwp.yaml.Finding;
import io.jenkins.plugins.dwp.yaml.Findings;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dwp validate}: every problem of a pools file, one line each, then a count. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a pools file: every problem as FILE:LINE:COLUMN: error|warning: PATH: MESSAGE, then a count.",
        footer = {"", "Exit codes: 0 valid (warnings allowed), 1 invalid, 2 usage error."})
final class ValidateCommand extends PoolsCommand {

    @Parameters(paramLabel = "POOLS", description = "The pools file.")
    private Path poolsFile;

    /** The JSON document of {@code --output json}. */
    record Report(String file, String day, boolean valid, long errors, long warnings, List<Views.FindingView> findings,
            List<Views.PoolView> pools) {
    }

    @Override
    public Integer call() {
        Clock clock = clock();
        LocalDate day = UtcDay.of(clock);
        InputOptions.LoadedPools loaded = input.load(spec, poolsFile, clock);
        SourceFile source = loaded.source();
        List<Finding> findings = loaded.findings();
        List<Views.PoolView> pools = loaded.poolSet()
                .map(set -> set.pools().stream().map(p -> Views.PoolView.of(p, day)).toList())
                .orElse(List.of());
        boolean valid = loaded.valid();
        PrintWriter out = spec.commandLine().getOut();
        if (input.output == OutputFormat.JSON) {
            long errors = findings.stream().filter(Finding.Error.class::isInstance).count();
            Json.print(out, new Report(source.name(), day.toString(), valid, errors, findings.size() - errors,
                    Views.FindingView.all(findings), pools));
        } else {
            findings.forEach(f -> out.println(f.format()));
            out.println(source.name() + ": " + (valid ? "valid" : "invalid") + ", " + Findings.summary(findings)
                    + (valid ? ", " + pools.size() + (pools.size() == 1 ? " pool" : " pools") : ""));
        }
        return valid ? Dwp.OK : Dwp.INVALID;
    }
}
