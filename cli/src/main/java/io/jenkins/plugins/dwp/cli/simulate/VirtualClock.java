package io.jenkins.plugins.dwp.cli.simulate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The simulation's clock: it stands still until the simulation moves it, so days pass in seconds. */
final class VirtualClock extends Clock {

    private final Instant start;
    private volatile Instant now;

    VirtualClock(Instant start) {
        this.start = start;
        this.now = start;
    }

    /** Moves the clock to {@code elapsed} after the start. */
    void moveTo(Duration elapsed) {
        now = start.plus(elapsed);
    }

    /** How long since the start. */
    Duration elapsed() {
        return Duration.between(start, now);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
