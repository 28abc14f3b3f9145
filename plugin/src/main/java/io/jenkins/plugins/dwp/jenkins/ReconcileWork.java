package io.jenkins.plugins.dwp.jenkins;

import hudson.Extension;
import hudson.model.AsyncPeriodicWork;
import hudson.model.TaskListener;
import java.util.HashSet;
import java.util.Set;
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

    private final ConfiguredClouds clouds;

    /** Reconciles the running Jenkins' clouds. */
    public ReconcileWork() {
        this(ConfiguredClouds.ofJenkins());
    }

    ReconcileWork(ConfiguredClouds clouds) {
        super(Messages.Reconcile_Name());
        this.clouds = clouds;
    }

    @Override
    public long getRecurrencePeriod() {
        return PERIOD_MILLIS;
    }

    @Override
    protected void execute(TaskListener listener) {
        Set<String> names = new HashSet<>();
        for (DynamicWorkerPoolsCloud cloud : clouds.ours()) {
            cloud.reconcile(listener);
            names.add(cloud.name);
        }
        WorkerRuntimes.get().retainOnly(names);
    }
}
