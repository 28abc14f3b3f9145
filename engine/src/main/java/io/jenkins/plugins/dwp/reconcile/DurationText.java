package io.jenkins.plugins.dwp.reconcile;

import java.time.Duration;

/**
 * Durations as plan details and the plugin's pages print them: whole minutes, or hours and minutes;
 * never rounded up.
 */
public final class DurationText {

    private DurationText() {
    }

    /** Like {@code 61 min}. */
    public static String minutes(Duration duration) {
        return duration.toMinutes() + " min";
    }

    /** Like {@code 30 s} under a minute, else like {@link #minutes}. */
    public static String brief(Duration duration) {
        return duration.compareTo(Duration.ofMinutes(1)) < 0 ? duration.toSeconds() + " s" : minutes(duration);
    }

    /** Like {@code 72 h 0 min}. */
    public static String hoursAndMinutes(Duration duration) {
        return duration.toHours() + " h " + duration.toMinutesPart() + " min";
    }

    /** Like {@code 72 h}, or {@code 71 h 30 min} when not whole hours. */
    public static String hours(Duration duration) {
        return duration.equals(Duration.ofHours(duration.toHours())) ? duration.toHours() + " h" : hoursAndMinutes(duration);
    }
}
