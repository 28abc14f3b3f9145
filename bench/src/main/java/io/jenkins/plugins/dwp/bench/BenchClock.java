package io.jenkins.plugins.dwp.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the benchmarks move by hand, so that the minutes between two reconcile ticks pass in no time. */
public final class BenchClock extends Clock {

    private volatile Instant now;

    /** A clock standing at {@code start} until moved. */
    public BenchClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock forward. */
    public void advance(Duration by) {
        now = now.plus(by);
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
