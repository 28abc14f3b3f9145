package io.jenkins.plugins.dwp.config;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jenkins.plugins.dwp.kube.KubernetesNames;
import io.jenkins.plugins.dwp.kube.Quantities;
import io.jenkins.plugins.dwp.yaml.YamlMap;
import io.jenkins.plugins.dwp.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads one pool, or the {@code defaults:} block, checking each setting on its own. */
final class PoolDraftReader {

    private static final Pattern EXTENDED_RESOURCE = Pattern.compile("[a-z0-9.-]+/[A-Za-z0-9._-]+");
    private static final Set<String> STANDARD_RESOURCES = Set.of("cpu", "memory", "ephemeral-storage");
    private static final Set<String> BYTE_RESOURCES = Set.of("memory", "ephemeral-storage");

    private PoolDraftReader() {
    }

    /** Reads a pool of {@code pools:}. */
    static PoolDraft readPool(YamlMap map) {
        map.allowOnly(PoolFields.POOL_KEYS, PoolFields.REFUSED_KEYS);
        Optional<Located<String>> name = map.require("name")
                .flatMap(n -> poolName(n).map(value -> new Located<>(value, n)));
        Optional<List<String>> labels = map.read("labels", PoolDraftReader::labels);
        return settings(map, name, labels);
    }

    /** Reads the {@code defaults:} block. */
    static PoolDraft readDefaults(YamlMap map) {
        map.allowOnly(PoolFields.DEFAULTS_KEYS, PoolFields.REFUSED_KEYS);
        return settings(map, Optional.empty(), Optional.empty());
    }

    private static PoolDraft settings(YamlMap map, Optional<Located<String>> name, Optional<List<String>> labels) {
        Optional<YamlMap> resources = map.get("resources").flatMap(YamlNode::asMapping);
        resources.ifPresent(r -> r.allowOnly(PoolFields.RESOURCES_KEYS, Map.of()));
        return new PoolDraft(map.node(), name, labels,
                map.read("image", PoolDraftReader::imageSelector),
                map.read("tools", n -> locatedStrings(n, PoolDraftReader::toolRequest)),
                resources.flatMap(r -> r.read("requests", PoolDraftReader::quantities)),
                resources.flatMap(r -> r.read("limits", PoolDraftReader::quantities)),
                integer(map, "idleMinutes", PoolFields.IDLE_MINUTES),
                integer(map, "maxLifetimeHours", PoolFields.MAX_LIFETIME_HOURS),
                integer(map, "pendingTimeoutMinutes", PoolFields.PENDING_TIMEOUT_MINUTES),
                integer(map, "maxWorkers", PoolFields.MAX_WORKERS),
                map.read("namespace", n -> kubernetesName(n, true)),
                map.read("serviceAccount", n -> kubernetesName(n, false)),
                map.read("nodeSelector", n -> locatedStrings(n, PoolDraftReader::nodeSelectorEntry)),
                map.read("tolerations", PoolDraftReader::tolerations),
                map.read("env", PoolDraftReader::env));
    }

    private static OptionalInt integer(YamlMap map, String key, IntRange range) {
        return map.get(key).map(n -> n.asInt(range.min(), range.max())).orElse(OptionalInt.empty());
    }

    private static Optional<String> poolName(YamlNode node) {
        return node.asText().filter(name -> {
            boolean ok = KubernetesNames.isDns1123Label(name);
            if (!ok) {
                node.error("a pool name must be a DNS-1123 label: lower case letters, digits and '-', starting and"
                        + " ending with a letter or digit, at most 63 characters; found " + node.describe());
            }
            return ok;
        });
    }

    private static Optional<List<String>> labels(YamlNode node) {
        return node.asList().map(items -> {
            Set<String> labels = new LinkedHashSet<>();
            for (YamlNode item : items) {
                item.asText().ifPresent(label -> {
                    if (!PoolFields.LABEL_ATOM.matcher(label).matches()) {
                        item.error("a Jenkins label is one word, without spaces or any of !&|()<>=,\"'?*/\\%@#$^[]:;"
                                + "; found " + item.describe());
                    } else if (!labels.add(label)) {
                        item.error("label '" + label + "' is listed twice");
                    }
                });
            }
            if (items.isEmpty()) {
                node.error("list at least one label, or leave labels out to serve the pool's name");
            }
            return List.copyOf(labels);
        });
    }

