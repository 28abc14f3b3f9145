package io.jenkins.plugins.dwp.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Image lifecycles go by the calendar day in UTC, wherever the controller runs. */
public final class UtcDay {

    private UtcDay() {
    }

    /** The day (UTC) that {@code clock} is in. */
    public static LocalDate of(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
