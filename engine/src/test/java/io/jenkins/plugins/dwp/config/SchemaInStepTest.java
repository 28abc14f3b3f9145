package io.jenkins.plugins.dwp.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.dwp.catalog.CatalogFile;
import io.jenkins.plugins.dwp.catalog.CatalogReader;
import io.jenkins.plugins.dwp.catalog.OperatingSystem;
import io.jenkins.plugins.dwp.catalog.Stage;
import io.jenkins.plugins.dwp.kube.KubernetesNames;
import io.jenkins.plugins.dwp.kube.Quantities;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code schema/pools.schema.json} and {@code schema/catalog.schema.json} in step with the
 * parser: the keys of every mapping, the required keys, the integer ranges and defaults, the
 * enumerations, and the name patterns.
 */
class SchemaInStepTest {

    private final JsonNode pools = SchemaFiles.readJson(SchemaFiles.poolsSchema());
    private final JsonNode catalog = SchemaFiles.readJson(SchemaFiles.catalogSchema());

    private final JsonNode pool = resolve(pools.at("/properties/pools/items"));
    private final JsonNode defaults = resolve(pools.at("/properties/defaults"));
    private final JsonNode image = resolve(resolve(pools.at("/properties/images")).get("items"));

    @Test
    void rootKeysAreTheParsers() {
        assertKeys("root of a pools file", PoolFields.ROOT_KEYS, pools);
        assertEquals(Set.of("pools"), names(pools.get("required")), "required keys of the root");
        assertEquals(1, pools.at("/properties/pools/minItems").asInt(), "pools: minItems (a file must define a pool)");
        assertClosed("root of a pools file", pools);
    }

    @Test
    void poolKeysAreTheParsers() {
        assertKeys("pool (pools[])", PoolFields.POOL_KEYS, pool);
        // image may come from defaults, so only the name is required of the pool itself.
        assertEquals(Set.of("name"), names(pool.get("required")), "required keys of a pool");
        assertClosed("pool", pool);
    }

    @Test
    void defaultsKeysAreTheParsers() {
        assertKeys("defaults", PoolFields.DEFAULTS_KEYS, defaults);
        assertFalse(defaults.has("required"), "defaults: nothing is required");
        assertClosed("defaults", defaults);
    }

    @Test
    void imageSelectorKeysAreTheParsers() {
        for (JsonNode owner : List.of(pool, defaults)) {
            JsonNode selector = resolve(owner.at("/properties/image"));
            assertKeys("image selector (image:)", PoolFields.IMAGE_SELECTOR_KEYS, selector);
            assertClosed("image selector", selector);
            Set<String> alternatives = new TreeSet<>();
            selector.get("oneOf").forEach(branch -> alternatives.addAll(names(branch.get("required"))));
            assertEquals(new TreeSet<>(PoolFields.IMAGE_SELECTOR_KEYS), alternatives,
                    "image selector: oneOf must require exactly one of " + PoolFields.IMAGE_SELECTOR_KEYS);
        }
    }

    @Test
    void resourcesKeysAreTheParsers() {
        for (JsonNode owner : List.of(pool, defaults)) {
            JsonNode resources = resolve(owner.at("/properties/resources"));
            assertKeys("resources", PoolFields.RESOURCES_KEYS, resources);
            assertClosed("resources", resources);
        }
    }

    @Test
    void tolerationKeysAreTheParsers() throws ReflectiveOperationException {
        JsonNode toleration = toleration();
        assertKeys("toleration (tolerations[])", PoolFields.TOLERATION_KEYS, toleration);
        assertClosed("toleration", toleration);
        assertRange("tolerations[].tolerationSeconds", PoolFields.TOLERATION_SECONDS,
                resolve(toleration.at("/properties/tolerationSeconds")));
        assertEquals(PoolFields.TOLERATION_OPERATORS, names(toleration.at("/properties/operator/enum")),
                "toleration operator enum");
        assertEquals(PoolFields.TOLERATION_EFFECTS, names(toleration.at("/properties/effect/enum")),
                "toleration effect enum");
    }

