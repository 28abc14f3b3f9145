package io.jenkins.plugins.dwp.cli;

import io.jenkins.plugins.dwp.catalog.UtcDay;
import io.jenkins.plugins.dwp.cli.report.SimulationReport;
import io.jenkins.plugins.dwp.cli.simulate.Simulation;
import io.jenkins.plugins.dwp.cli.simulate.SimulationResult;
import io.jenkins.plugins.dwp.cli.simulate.SimulationStalled;
import io.jenkins.plugins.dwp.cli.simulate.Workload;
import io.jenkins.plugins.dwp.cli.simulate.WorkloadReader;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.yaml.Finding;
import io.jenkins.plugins.dwp.yaml.Findings;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dwp simulate}: replays a workload on the embedded Kubernetes API with the real engine, in virtual time. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Replay a workload on an embedded Kubernetes API with a simulated kubelet and virtual time, running"
                + " the real engine: steps served and failed, pods made and reaped, queue waits and pod-hours per pool."
                + " The same files always give the same result.",
        footer = {"", "Exit codes: 0 replayed, 1 invalid pools or workload file, 2 usage error (or the report cannot be"
                + " written), 3 internal error."})
final class SimulateCommand extends PoolsCommand {

    @Parameters(paramLabel = "POOLS", description = "The pools file.")
    private Path poolsFile;

    @Option(names = "--workload", required = true, paramLabel = "FILE",
            description = "The workload: explicit steps and/or generated arrivals (see README).")
    private Path workloadFile;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Also write the result as one self-contained HTML page: timeline charts and the summary tables.")
    private Path report;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NAMESPACE", defaultValue = "jenkins-workers",
            description = "The cloud's namespace, for pools without one of their own (default: ${DEFAULT-VALUE}).")
    private String namespace;

    @Override
    public Integer call() throws InterruptedException {
        Clock clock = clock();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputOptions.LoadedPools loaded = input.load(spec, poolsFile, clock);
        if (!loaded.valid()) {
            return invalid(out, loaded.source(), loaded.findings());
        }
        PoolSet pools = loaded.poolSet().orElseThrow();
        SourceFile source = InputOptions.read(spec, workloadFile);
        Findings findings = new Findings();
        Optional<Workload> workload = new WorkloadReader(pools).read(source, findings);
        if (workload.isEmpty()) {
            return invalid(out, source, findings.sorted());
        }
        loaded.findings().forEach(f -> err.println(f.format()));
        Instant start = UtcDay.of(clock).atStartOfDay(ZoneOffset.UTC).toInstant();
        ProgressBar bar = new ProgressBar(err, System.console() != null);
        SimulationResult result;
        try {
            result = new Simulation(pools, workload.get(), start, namespace).run(bar);
        } catch (SimulationStalled e) {
            bar.clear();
            err.println("dwp: the simulation stopped, its result would be wrong: " + e.getMessage()
                    + ". This is a bug in dwp; please report it with the pools and workload files.");
            return Dwp.INTERNAL;
        }
        bar.clear();
        if (report != null) {
            try {
                Files.createDirectories(report.toAbsolutePath().getParent());
                SimulationReport.write(Json.tree(result), report);
            } catch (IOException e) {
                err.println("dwp: cannot write the report " + report + ": " + e.getMessage());
                return Dwp.USAGE;
            }
        }
        if (input.output == OutputFormat.JSON) {
            Json.print(out, result);
        } else {
            SimulationSummary.print(out, source.name(), result);
        }
        return Dwp.OK;
    }

    private static int invalid(PrintWriter out, SourceFile source, List<Finding> findings) {
        findings.forEach(f -> out.println(f.format()));
        out.println(source.name() + ": invalid, nothing simulated; " + Findings.summary(findings));
        return Dwp.INVALID;
    }
}