    private static Optional<Located<ImageSelector>> imageSelector(YamlNode node) {
        if (node.isScalar()) {
            node.error("expected image: {default: FAMILY} or image: {pinned: IMAGE-ID}, found " + node.describe());
            return Optional.empty();
        }
        return node.asMapping().flatMap(map -> {
            map.allowOnly(PoolFields.IMAGE_SELECTOR_KEYS, Map.of());
            Optional<YamlNode> family = map.get("default");
            Optional<YamlNode> pinned = map.get("pinned");
            if (family.isPresent() == pinned.isPresent()) {
                node.error("give exactly one of default: FAMILY (the newest stable image of a family) or pinned: IMAGE-ID");
                return Optional.empty();
            }
            if (family.isPresent()) {
                return family.get().asText().map(f -> new Located<>(new ImageSelector.FamilyDefault(f), family.get()));
            }
            return pinned.get().asText().map(id -> new Located<>(new ImageSelector.Pinned(id), pinned.get()));
        });
    }

    private static Optional<Map<String, Located<String>>> locatedStrings(
            YamlNode node, Function<YamlMap.Entry, Optional<String>> reader) {
        return node.asMapping().map(map -> {
            Map<String, Located<String>> values = new LinkedHashMap<>();
            for (YamlMap.Entry entry : map.entries()) {
                reader.apply(entry).ifPresent(value -> values.put(entry.key(), new Located<>(value, entry.value())));
            }
            return values;
        });
    }

    private static Optional<String> toolRequest(YamlMap.Entry entry) {
        return entry.value().asText();
    }

    private static Optional<String> nodeSelectorEntry(YamlMap.Entry entry) {
        if (!KubernetesNames.isLabelKey(entry.key())) {
            entry.keyNode().error("not a Kubernetes label key: expected NAME or PREFIX/NAME, as in kubernetes.io/arch");
            return Optional.empty();
        }
        return entry.value().asText().filter(value -> {
            boolean ok = KubernetesNames.isLabelValue(value);
            if (!ok) {
                entry.value().error("not a Kubernetes label value: at most 63 letters, digits, '-', '_' and '.'");
            }
            return ok;
        });
    }

    private static Optional<Map<String, Located<Quantity>>> quantities(YamlNode node) {
        return node.asMapping().map(map -> {
            Map<String, Located<Quantity>> quantities = new LinkedHashMap<>();
            for (YamlMap.Entry entry : map.entries()) {
                String resource = entry.key();
                if (!STANDARD_RESOURCES.contains(resource) && !resource.startsWith("hugepages-")
                        && !EXTENDED_RESOURCE.matcher(resource).matches()) {
                    entry.keyNode().error("not a Kubernetes resource: expected cpu, memory, ephemeral-storage,"
                            + " hugepages-SIZE or an extended resource such as nvidia.com/gpu");
                    continue;
                }
                entry.value().asText().flatMap(text -> quantity(entry.value(), resource, text))
                        .ifPresent(q -> quantities.put(resource, new Located<>(q, entry.value())));
            }
            return quantities;
        });
    }

    private static Optional<Quantity> quantity(YamlNode node, String resource, String text) {
        Optional<Quantity> quantity = Quantities.parse(text);
        if (quantity.isEmpty()) {
            node.error("not a Kubernetes quantity: found " + node.describe() + "; write a number with an optional suffix,"
                    + " as in 500m, 2, 512Mi or 1G (Mi and Gi count in 1024s, M and G in 1000s)");
        } else if (Quantities.amount(quantity.get()).signum() < 0) {
            node.error("must not be negative");
            return Optional.empty();
        } else if (BYTE_RESOURCES.contains(resource) && quantity.get().getFormat().equals("m")) {
            node.warning(text + " means " + Quantities.amount(quantity.get()).toPlainString() + " bytes (m is milli);"
                    + " did you mean " + text.substring(0, text.length() - 1) + "Mi?");
        }
        return quantity;
    }