    @Test
    void imageEntryKeysAreTheParsers() {
        assertKeys("image entry (images[])", CatalogReader.IMAGE_KEYS, image);
        assertEquals(Set.of("id", "family", "os", "image"), names(image.get("required")), "required keys of an image entry");
        assertClosed("image entry", image);
        assertEquals(Arrays.stream(OperatingSystem.values()).map(OperatingSystem::yamlName).collect(Collectors.toSet()),
                names(resolve(image.at("/properties/os")).get("enum")), "images[].os enum");
        JsonNode stage = resolve(image.at("/properties/stage"));
        assertEquals(Arrays.stream(Stage.values()).map(Stage::yamlName).collect(Collectors.toSet()),
                names(stage.get("enum")), "images[].stage enum");
        assertEquals(Stage.STABLE.yamlName(), stage.path("default").asText(), "images[].stage default");
    }

    @Test
    void toolOfferKeysAreTheParsers() {
        JsonNode offer = toolOffer();
        assertKeys("tool offer (images[].tools.TOOL)", CatalogReader.TOOL_OFFER_KEYS, offer);
        assertEquals(Set.of("versions"), names(offer.get("required")), "required keys of a tool offer");
        assertEquals(1, offer.at("/properties/versions/minItems").asInt(), "tool offer versions: minItems");
        assertClosed("tool offer", offer);
    }

    @Test
    void integerRangesAndDefaultsAreTheParsers() {
        Map<String, Integer> expectedDefaults = Map.of(
                "idleMinutes", PoolFields.DEFAULT_IDLE_MINUTES,
                "maxLifetimeHours", PoolFields.DEFAULT_MAX_LIFETIME_HOURS,
                "pendingTimeoutMinutes", PoolFields.DEFAULT_PENDING_TIMEOUT_MINUTES);
        for (Map.Entry<String, JsonNode> owner : Map.of("pools[]", pool, "defaults", defaults).entrySet()) {
            for (Map.Entry<String, IntRange> range : PoolFields.POOL_RANGES.entrySet()) {
                String where = owner.getKey() + "." + range.getKey();
                JsonNode property = resolve(owner.getValue().at("/properties/" + range.getKey()));
                assertEquals("integer", property.path("type").asText(), where + ": type");
                assertRange(where, range.getValue(), property);
                Integer expected = expectedDefaults.get(range.getKey());
                if (expected == null) {
                    assertFalse(property.has("default"), where + ": the parser gives no default, so the schema must not");
                } else {
                    assertTrue(property.has("default"), where + ": default missing, the parser's is " + expected);
                    assertEquals(expected.intValue(), property.get("default").asInt(), where + ": default");
                }
            }
            // Every integer setting the schema has is one the parser range-checks.
            Set<String> integers = new TreeSet<>();
            owner.getValue().get("properties").fields().forEachRemaining(e -> {
                if (resolve(e.getValue()).path("type").asText().equals("integer")) {
                    integers.add(e.getKey());
                }
            });
            assertEquals(new TreeSet<>(PoolFields.POOL_RANGES.keySet()), integers,
                    owner.getKey() + ": integer properties of the schema vs PoolFields.POOL_RANGES");
        }
    }

    @Test
    void catalogSchemaIsARootWithOnlyImages() {
        assertKeys("root of a catalog file", CatalogFile.ROOT_KEYS, catalog);
        assertEquals(Set.of("images"), names(catalog.get("required")), "required keys of a catalog file");
        assertClosed("root of a catalog file", catalog);
        String ref = catalog.at("/properties/images/$ref").asText();
        assertTrue(ref.startsWith("pools.schema.json#"), "catalog images should reuse pools.schema.json, found " + ref);
        JsonNode target = pools.at(ref.substring(ref.indexOf('#') + 1));
        assertFalse(target.isMissingNode(), "catalog.schema.json's " + ref + " names nothing in pools.schema.json");
        assertEquals(image, resolve(target.get("items")), "catalog images are the pools file's image entries");
    }

    @Test
    void everyPropertyHasTitleAndDescription() {
        List<String> missing = new ArrayList<>();
        collectUndocumented("pools.schema.json#", pools, missing);
        collectUndocumented("catalog.schema.json#", catalog, missing);
        assertTrue(missing.isEmpty(), "properties without title or description (editors show these):\n"
                + String.join("\n", missing));
    }

