package io.jenkins.plugins.dwp.cli;

import picocli.CommandLine.Command;

/** {@code dwp apply}: does the plan; the safety net that reaps when Jenkins is down. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Do what dwp plan shows: delete the worker pods the rules reap. Safe to run again: a second run"
                + " finds nothing to do. Meant also as a safety net, from a CronJob, for when Jenkins is down.",
        footer = {"", "Exit codes: 0 applied, 1 invalid pools file, 2 usage error, 4 the cluster could not be read or a"
                + " delete failed."})
final class ApplyCommand extends ReconcileCommand {

    @Override
    boolean applies() {
        return true;
    }
}
