package io.jenkins.plugins.dwp.catalog;

import io.jenkins.plugins.dwp.kube.KubernetesNames;
import io.jenkins.plugins.dwp.yaml.ClosestName;
import io.jenkins.plugins.dwp.yaml.YamlMap;
import io.jenkins.plugins.dwp.yaml.YamlNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an {@code images:} list, from a catalog file or a pools file, into catalog images,
 * recording a finding for every mistake. An image with an error is left out, so later checks
 * do not pile up on it.
 */
public final class CatalogReader {

    /** The keys an image entry may have, as the JSON Schema lists them. */
    public static final List<String> IMAGE_KEYS = List.of("id", "family", "name", "os", "image", "stage", "agent",
            "deprecatedAfter", "decommissionedAfter", "replacement", "tools");

    /** The keys of a tool offered in several versions. */
    public static final List<String> TOOL_OFFER_KEYS = List.of("versions", "path");

    /** A tool's name: letters, digits, '.', '_' and '-'. */
    public static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final List<CatalogImage> images = new ArrayList<>();
    private final Map<String, YamlNode> replacementNodes = new HashMap<>();
    private final Set<String> rejectedIds = new HashSet<>();

    private CatalogReader() {
    }

    /** Reads a list of images; every finding goes where {@code list} records them. */
    public static CatalogReader read(YamlNode list) {
        CatalogReader reader = new CatalogReader();
        Map<String, YamlNode> seen = new HashMap<>();
        for (YamlNode item : list.asList().orElse(List.of())) {
            item.asMapping().ifPresent(map -> {
                Optional<CatalogImage> read = reader.readImage(map);
                if (read.isEmpty()) {
                    map.get("id").filter(YamlNode::isScalar).flatMap(YamlNode::asText).ifPresent(reader.rejectedIds::add);
                    return;
                }
                CatalogImage image = read.get();
                YamlNode idNode = map.get("id").orElseThrow();
                YamlNode first = seen.putIfAbsent(image.id(), idNode);
                if (first != null) {
                    idNode.error("duplicate image id '" + image.id() + "': it is already defined at line "
                            + first.location().line() + "; image ids must be unique in a file");
                } else {
                    reader.images.add(image);
                }
            });
        }
        return reader;
    }

    /** The images read without error, in file order. */
    public List<CatalogImage> images() {
        return List.copyOf(images);
    }

    /** The ids of images left out for their errors, so that pools naming them are not told the image is missing. */
    public Set<String> rejectedIds() {
        return Set.copyOf(rejectedIds);
    }

    /**
     * Checks that each image read names as its replacement another image of {@code catalog},
     * the catalog this file's images end up in.
     */
    public void checkReplacements(ImageCatalog catalog) {
        for (CatalogImage image : images) {
            image.replacement().ifPresent(replacement -> {
                YamlNode node = replacementNodes.get(image.id());
                if (replacement.equals(image.id())) {
                    node.error("an image cannot be its own replacement");
                } else if (catalog.image(replacement).isEmpty()) {
                    node.error("no image '" + replacement + "' in the catalog"
                            + ClosestName.among(replacement, catalog.ids()).map(s -> "; did you mean '" + s + "'?").orElse(""));
                }
            });
        }
    }

    private Optional<CatalogImage> readImage(YamlMap map) {
        int errorsBefore = map.node().errorsSoFar();
        map.allowOnly(IMAGE_KEYS, Map.of());
        Optional<String> id = map.require("id").flatMap(n -> name(n, "an image id"));
        Optional<String> family = map.require("family").flatMap(n -> name(n, "a family"));
        Optional<String> name = map.read("name", YamlNode::asText);
        Optional<OperatingSystem> os = map.require("os")
                .flatMap(n -> oneOf(n, OperatingSystem.class, "expected linux or windows, found FOUND"));
        Optional<String> reference = map.require("image").flatMap(CatalogReader::reference);
        Stage stage = map.get("stage").flatMap(n -> oneOf(n, Stage.class, "expected alpha or stable, found FOUND;"
                + " deprecation and decommissioning come from deprecatedAfter and decommissionedAfter"))
                .orElse(Stage.STABLE);
        AgentSource agent = map.get("agent").flatMap(n -> oneOf(n, AgentSource.class, "expected included (the image"
                + " runs the Jenkins agent) or injected (any Linux image with java: the agent is put into the pod),"
                + " found FOUND")).orElse(AgentSource.INCLUDED);
        Optional<LocalDate> deprecatedAfter = map.read("deprecatedAfter", YamlNode::asDate);
        Optional<LocalDate> decommissionedAfter = map.read("decommissionedAfter", YamlNode::asDate);
        if (deprecatedAfter.isPresent() && decommissionedAfter.isPresent()
                && !decommissionedAfter.get().isAfter(deprecatedAfter.get())) {
            map.get("decommissionedAfter").orElseThrow().error("must be later than deprecatedAfter ("
                    + deprecatedAfter.get() + "): an image is deprecated first, then decommissioned");
        }
        Optional<YamlNode> replacementNode = map.get("replacement");
        Optional<String> replacement = replacementNode.flatMap(n -> name(n, "an image id"));
        Map<String, ToolOffer> tools = map.get("tools").map(CatalogReader::tools).orElse(Map.of());
        if (agent == AgentSource.INJECTED) {
            YamlNode agentNode = map.get("agent").orElseThrow();
            if (os.filter(o -> o == OperatingSystem.WINDOWS).isPresent()) {
                agentNode.error("agent: injected works for Linux images only; build Windows images FROM"
                        + " jenkins/inbound-agent and leave agent out");
            } else if (!tools.containsKey("java")) {
                agentNode.warning("an injected agent runs on the image's java, and the image lists no java tool;"
                        + " add java: VERSION to its tools if it has one");
            }
        }
        if (map.node().errorsSoFar() > errorsBefore || id.isEmpty() || family.isEmpty() || os.isEmpty() || reference.isEmpty()) {
            return Optional.empty();
        }
        replacementNode.ifPresent(n -> replacementNodes.put(id.get(), n));
        return Optional.of(new CatalogImage(id.get(), family.get(), name.orElse(id.get()), os.get(), reference.get(),
                stage, agent, deprecatedAfter, decommissionedAfter, replacement, tools, map.node().location()));
    }

