package io.jenkins.plugins.dwp.yaml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A value in a checked YAML document that knows its path and place, and reads itself as the
 * type a field wants. A value of the wrong type is recorded as an error at its own place and
 * read as absent, so that one run reports every problem in the file.
 */
public final class YamlNode {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?[0-9][0-9_]*");

    private final String file;
    private final Node node;
    private final String path;
    private final Findings findings;

    private YamlNode(String file, Node node, String path, Findings findings) {
        this.file = file;
        this.node = node;
        this.path = path;
        this.findings = findings;
    }

    static YamlNode root(String file, Node node, Findings findings) {
        return new YamlNode(file, node, "", findings);
    }

    YamlNode child(Node child, String key) {
        return new YamlNode(file, child, YamlPath.key(path, key), findings);
    }

    private YamlNode item(Node child, int index) {
        return new YamlNode(file, child, YamlPath.index(path, index), findings);
    }

    /** The path from the root, like {@code pools[0].resources}. */
    public String path() {
        return path;
    }

    /** Where the value starts. */
    public SourceLocation location() {
        return SourceLocation.of(file, node.getStartMark());
    }

    /** Whether the value is YAML's null, as when a key is written with nothing after it. */
    public boolean isNull() {
        return node.getTag().equals(Tag.NULL);
    }

    /** Whether the value is a mapping. */
    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    /** Whether the value is a single value rather than a list or mapping (null included). */
    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** How many errors the document has shown so far, to tell whether reading a part added any. */
    public int errorsSoFar() {
        return findings.errorCount();
    }

    /** Records an error about this value. */
    public void error(String message) {
        findings.error(location(), path, message);
    }

    /** Records a warning about this value. */
    public void warning(String message) {
        findings.warning(location(), path, message);
    }

    /** The value as a mapping, or an error if it is something else. */
    public Optional<YamlMap> asMapping() {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(this, mapping));
        }
        error("expected a mapping (key: value lines), found " + describe());
        return Optional.empty();
    }

    /** The value as a list, or an error if it is something else. */
    public Optional<List<YamlNode>> asList() {
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>(sequence.getValue().size());
            for (Node child : sequence.getValue()) {
                items.add(item(child, items.size()));
            }
            return Optional.of(items);
        }
        error("expected a list, found " + describe());
        return Optional.empty();
    }

    /** The value as text; numbers, dates and booleans are read as they were written. */
    public Optional<String> asText() {
        if (node instanceof ScalarNode scalar && !isNull()) {
            return Optional.of(scalar.getValue());
        }
        error("expected a text value, found " + describe());
        return Optional.empty();
    }

    /** The value as a whole number within {@code min..max}, or an error that gives the range. */
    public OptionalInt asInt(int min, int max) {
        String range = "a whole number from " + min + " to " + max;
        if (!(node instanceof ScalarNode scalar) || !node.getTag().equals(Tag.INT)
                || !WHOLE_NUMBER.matcher(scalar.getValue()).matches()) {
            error("expected " + range + ", found " + describe());
            return OptionalInt.empty();
        }
        long value;
        try {
            value = Long.parseLong(scalar.getValue().replace("_", ""));
        } catch (NumberFormatException tooLong) {
            value = Long.MAX_VALUE;
        }
        if (value < min || value > max) {
            error("expected " + range + ", found " + scalar.getValue());
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) value);
    }

    /** The value as an ISO date like {@code 2027-03-31}. */
    public Optional<LocalDate> asDate() {
        if (node instanceof ScalarNode scalar && !isNull()) {
            try {
                return Optional.of(LocalDate.parse(scalar.getValue()));
            } catch (DateTimeParseException e) {
                // reported below with what was found
            }
        }
        error("expected a date like 2027-03-31, found " + describe());
        return Optional.empty();
    }

    /** How the value reads in a message: {@code 'abc'}, {@code a list}, {@code a mapping}, {@code nothing}. */
    public String describe() {
        if (isNull()) {
            return "nothing";
        }
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue();
            return "'" + (value.length() > 60 ? value.substring(0, 57) + "..." : value) + "'";
        }
        return node instanceof SequenceNode ? "a list" : "a mapping";
    }
}
