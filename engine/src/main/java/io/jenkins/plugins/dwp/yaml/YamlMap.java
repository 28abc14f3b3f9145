package io.jenkins.plugins.dwp.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** A mapping in a checked document; its keys are distinct plain text, as the loader made sure. */
public final class YamlMap {

    /** One key and its value. */
    public record Entry(String key, YamlNode keyNode, YamlNode value) {
    }

    private final YamlNode self;
    private final List<Entry> entries;

    YamlMap(YamlNode self, MappingNode mapping) {
        this.self = self;
        List<Entry> list = new ArrayList<>(mapping.getValue().size());
        for (NodeTuple tuple : mapping.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            list.add(new Entry(key, self.child(tuple.getKeyNode(), key), self.child(tuple.getValueNode(), key)));
        }
        this.entries = List.copyOf(list);
    }

    /** The mapping itself as a value, for findings about it as a whole. */
    public YamlNode node() {
        return self;
    }

    /** Every entry, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The value of a key; a key written with nothing after it counts as absent. */
    public Optional<YamlNode> get(String key) {
        return entries.stream()
                .filter(e -> e.key().equals(key) && !e.value().isNull())
                .map(Entry::value)
                .findFirst();
    }

    /** The value of a key that must be there, or an error on the mapping that names it. */
    public Optional<YamlNode> require(String key) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            self.error("'" + key + "' is required");
        }
        return value;
    }

    /** Reads a value if the key is there and the value is good. */
    public <T> Optional<T> read(String key, Function<YamlNode, Optional<T>> reader) {
        return get(key).flatMap(reader);
    }

    /**
     * Records an error for every key that is not {@code known}. Keys in {@code refused} get the
     * reason they are refused; others get the closest known key as a suggestion.
     */
    public void allowOnly(Collection<String> known, Map<String, String> refused) {
        for (Entry entry : entries) {
            if (known.contains(entry.key())) {
                continue;
            }
            String reason = refused.get(entry.key());
            if (reason != null) {
                entry.keyNode().error(reason);
            } else {
                entry.keyNode().error("unknown key '" + entry.key() + "'"
                        + ClosestName.among(entry.key(), known).map(s -> "; did you mean '" + s + "'?")
                                .orElse("; known keys: " + String.join(", ", known)));
            }
        }
    }
}
