package io.jenkins.plugins.dwp.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every finding of one validation run, so that all of them are reported, not just the first. */
public final class Findings {

    private static final Comparator<Finding> BY_PLACE = Comparator
            .comparing((Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column());

    private final List<Finding> found = new ArrayList<>();
    private int errors;

    /** Records an error. */
    public void error(SourceLocation location, String path, String message) {
        found.add(new Finding.Error(location, path, message));
        errors++;
    }

    /** Records a warning. */
    public void warning(SourceLocation location, String path, String message) {
        found.add(new Finding.Warning(location, path, message));
    }

    /** Whether any error was recorded so far. */
    public boolean hasErrors() {
        return errors > 0;
    }

    /** The number of findings so far, to tell whether a step added any. */
    public int size() {
        return found.size();
    }

    /** The number of errors so far. */
    public int errorCount() {
        return errors;
    }

    /** Everything found, ordered by file, line and column. */
    public List<Finding> sorted() {
        return found.stream().sorted(BY_PLACE).toList();
    }

    /**
     * The closing line of a report, like {@code 2 errors, 1 warning}.
     *
     * @param findings the findings reported above it
     */
    public static String summary(List<Finding> findings) {
        long errors = findings.stream().filter(Finding.Error.class::isInstance).count();
        long warnings = findings.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
