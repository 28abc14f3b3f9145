package io.jenkins.plugins.dwp.cli;

import io.jenkins.plugins.dwp.cli.simulate.SimulationResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The text form of a simulation's result: the same figures as the JSON, for a person, in the manner of {@code terraform}. */
final class SimulationSummary {

    /** Failures listed one by one up to this many; the JSON has them all. */
    private static final int FAILURES_SHOWN = 10;

    private SimulationSummary() {
    }

    static void print(PrintWriter out, String workload, SimulationResult result) {
        SimulationResult.Steps steps = result.steps();
        out.println("Replayed " + workload + " (seed " + result.seed() + "): " + number(result.virtualHours())
                + " virtual hours.");
        out.println();
        out.println("Steps:       " + steps.requested() + " requested, " + steps.served() + " served, " + steps.failed()
                + " failed");
        SimulationResult.Pods pods = result.pods();
        out.println("Pods:        " + pods.created() + " created, " + pods.deleted() + " deleted, " + pods.leaked()
                + " leaked");
        out.println("Reaped:      " + result.reaped().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")));
        SimulationResult.QueueWait wait = result.queueWaitSeconds();
        out.println("Queue wait:  p50 " + number(wait.p50()) + " s, p95 " + number(wait.p95()) + " s, max "
                + number(wait.max()) + " s");
        out.println();
        TextTable table = new TextTable("POOL", "MAX CONCURRENT", "POD-HOURS");
        for (Map.Entry<String, SimulationResult.PoolUse> pool : result.perPool().entrySet()) {
            table.row(pool.getKey(), String.valueOf(pool.getValue().maxConcurrent()), number(pool.getValue().podHours()));
        }
        table.print(out, "");
        List<SimulationResult.Failure> failures = result.failures();
        if (!failures.isEmpty()) {
            out.println();
            out.println("Failures (" + failures.size() + "):");
            failures.stream().limit(FAILURES_SHOWN).forEach(f -> out.println("  " + f.step() + ": " + f.reason()));
            if (failures.size() > FAILURES_SHOWN) {
                out.println("  ... and " + (failures.size() - FAILURES_SHOWN) + " more (--output json lists them all)");
            }
        }
    }

    /** Like {@code 20.0} or {@code 5712.404}: as the JSON has it. */
    private static String number(double value) {
        return String.valueOf(value).toLowerCase(Locale.ROOT);
    }
}
