package io.jenkins.plugins.dwp.yaml;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Checks a composed document once per distinct node before anything reads it: no alias refers to
 * a collection that contains it, aliases do not expand past the limit, only standard tags are
 * used, and every mapping has distinct plain keys. Aliases make the tree a graph; sizes are
 * memoised so that the check itself stays linear in the file, not in its expansion.
 */
final class NodeGraphCheck {

    private static final Set<Tag> STANDARD_TAGS = Set.of(
            Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    private final String file;
    private final Findings findings;
    private final Map<Node, Long> expandedSizes = new IdentityHashMap<>();
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private final int findingsBefore;

    NodeGraphCheck(String file, Findings findings) {
        this.file = file;
        this.findings = findings;
        this.findingsBefore = findings.size();
    }

    /** Whether the document may be read; every reason it may not is recorded. */
    boolean accepts(Node root) {
        long size = expandedSize(root, "");
        return size >= 0 && findings.size() == findingsBefore;
    }

    /** The number of values the node stands for once expanded, or -1 once the document is refused. */
    private long expandedSize(Node node, String path) {
        Long known = expandedSizes.get(node);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(node)) {
            error(node, path, "an alias refers to a list or mapping that contains it; refusing the endless document");
            return -1;
        }
        checkTag(node, path);
        long size = 1;
        if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                size = add(size, expandedSize(items.get(i), YamlPath.index(path, i)));
            }
        } else if (node instanceof MappingNode mapping) {
            checkKeys(mapping, path);
            for (NodeTuple tuple : mapping.getValue()) {
                String valuePath = tuple.getKeyNode() instanceof ScalarNode key ? YamlPath.key(path, key.getValue()) : path;
                size = add(add(size, expandedSize(tuple.getKeyNode(), valuePath)), expandedSize(tuple.getValueNode(), valuePath));
            }
        }
        if (size > SafeYamlLoader.MAX_EXPANDED_NODES) {
            error(node, path, "its aliases expand to more than " + SafeYamlLoader.MAX_EXPANDED_NODES
                    + " values; refusing the file as an alias bomb (a pools file needs few aliases: put shared"
                    + " settings under defaults:)");
            size = -1;
        }
        inProgress.remove(node);
        expandedSizes.put(node, size);
        return size;
    }

    private static long add(long size, long more) {
        return size < 0 || more < 0 ? -1 : size + more;
    }

    private void checkTag(Node node, String path) {
        Tag tag = node.getTag();
        if (tag.equals(Tag.MERGE)) {
            error(node, path, "merge keys (<<) are not supported; put settings that pools share under defaults:");
        } else if (!STANDARD_TAGS.contains(tag)) {
            error(node, path, "the tag " + display(tag) + " is not allowed; only plain values (text, numbers, "
                    + "true/false, null, dates), lists and mappings are");
        }
    }

    private void checkKeys(MappingNode mapping, String path) {
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                error(key, path, "a key must be plain text, not a list or mapping");
                continue;
            }
            Node first = seen.putIfAbsent(scalar.getValue(), key);
            if (first != null) {
                error(key, YamlPath.key(path, scalar.getValue()), "duplicate key '" + scalar.getValue() + "': it is already set at line "
                        + (first.getStartMark().getLine() + 1) + "; keep one");
            }
        }
    }

    private static String display(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }

    private void error(Node node, String path, String message) {
        findings.error(SourceLocation.of(file, node.getStartMark()), path, message);
    }
}
