package io.jenkins.plugins.dwp.yaml;

/**
 * One problem found in a file, reported as {@code FILE:LINE:COLUMN: error: PATH: MESSAGE}.
 * Errors make a file invalid; warnings do not.
 */
public sealed interface Finding permits Finding.Error, Finding.Warning {

    /** Where the offending value stands. */
    SourceLocation location();

    /** The value's path from the root, like {@code pools[1].resources.requests.cpu}; empty for the file itself. */
    String path();

    /** What is wrong, why, and what to do, for the person who reads it. */
    String message();

    /** {@code error} or {@code warning}, as printed. */
    String severity();

    /** The one-line form that every command prints. */
    default String format() {
        return location() + ": " + severity() + ": " + (path().isEmpty() ? "" : path() + ": ") + message();
    }

    /** A problem that makes the file invalid. */
    record Error(SourceLocation location, String path, String message) implements Finding {
        @Override
        public String severity() {
            return "error";
        }
    }

    /** A problem worth knowing that still lets the file be used. */
    record Warning(SourceLocation location, String path, String message) implements Finding {
        @Override
        public String severity() {
            return "warning";
        }
    }
}
