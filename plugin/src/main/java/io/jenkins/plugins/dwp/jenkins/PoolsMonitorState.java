package io.jenkins.plugins.dwp.jenkins;

import io.jenkins.plugins.dwp.catalog.NoticeSeverity;
import java.util.Optional;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What the pools monitor shows, and what the administrator dismissed.
 *
 * <p>A dismissal hides the notices only as long as they are no louder than when they were dismissed:
 * a deprecated image dismissed as a warning comes back as danger when its decommissioning nears, and
 * again once it is decommissioned. It ends when there is nothing left to tell, so that a problem that
 * comes later is seen even if it is no louder than the one dismissed.
 *
 * @param notices what there is to tell
 * @param dismissed the severity the administrator dismissed, if any
 */
@Restricted(NoExternalUse.class)
public record PoolsMonitorState(PoolNotices notices, Optional<NoticeSeverity> dismissed) {

    /** Nothing known yet, with a dismissal remembered from before. */
    public static PoolsMonitorState initial(Optional<NoticeSeverity> dismissed) {
        return new PoolsMonitorState(PoolNotices.NONE, dismissed);
    }

    /** Whether to show the notices: they are louder than what was dismissed. */
    public boolean activated() {
        return rank(notices.severity()) > rank(dismissed);
    }

    /** With the newest notices; the dismissal ends if there is nothing left to tell. */
    public PoolsMonitorState refreshed(PoolNotices latest) {
        return new PoolsMonitorState(latest, latest.severity().isEmpty() ? Optional.empty() : dismissed);
    }

    /** Dismissed as loud as the notices are now; a dismissal never gets quieter, so a stale form cannot lower it. */
    public PoolsMonitorState dismiss() {
        return activated() ? new PoolsMonitorState(notices, notices.severity()) : this;
    }

    private static int rank(Optional<NoticeSeverity> severity) {
        return severity.map(s -> s.ordinal() + 1).orElse(0);
    }
}
