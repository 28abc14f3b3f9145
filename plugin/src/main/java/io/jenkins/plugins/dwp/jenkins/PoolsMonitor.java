package io.jenkins.plugins.dwp.jenkins;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.AdministrativeMonitor;
import hudson.model.AsyncPeriodicWork;
import hudson.model.TaskListener;
import hudson.slaves.Cloud;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * Tells administrators which pools of which Dynamic Worker Pools clouds run on a deprecated, soon
 * decommissioned or decommissioned image, and which clouds' newest pools text was rejected (issue 4).
 *
 * <p>{@link #isActivated()} runs while pages render, so it only reads a state that {@link Refresh}
 * rebuilds every minute. What the administrator dismisses stays dismissed until the notices get louder
 * or all go away ({@link PoolsMonitorState}); it is kept in a file in Jenkins' home directory, because the
 * way Jenkins dismisses monitors ({@link #disable(boolean)}) is for good, whatever comes later.
 */
@Extension
@Restricted(NoExternalUse.class)
public final class PoolsMonitor extends AdministrativeMonitor {

    private static final Logger LOGGER = Logger.getLogger(PoolsMonitor.class.getName());

    private final Supplier<Path> dismissalPath;
    private DismissalFile dismissalFile;
    /** Null until the first refresh, so that nothing is shown before the pools have been read. */
    private volatile PoolsMonitorState state;

    /** The monitor Jenkins registers: dismissals kept in {@code JENKINS_HOME/io.jenkins...PoolsMonitor.dismissed}. */
    public PoolsMonitor() {
        this(() -> Jenkins.get().getRootDir().toPath().resolve(PoolsMonitor.class.getName() + ".dismissed"));
    }

    /** @param dismissalPath where dismissals are kept, asked for only when first needed */
    PoolsMonitor(Supplier<Path> dismissalPath) {
        this.dismissalPath = dismissalPath;
    }

    @Override
    public String getDisplayName() {
        return Messages.PoolsMonitor_DisplayName();
    }

    /** Whether there are notices louder than what was dismissed; reads the cached state only. */
    @Override
    public boolean isActivated() {
        PoolsMonitorState current = state;
        return current != null && current.activated();
    }

    /** What there is to tell, for the view. Not a getter, so that no URL reaches it. */
    public PoolNotices notices() {
        PoolsMonitorState current = state;
        return current == null ? PoolNotices.NONE : current.notices();
    }

    /** Brings the pools of every Dynamic Worker Pools cloud among {@code clouds} up to date and rebuilds the state. */
    void refresh(Iterable<? extends Cloud> clouds) {
        update(PoolNotices.from(CloudPools.of(clouds)));
    }

    /** Shows {@code notices} from now on, ending the dismissal if there is nothing left to tell. */
    synchronized void update(PoolNotices notices) {
        PoolsMonitorState before = current();
        PoolsMonitorState after = before.refreshed(notices);
        state = after;
        if (!after.dismissed().equals(before.dismissed())) {
            try {
                file().write(after.dismissed());
            } catch (IOException e) {
                LOGGER.warning(() -> "cannot forget the dismissed pool notices (" + e + "); they may stay hidden after a restart");
            }
        }
    }

    /** Hides the notices until they get louder, also after a restart. */
    synchronized void dismiss() throws IOException {
        PoolsMonitorState after = current().dismiss();
        file().write(after.dismissed());
        state = after;
    }

    /** The "Dismiss" button of the view. */
    @RequirePOST
    public HttpResponse doDismiss() throws IOException {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        dismiss();
        return HttpResponses.forwardToPreviousPage();
    }

    private PoolsMonitorState current() {
        PoolsMonitorState current = state;
        return current == null ? PoolsMonitorState.initial(file().read()) : current;
    }

    private DismissalFile file() {
        if (dismissalFile == null) {
            dismissalFile = new DismissalFile(dismissalPath.get());
        }
        return dismissalFile;
    }

    /** Rebuilds the monitor's state every minute, off the timer thread, since pools files are read. */
    @Extension
    @Restricted(NoExternalUse.class)
    public static final class Refresh extends AsyncPeriodicWork {

        /** Named for its log, {@code JENKINS_HOME/logs/tasks/Dynamic Worker Pools notices.log}. */
        public Refresh() {
            super("Dynamic Worker Pools notices");
        }

        @Override
        public long getRecurrencePeriod() {
            return MIN;
        }

        @Override
        protected void execute(TaskListener listener) {
            ExtensionList.lookupSingleton(PoolsMonitor.class).refresh(Jenkins.get().clouds);
        }

        /** Every minute: the start and end of each run are not worth the log. */
        @Override
        protected Level getNormalLoggingLevel() {
            return Level.FINE;
        }
    }
}
