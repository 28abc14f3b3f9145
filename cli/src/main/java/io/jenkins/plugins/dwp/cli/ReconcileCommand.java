package io.jenkins.plugins.dwp.cli;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.kube.ApiErrors;
import io.jenkins.plugins.dwp.reconcile.ClusterReconciler;
import io.jenkins.plugins.dwp.reconcile.Plan;
import io.jenkins.plugins.dwp.reconcile.PlanAction;
import io.jenkins.plugins.dwp.yaml.Findings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code dwp plan} and {@code dwp apply} share: validate the pools, read the cluster once,
 * plan as a controller would, print it in the manner of {@code terraform plan}.
 */
abstract class ReconcileCommand extends PoolsCommand {

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--grace", paramLabel = "DURATION", defaultValue = "PT5M",
            description = "How long past its heartbeat's validity a controller still counts as alive, ISO-8601"
                    + " (default: ${DEFAULT-VALUE}).")
    Duration grace;

    @Parameters(paramLabel = "POOLS", description = "The pools file.")
    Path poolsFile;

    /** One action, for JSON. */
    record ActionView(String action, String namespace, String pod, String pool, String controller, String lease,
            String reason, String detail) {
        static ActionView of(PlanAction action) {
            if (action instanceof PlanAction.DeletePod delete) {
                return new ActionView("delete", delete.worker().namespace(), delete.worker().podName(),
                        delete.worker().poolName(), delete.worker().controllerId(), delete.worker().leaseId(),
                        delete.reason().displayName(), delete.detail());
            }
            PlanAction.FailLease fail = (PlanAction.FailLease) action;
            return new ActionView("fail", null, null, null, null, fail.leaseId(), null, fail.reason());
        }
    }

    /** A pool's lifecycle notice, for JSON. */
    record NoticeView(String pool, String severity, String message) {
    }

    /** The JSON document of {@code --output json}. */
    record Report(String at, List<String> namespaces, String cluster, List<ActionView> actions,
            Map<String, Integer> deletesByReason, List<NoticeView> notices, ClusterReconciler.Outcome outcome,
            List<Views.FindingView> findings) {
    }

    /** Whether the plan is carried out, not only shown. */
    abstract boolean applies();

    @Override
    public Integer call() throws Exception {
        Clock clock = clock();
        InputOptions.LoadedPools loaded = input.load(spec, poolsFile, clock);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!loaded.valid()) {
            loaded.findings().forEach(f -> out.println(f.format()));
            out.println(loaded.source().name() + ": invalid, nothing planned; " + Findings.summary(loaded.findings()));
            return Dwp.INVALID;
        }
        PoolSet pools = loaded.poolSet().orElseThrow();
        Set<String> namespaces = new LinkedHashSet<>();
        namespaces.add(cluster.namespace);
        pools.pools().forEach(p -> p.pool().namespace().ifPresent(namespaces::add));
        try (ClusterOptions.Cluster connected = cluster.connect(spec)) {
            ClusterReconciler reconciler = new ClusterReconciler(connected.client(), clock, grace);
            Plan plan;
            ClusterReconciler.Outcome outcome = null;
            try {
                plan = reconciler.plan(pools, namespaces, cluster.namespace);
                if (applies()) {
                    outcome = reconciler.apply(plan);
                }
            } catch (KubernetesClientException e) {
                err.println("dwp: the cluster at " + connected.description() + " could not be read or changed: "
                        + ApiErrors.describe(e));
                return Dwp.CLUSTER;
            }
            List<NoticeView> notices = new ArrayList<>();
            for (ResolvedPool pool : pools.pools()) {
                pool.notice().ifPresent(n -> notices.add(new NoticeView(pool.pool().name(), n.severity().displayName(),
                        n.message())));
            }
            Map<String, Integer> byReason = new TreeMap<>();
            plan.actions().stream().filter(PlanAction.DeletePod.class::isInstance)
                    .forEach(a -> byReason.merge(((PlanAction.DeletePod) a).reason().displayName(), 1, Integer::sum));
            if (input.output == OutputFormat.JSON) {
                Json.print(out, new Report(plan.at().toString(), List.copyOf(namespaces), connected.description(),
                        plan.actions().stream().map(ActionView::of).toList(), byReason, notices, outcome,
                        Views.FindingView.all(loaded.findings())));
            } else {
                printText(out, plan, namespaces, connected.description(), byReason, notices, outcome);
                loaded.findings().forEach(f -> err.println(f.format()));
            }
            return outcome != null && !outcome.failed().isEmpty() ? Dwp.CLUSTER : Dwp.OK;
        }
    }

    private void printText(PrintWriter out, Plan plan, Set<String> namespaces, String description,
            Map<String, Integer> byReason, List<NoticeView> notices, ClusterReconciler.Outcome outcome) {
        out.println((applies() ? "Applying" : "Planning") + " at " + plan.at() + " on " + description + ", namespaces "
                + String.join(", ", namespaces));
        out.println();
        if (plan.isEmpty()) {
            out.println("No changes: every worker pod is where the rules want it.");
        } else {
            plan.actions().forEach(a -> out.println("  - " + a.describe()));
        }
        if (!notices.isEmpty()) {
            out.println();
            out.println("Pools with notices:");
            notices.forEach(n -> out.println("  ! " + n.pool() + " (" + n.severity() + "): " + n.message()));
        }
        out.println();
        int deletes = byReason.values().stream().mapToInt(Integer::intValue).sum();
        String reasons = byReason.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        out.println("Plan: " + deletes + (deletes == 1 ? " pod" : " pods") + " to delete"
                + (reasons.isEmpty() ? "" : " (" + reasons + ")") + ".");
        if (outcome != null) {
            out.println("Apply complete: " + outcome.deleted() + " deleted, " + outcome.alreadyGone() + " already gone, "
                    + outcome.failed().size() + " failed.");
            outcome.failed().forEach(f -> out.println("  failed: " + f));
        }
    }
}