    @Test
    void namePatternsAgreeWithTheParser() {
        List<String> names = List.of("linux", "a", "0", "a-b", "a--b", "-a", "a-", "A", "ubuntu-24.04", "a.b", "a..b",
                "a.-b", "a-.b", ".a", "a.", "a_b", "a b", "", "x".repeat(63), "x".repeat(64), "a/b", "é");
        JsonNode poolName = resolve(pool.at("/properties/name"));
        assertSameVerdicts("pools[].name", names, poolName, KubernetesNames::isDns1123Label);
        assertSameVerdicts("pools[].namespace", names, resolve(pool.at("/properties/namespace")),
                KubernetesNames::isDns1123Label);
        Predicate<String> catalogName = s -> s.length() <= 63 && KubernetesNames.isDns1123Subdomain(s);
        for (String key : List.of("id", "family", "replacement")) {
            assertSameVerdicts("images[]." + key, names, resolve(image.at("/properties/" + key)), catalogName);
        }
        assertSameVerdicts("pools[].serviceAccount", names, resolve(pool.at("/properties/serviceAccount")),
                KubernetesNames::isDns1123Subdomain);

        List<String> keys = List.of("kubernetes.io/arch", "arch", "node.kubernetes.io/instance-type", "example.com/GPU_type",
                "Example.com/gpu", "a/b/c", "/a", "a/", "-a", "a-", "a_b", "a.b", "a b", "");
        JsonNode nodeSelector = resolve(pool.at("/properties/nodeSelector"));
        assertSameVerdicts("nodeSelector keys", keys, nodeSelector.get("propertyNames"), KubernetesNames::isLabelKey);
        assertSameVerdicts("tolerations[].key", keys, resolve(toleration().at("/properties/key")), KubernetesNames::isLabelKey);
        List<String> values = List.of("amd64", "", "A_b.c-d", "-a", "a-", "a b", "x".repeat(63), "x".repeat(64));
        assertSameVerdicts("nodeSelector values", values, nodeSelector.get("additionalProperties"), KubernetesNames::isLabelValue);

        List<String> envNames = List.of("GRADLE_OPTS", "_x", "a.b-c", "1A", "A B", "A=B", "");
        JsonNode envNameSchema = resolve(pool.at("/properties/env")).get("propertyNames");
        assertSameVerdicts("env names", envNames, envNameSchema, KubernetesNames::isEnvName);
    }

    @Test
    void quantityPatternIsTheParsers() throws ReflectiveOperationException {
        JsonNode quantity = resolve(resolve(resolve(pool.at("/properties/resources")).at("/properties/requests"))
                .get("additionalProperties"));
        JsonNode text = null;
        for (JsonNode branch : quantity.get("oneOf")) {
            if (branch.path("type").asText().equals("string")) {
                text = branch;
            }
        }
        assertNotNull(text, "quantity: a string alternative with the Kubernetes quantity pattern");
        Pattern grammar = Quantities.GRAMMAR;
        assertEquals("^" + grammar.pattern() + "$", text.get("pattern").asText(), "quantity pattern vs Quantities.GRAMMAR");
        List<String> samples = List.of("500m", "2", "1Gi", "512Mi", "0.5", ".5", "1.", "1e3", "1E-3", "+1", "1k", "1Ki",
                "1K", "1mi", "1 Gi", "Gi", "", "1.5.2", "-1", "-0", "-0.0", "-0e5", "-.5", "-0.01Mi");
        for (String sample : samples) {
            boolean parser = Quantities.parse(sample).filter(q -> Quantities.amount(q).signum() >= 0).isPresent();
            assertEquals(parser, matches(text, sample), "quantity '" + sample + "': parser says " + (parser ? "valid" : "invalid"));
        }
    }

    @Test
    void parserPatternsAndReservedNamesAreTheSchemas() throws ReflectiveOperationException {
        Pattern labelAtom = PoolFields.LABEL_ATOM;
        assertEquals("^" + labelAtom.pattern() + "$", pool.at("/properties/labels/items/pattern").asText(),
                "pools[].labels[] pattern vs PoolDraftReader.LABEL_ATOM");
        Pattern toolName = CatalogReader.TOOL_NAME;
        assertEquals("^" + toolName.pattern() + "$", resolve(image.at("/properties/tools")).at("/propertyNames/pattern").asText(),
                "images[].tools names vs CatalogReader.TOOL_NAME");
        assertEquals("^" + toolName.pattern() + "$", resolve(pool.at("/properties/tools")).at("/propertyNames/pattern").asText(),
                "pools[].tools names vs CatalogReader.TOOL_NAME (a pool can only ask for tools an image can offer)");
        Set<String> reserved = new TreeSet<>(PoolFields.RESERVED_ENV);
        reserved.add("DOCKER_HOST");
        assertEquals(reserved, new TreeSet<>(names(resolve(pool.at("/properties/env")).at("/propertyNames/not/enum"))),
                "env names the schema refuses vs PoolDraftReader.RESERVED_ENV and DOCKER_HOST");
    }

