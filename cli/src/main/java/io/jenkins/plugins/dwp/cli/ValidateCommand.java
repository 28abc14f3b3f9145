package io.jenkins.plugins.dwp.cli;

import io.jenkins.plugins.dwp.catalog.ImageCatalog;
import io.jenkins.plugins.dwp.catalog.UtcDay;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.config.ValidationResult;
import io.jenkins.plugins.dwp.yaml.Finding;
import io.jenkins.plugins.dwp.yaml.Findings;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dwp validate}: every problem of a pools file, one line each, then a count. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a pools file: every problem as FILE:LINE:COLUMN: error|warning: PATH: MESSAGE, then a count.",
        footer = {"", "Exit codes: 0 valid (warnings allowed), 1 invalid, 2 usage error."})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private Dwp dwp;

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Parameters(paramLabel = "POOLS", description = "The pools file.")
    private Path poolsFile;

    /** The JSON document of {@code --output json}. */
    record Report(String file, String day, boolean valid, long errors, long warnings, List<Views.FindingView> findings,
            List<Views.PoolView> pools) {
    }

    @Override
    public Integer call() {
        Findings catalogFindings = new Findings();
        ImageCatalog catalog = input.catalog(spec, catalogFindings);
        SourceFile source = InputOptions.read(spec, poolsFile);
        Clock clock = input.clock(dwp.clock());
        LocalDate day = UtcDay.of(clock);
        List<Finding> findings = new ArrayList<>(catalogFindings.sorted());
        List<Views.PoolView> pools = List.of();
        // With a broken catalog every pool would report its image missing: the catalog's own errors say more.
        if (!catalogFindings.hasErrors()) {
            ValidationResult result = new PoolsValidator(catalog, clock).validate(source);
            findings.addAll(result.findings());
            pools = result.poolSet().map(set -> set.pools().stream().map(p -> Views.PoolView.of(p, day)).toList())
                    .orElse(List.of());
        }
        boolean valid = findings.stream().noneMatch(Finding.Error.class::isInstance);
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
