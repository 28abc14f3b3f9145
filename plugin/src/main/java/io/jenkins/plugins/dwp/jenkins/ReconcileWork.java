package io.jenkins.plugins.dwp.jenkins;

import hudson.Extension;
import hudson.model.AsyncPeriodicWork;
import hudson.model.TaskListener;
import hudson.slaves.Cloud;
import java.util.HashSet;
import java.util.Set;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The engines' clock tick: every 30 seconds each cloud re-reads its pools file if it changed and
 * its engine reaps what the idle, lifetime, orphan, pending and decommissioned rules say. A tick
 * judges only the workers whose next check has come, so it costs little however many run.
 */
@Extension
@Restricted(NoExternalUse.class)
public final class ReconcileWork extends AsyncPeriodicWork {

    /** Short beside the rules' minutes, so a worker is reaped within half a minute of its time. */
    static final long PERIOD_MILLIS = 30_000;

    public ReconcileWork() {
        super(Messages.Reconcile_Name());
    }

    @Override
    public long getRecurrencePeriod() {
        return PERIOD_MILLIS;
    }

    @Override
    protected void execute(TaskListener listener) {
        Set<String> names = new HashSet<>();
        for (Cloud cloud : Jenkins.get().clouds) {
            if (cloud instanceof DynamicWorkerPoolsCloud ours) {
                ours.reconcile(listener);
                names.add(ours.name);
            }
        }
        WorkerRuntimes.get().retainOnly(names);
    }
}
