package io.jenkins.plugins.dwp.cli.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DurationValueTest {

    @Test
    void readsHoursMinutesAndSecondsInThatOrder() {
        assertEquals(Optional.of(Duration.ofMinutes(12)), DurationValue.parse("12m"));
        assertEquals(Optional.of(Duration.ofSeconds(20)), DurationValue.parse("20s"));
        assertEquals(Optional.of(Duration.ofMinutes(90)), DurationValue.parse("1h30m"));
        assertEquals(Optional.of(Duration.ofSeconds(3725)), DurationValue.parse("1h2m5s"));
        assertEquals(Optional.of(Duration.ZERO), DurationValue.parse("0"));
        assertEquals(Optional.of(Duration.ZERO), DurationValue.parse("0m"));
    }

    @Test
    void refusesAnythingElse() {
        for (String text : new String[] {"", "12", "30m1h", "1.5h", "10 minutes", "-5m", "5M", "1d"}) {
            assertEquals(Optional.empty(), DurationValue.parse(text), text);
        }
    }

    @Test
    void writesWhatItReads() {
        for (String text : new String[] {"0", "20s", "12m", "1h30m", "1h2m5s", "168h"}) {
            assertEquals(text, DurationValue.format(DurationValue.parse(text).orElseThrow()));
        }
    }
}
