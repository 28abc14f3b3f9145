package io.jenkins.plugins.dwp.yaml;

import org.yaml.snakeyaml.error.Mark;

/**
 * A place in a source file, as people count: line and column start at 1.
 *
 * @param file the name the file was given on the command line or in the configuration
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record SourceLocation(String file, int line, int column) {

    /** The first character of a file, for findings about the file as a whole. */
    public static SourceLocation startOf(String file) {
        return new SourceLocation(file, 1, 1);
    }

    static SourceLocation of(String file, Mark mark) {
        return mark == null ? startOf(file) : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
