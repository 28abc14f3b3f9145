package io.jenkins.plugins.dwp.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until it is moved: the virtual time of {@code dwp simulate}, and of
 * benchmarks and tests, in which hours pass in no time. The engine reads only the clock it is
 * given, so it runs the same on this one as on the system's. Always UTC.
 */
public final class ManualClock extends Clock {

    private volatile Instant now;

    /** A clock standing at {@code start} until moved. */
    public ManualClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock by {@code duration}; a negative one sets it back. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Sets the clock to {@code instant}. */
    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Stays in UTC: the engine judges days in UTC whatever zone is asked for. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
