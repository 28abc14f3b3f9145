package io.jenkins.plugins.dwp.cli.simulate;

import io.jenkins.plugins.dwp.yaml.YamlNode;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes durations as workload files write them: {@code 20s}, {@code 12m}, {@code 1h30m}, {@code 0}. */
public final class DurationValue {

    private static final Pattern FORM = Pattern.compile("(?:(\\d{1,6})h)?(?:(\\d{1,7})m)?(?:(\\d{1,9})s)?");

    private DurationValue() {
    }

    /** The duration {@code text} means, if it is one. */
    public static Optional<Duration> parse(String text) {
        if (text.equals("0")) {
            return Optional.of(Duration.ZERO);
        }
        Matcher m = FORM.matcher(text);
        if (text.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2)))
                .plusSeconds(number(m.group(3))));
    }

    /** The value of {@code node} as a duration, or an error on it that shows the form. */
    static Optional<Duration> read(YamlNode node) {
        return node.asText().flatMap(text -> {
            Optional<Duration> duration = parse(text);
            if (duration.isEmpty()) {
                node.error("expected a duration like 20s, 12m or 1h30m, found " + node.describe());
            }
            return duration;
        });
    }

    /** Like {@code 1h30m}, {@code 20s} or {@code 0}: the form {@link #parse} reads. */
    public static String format(Duration duration) {
        if (duration.isZero()) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        if (duration.toHours() > 0) {
            text.append(duration.toHours()).append('h');
        }
        if (duration.toMinutesPart() > 0) {
            text.append(duration.toMinutesPart()).append('m');
        }
        if (duration.toSecondsPart() > 0) {
            text.append(duration.toSecondsPart()).append('s');
        }
        return text.toString();
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