    private static Optional<String> name(YamlNode node, String what) {
        return node.asText().filter(text -> {
            boolean ok = text.length() <= 63 && KubernetesNames.isDns1123Subdomain(text);
            if (!ok) {
                node.error(what + " must be lower case letters, digits, '-' and '.', starting and ending with a letter"
                        + " or digit, at most 63 characters; found " + node.describe());
            }
            return ok;
        });
    }

    /**
     * The constant of {@code type} whose lower-case name is written, or an error that says what
     * was expected ({@code expected}) and what was found.
     */
    private static <E extends Enum<E>> Optional<E> oneOf(YamlNode node, Class<E> type, String expected) {
        return node.asText().flatMap(text -> {
            Optional<E> value = Arrays.stream(type.getEnumConstants())
                    .filter(constant -> constant.name().toLowerCase(Locale.ROOT).equals(text))
                    .findFirst();
            if (value.isEmpty()) {
                node.error(expected.replace("FOUND", node.describe()));
            }
            return value;
        });
    }

    private static Optional<String> reference(YamlNode node) {
        return node.asText().filter(text -> switch (ImageReference.classify(text)) {
            case INVALID -> {
                node.error("not a container image reference: expected REGISTRY/REPOSITORY:TAG or ...@sha256:DIGEST, found "
                        + node.describe());
                yield false;
            }
            case FLOATING -> {
                node.warning("no tag or digest, so every pull may get another image; add :TAG or @sha256:DIGEST");
                yield true;
            }
            case LATEST -> {
                node.warning(":latest moves under the pools that use it; pin a version tag or a digest");
                yield true;
            }
            case PINNED -> true;
        });
    }

    private static Map<String, ToolOffer> tools(YamlNode node) {
        Map<String, ToolOffer> tools = new LinkedHashMap<>();
        node.asMapping().ifPresent(map -> map.entries().forEach(entry -> {
            if (!TOOL_NAME.matcher(entry.key()).matches()) {
                entry.keyNode().error("a tool name is letters, digits, '.', '_' and '-', found '" + entry.key() + "'");
                return;
            }
            toolOffer(entry.key(), entry.value()).ifPresent(offer -> tools.put(entry.key(), offer));
        }));
        return tools;
    }

    private static Optional<ToolOffer> toolOffer(String tool, YamlNode node) {
        if (node.isScalar()) {
            return node.asText().map(version -> new ToolOffer(tool, List.of(version), Optional.empty()));
        }
        return node.asMapping().flatMap(map -> {
            map.allowOnly(TOOL_OFFER_KEYS, Map.of());
            Set<String> versions = new LinkedHashSet<>();
            Optional<List<YamlNode>> listed = map.require("versions").flatMap(YamlNode::asList);
            listed.orElse(List.of()).forEach(v -> v.asText().ifPresent(text -> {
                if (!versions.add(text)) {
                    v.error("version " + text + " is listed twice");
                }
            }));
            if (listed.filter(List::isEmpty).isPresent()) {
                map.get("versions").get().error("list at least one version");
            }
            Optional<String> path = map.read("path", YamlNode::asText);
            path.filter(p -> !p.contains(ToolOffer.VERSION_PLACEHOLDER)).ifPresent(p -> map.get("path").get().error(
                    "the path must contain " + ToolOffer.VERSION_PLACEHOLDER + ", where each version's directory differs"));
            if (versions.size() > 1 && path.isEmpty()) {
                map.node().error("several versions side by side need a path: the directory of one version, with "
                        + ToolOffer.VERSION_PLACEHOLDER + " in it");
            }
            return versions.isEmpty() ? Optional.empty() : Optional.of(new ToolOffer(tool, List.copyOf(versions), path));
        });
    }
}
