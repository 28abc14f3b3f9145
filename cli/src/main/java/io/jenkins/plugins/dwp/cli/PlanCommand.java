package io.jenkins.plugins.dwp.cli;

import picocli.CommandLine.Command;

/** {@code dwp plan}: what reconciling the cluster would do, and why, without doing it. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show what reconciling the cluster would do, and why: worker pods to delete (lifetime, orphan of a"
                + " controller whose heartbeat stopped) and pools with lifecycle notices. Changes nothing.",
        footer = {"", "Exit codes: 0 planned, 1 invalid pools file, 2 usage error, 4 the cluster could not be read."})
final class PlanCommand extends ReconcileCommand {

    @Override
    boolean applies() {
        return false;
    }
}