    // --- helpers ---

    private JsonNode toleration() {
        return resolve(resolve(pool.at("/properties/tolerations")).get("items"));
    }

    private JsonNode toolOffer() {
        JsonNode value = resolve(image.at("/properties/tools")).get("additionalProperties");
        for (JsonNode branch : value.get("oneOf")) {
            JsonNode resolved = resolve(branch);
            if (resolved.has("properties")) {
                return resolved;
            }
        }
        throw new AssertionError("images[].tools values: no object alternative (the tool offer) in " + value);
    }

    /** Follows local {@code $ref}s of pools.schema.json to the schema they name. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            assertTrue(ref.startsWith("#/"), "only local references expected in pools.schema.json, found " + ref);
            assertTrue(hops < 10, "reference loop at " + ref);
            current = pools.at(ref.substring(1));
            assertFalse(current.isMissingNode(), ref + " names nothing in pools.schema.json");
        }
        return current;
    }

    private static void assertKeys(String what, Collection<String> parserKeys, JsonNode schema) {
        Set<String> schemaKeys = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(schemaKeys::add);
        Set<String> parser = new TreeSet<>(parserKeys);
        Set<String> onlySchema = new TreeSet<>(schemaKeys);
        onlySchema.removeAll(parser);
        Set<String> onlyParser = new TreeSet<>(parser);
        onlyParser.removeAll(schemaKeys);
        assertEquals(parser, schemaKeys, what + ": schema and parser keys differ; only in the schema: " + onlySchema
                + ", only in the parser: " + onlyParser);
    }

    private static void assertClosed(String what, JsonNode schema) {
        assertTrue(schema.has("additionalProperties") && schema.get("additionalProperties").isBoolean()
                && !schema.get("additionalProperties").asBoolean(),
                what + ": additionalProperties must be false, as the parser refuses unknown keys");
    }

    private static void assertRange(String where, IntRange range, JsonNode property) {
        assertEquals(range.min(), property.path("minimum").asInt(Integer.MIN_VALUE), where + ": minimum");
        assertEquals(range.max(), property.path("maximum").asInt(Integer.MIN_VALUE), where + ": maximum");
    }

    private static Set<String> names(JsonNode array) {
        assertNotNull(array);
        assertTrue(array.isArray(), "expected an array, found " + array);
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static void assertSameVerdicts(String what, List<String> samples, JsonNode schema, Predicate<String> parser) {
        assertNotNull(schema, what + ": not in the schema");
        assertTrue(schema.has("pattern"), what + ": no pattern in the schema");
        for (String sample : samples) {
            assertEquals(parser.test(sample), matches(schema, sample),
                    what + ": '" + sample + "' is " + (parser.test(sample) ? "accepted" : "refused") + " by the parser");
        }
    }

    /** Whether a string passes a schema's pattern, maxLength and (string) not-pattern. */
    private static boolean matches(JsonNode schema, String value) {
        if (schema.has("maxLength") && value.codePointCount(0, value.length()) > schema.get("maxLength").asInt()) {
            return false;
        }
        if (schema.has("not") && schema.get("not").has("pattern")
                && Pattern.compile(schema.get("not").get("pattern").asText()).matcher(value).find()) {
            return false;
        }
        return Pattern.compile(schema.get("pattern").asText()).matcher(value).find();
    }

    private static void collectUndocumented(String path, JsonNode node, List<String> missing) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fields().forEachRemaining(e -> {
                    JsonNode property = e.getValue();
                    // A property that only narrows another (as in an if/then) carries no keywords of its own to document.
                    boolean constraintOnly = !property.has("$ref") && !property.has("type") && !property.has("enum");
                    if (!constraintOnly && (property.path("title").asText().isBlank()
                            || property.path("description").asText().isBlank())) {
                        missing.add(path + "/properties/" + e.getKey());
                    }
                });
            }
            node.fields().forEachRemaining(e -> collectUndocumented(path + "/" + e.getKey(), e.getValue(), missing));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUndocumented(path + "/" + i, node.get(i), missing);
            }
        }
    }
}