    private static Optional<String> kubernetesName(YamlNode node, boolean label) {
        return node.asText().filter(name -> {
            boolean ok = label ? KubernetesNames.isDns1123Label(name) : KubernetesNames.isDns1123Subdomain(name);
            if (!ok) {
                node.error("not a Kubernetes name: lower case letters, digits and '-'" + (label ? "" : " and '.'")
                        + ", starting and ending with a letter or digit");
            }
            return ok;
        });
    }

    private static Optional<List<PodToleration>> tolerations(YamlNode node) {
        return node.asList().map(items -> {
            List<PodToleration> tolerations = new ArrayList<>();
            for (YamlNode item : items) {
                item.asMapping().flatMap(PoolDraftReader::toleration).ifPresent(tolerations::add);
            }
            return tolerations;
        });
    }

    private static Optional<PodToleration> toleration(YamlMap map) {
        int errorsBefore = map.node().errorsSoFar();
        map.allowOnly(PoolFields.TOLERATION_KEYS, Map.of());
        Optional<String> key = map.read("key", YamlNode::asText);
        key.filter(k -> !KubernetesNames.isLabelKey(k)).ifPresent(k ->
                map.get("key").get().error("not a Kubernetes taint key: expected NAME or PREFIX/NAME"));
        Optional<String> operatorWritten = map.read("operator", n -> oneOf(n, PoolFields.TOLERATION_OPERATORS));
        if (map.get("operator").isPresent() && operatorWritten.isEmpty()) {
            return Optional.empty();
        }
        String operator = operatorWritten.orElse("Equal");
        Optional<String> value = map.read("value", YamlNode::asText);
        Optional<String> effect = map.read("effect", n -> oneOf(n, PoolFields.TOLERATION_EFFECTS));
        Optional<Integer> seconds = map.get("tolerationSeconds").flatMap(n -> {
            OptionalInt s = n.asInt(PoolFields.TOLERATION_SECONDS.min(), PoolFields.TOLERATION_SECONDS.max());
            return s.isPresent() ? Optional.of(s.getAsInt()) : Optional.empty();
        });
        if (operator.equals("Exists") && value.isPresent()) {
            map.get("value").get().error("a toleration with operator Exists takes no value");
        }
        if (key.isEmpty() && operator.equals("Equal")) {
            map.node().error("a toleration without a key must have operator: Exists (it tolerates every taint)");
        }
        if (seconds.isPresent() && !effect.equals(Optional.of("NoExecute"))) {
            map.get("tolerationSeconds").get().error("tolerationSeconds applies only to effect: NoExecute");
        }
        if (map.node().errorsSoFar() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new PodToleration(key, operator, value, effect, seconds));
    }

    private static Optional<String> oneOf(YamlNode node, Set<String> allowed) {
        return node.asText().filter(text -> {
            boolean ok = allowed.contains(text);
            if (!ok) {
                node.error("expected one of " + String.join(", ", allowed.stream().sorted().toList())
                        + ", found " + node.describe());
            }
            return ok;
        });
    }

    private static Optional<Map<String, String>> env(YamlNode node) {
        return node.asMapping().map(map -> {
            Map<String, String> env = new LinkedHashMap<>();
            for (YamlMap.Entry entry : map.entries()) {
                String name = entry.key();
                if (!KubernetesNames.isEnvName(name)) {
                    entry.keyNode().error("not an environment variable name: letters, digits, '_', '-' and '.',"
                            + " not starting with a digit");
                } else if (PoolFields.RESERVED_ENV.contains(name)) {
                    entry.keyNode().error(name + " is set by Dynamic Worker Pools for the agent"
                            + (name.contains("PATH") ? " from the image and the pool's tools" : "") + "; leave it out");
                } else if (name.equals("DOCKER_HOST")) {
                    entry.keyNode().error("DOCKER_HOST is refused: a step must not drive a Docker daemon, which gives it"
                            + " root on a node; build images with a rootless builder such as BuildKit or Kaniko in the step");
                } else {
                    entry.value().asText().ifPresent(value -> {
                        if (value.contains("docker.sock")) {
                            entry.value().error(PoolFields.REFUSED_KEYS.get("dockerSocket"));
                        } else {
                            env.put(name, value);
                        }
                    });
                }
            }
            return env;
        });
    }
}
