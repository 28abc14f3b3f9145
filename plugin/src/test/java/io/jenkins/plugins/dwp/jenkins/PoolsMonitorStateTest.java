package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.catalog.NoticeSeverity;
import io.jenkins.plugins.dwp.time.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Escalation and dismissal, day by day: one pool pinned to an image deprecated since before Monday
 * 2026-11-23 and decommissioned after 2027-01-02, 41 days later counting both ends.
 */
class PoolsMonitorStateTest {

    private static final String TEXT = PoolNoticesTest.pinnedText("team", "2026-11-01", "2027-01-02");

    private final ManualClock clock = new ManualClock(PoolNoticesTest.MONDAY);
    private final PoolsConfiguration configuration = new PoolsConfiguration(BuiltinCatalog.get(), clock);

    private PoolNotices notices(String text) {
        return PoolNotices.from(List.of(new CloudPools("dynamic", configuration.refresh(null, text))));
    }

    private int day;

    /** The notices of {@link #TEXT} on the given day, counted from Monday; days only go forward. */
    private PoolNotices onDay(int daysAfterMonday) {
        clock.advance(Duration.ofDays(daysAfterMonday - day));
        day = daysAfterMonday;
        return notices(TEXT);
    }

    @Test
    void nothingToTellIsNotActivated() {
        PoolsMonitorState state = PoolsMonitorState.initial(Optional.empty()).refreshed(notices(PoolNoticesTest.CURRENT));

        assertFalse(state.activated());
        assertFalse(PoolsMonitorState.initial(Optional.empty()).activated(), "nothing is known before the first refresh");
    }

    @Test
    void aDismissedWarningStaysHiddenUntilDangerAndADismissedDangerUntilDecommissioned() {
        PoolsMonitorState state = PoolsMonitorState.initial(Optional.empty()).refreshed(onDay(0));
        assertEquals(Optional.of(NoticeSeverity.WARNING), state.notices().severity());
        assertTrue(state.activated());

        state = state.dismiss();
        assertFalse(state.activated());
        assertEquals(Optional.of(NoticeSeverity.WARNING), state.dismissed());

        state = state.refreshed(onDay(10));
        assertEquals(Optional.of(NoticeSeverity.WARNING), state.notices().severity(), "31 days left: still a warning");
        assertFalse(state.activated(), "a new day at the same severity stays dismissed");

        state = state.refreshed(onDay(11));
        assertEquals(Optional.of(NoticeSeverity.DANGER), state.notices().severity(), "30 days left");
        assertTrue(state.activated(), "the dismissal comes back when the severity rises");

        state = state.dismiss().refreshed(onDay(40));
        assertEquals(Optional.of(NoticeSeverity.DANGER), state.notices().severity(), "the last day");
        assertFalse(state.activated());

        state = state.refreshed(onDay(41));
        assertEquals(Optional.of(NoticeSeverity.ERROR), state.notices().severity(), "decommissioned");
        assertTrue(state.activated());
    }

    @Test
    void aRejectedTextIsLouderThanADismissedWarning() {
        PoolsMonitorState state = PoolsMonitorState.initial(Optional.empty()).refreshed(notices(TEXT)).dismiss();

        state = state.refreshed(notices(PoolNoticesTest.INVALID));

        assertEquals(1, state.notices().rejectedTexts().size());
        assertTrue(state.activated());
    }

    @Test
    void theDismissalEndsWhenThereIsNothingLeftToTell() {
        PoolsMonitorState state = PoolsMonitorState.initial(Optional.empty()).refreshed(notices(TEXT)).dismiss();

        state = state.refreshed(notices(PoolNoticesTest.CURRENT));
        assertEquals(Optional.empty(), state.dismissed());

        state = state.refreshed(notices(TEXT));
        assertTrue(state.activated(), "a problem that comes later is seen, though no louder than the one dismissed");
    }

    @Test
    void aRememberedDismissalHidesTheSameSeverityAfterARestart() {
        PoolsMonitorState restarted = PoolsMonitorState.initial(Optional.of(NoticeSeverity.WARNING));

        assertFalse(restarted.refreshed(notices(TEXT)).activated());
        assertTrue(restarted.refreshed(onDay(11)).activated());
    }

    @Test
    void dismissingNeverLowersTheDismissedSeverity() {
        PoolsMonitorState dismissedDanger = PoolsMonitorState.initial(Optional.of(NoticeSeverity.DANGER)).refreshed(notices(TEXT));

        assertEquals(Optional.of(NoticeSeverity.DANGER), dismissedDanger.dismiss().dismissed());
    }
}
