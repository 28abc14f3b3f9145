package io.jenkins.plugins.dwp.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.catalog.CatalogFile;
import io.jenkins.plugins.dwp.catalog.ImageCatalog;
import io.jenkins.plugins.dwp.yaml.Finding;
import io.jenkins.plugins.dwp.yaml.Findings;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validates sample files against the JSON Schemas and against the parser, which must agree:
 * what one accepts the other accepts, what one refuses the other refuses.
 */
class SchemaSamplesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);

    /** The example of SPEC.md §1, with a real list of tolerations and the images it refers to. */
    static final String VALID_POOLS = """
            images:
              - id: ubuntu-24.04
                family: ubuntu
                name: Ubuntu Server 24.04
                os: linux
                image: docker.io/jenkins/inbound-agent:3327.v868139a_d00e0-1-jdk21
                stage: stable
                deprecatedAfter: 2027-03-31
                decommissionedAfter: 2027-09-30
                replacement: ubuntu-26.04
                tools:
                  helm: 3.16.3
                  kubectl:
                    versions: [1.30.8, 1.31.4, 1.32.1]
                    path: /opt/kubectl/{version}
              - id: ubuntu-26.04
                family: ubuntu
                name: Ubuntu Server 26.04
                os: linux
                image: docker.io/jenkins/inbound-agent:3355.v388858a_47b_33-5-jdk21@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                stage: alpha
                tools:
                  java: 21
            defaults:
              image: { default: ubuntu }
              resources: { requests: { cpu: 250m, memory: 512Mi } }
              idleMinutes: 60
              maxLifetimeHours: 72
              env: { CI: true }
            pools:
              - name: linux
                labels: [linux, ubuntu]
                image: { default: ubuntu }
                tools: { kubectl: 1.31.4 }
                resources:
                  requests: { cpu: 500m, memory: 1Gi }
                  limits:   { memory: 2Gi, nvidia.com/gpu: 1 }
                idleMinutes: 60
                maxLifetimeHours: 72
                pendingTimeoutMinutes: 15
                maxWorkers: 20
                namespace: jenkins-workers
                serviceAccount: builder
                nodeSelector: { kubernetes.io/arch: amd64 }
                tolerations:
                  - key: dedicated
                    operator: Equal
                    value: ci
                    effect: NoSchedule
                  - key: node.kubernetes.io/unreachable
                    operator: Exists
                    effect: NoExecute
                    tolerationSeconds: 300
                  - operator: Exists
                env: { GRADLE_OPTS: -Xmx1g }
              - name: windows
                image: { pinned: inbound-agent-windows-ltsc2022-jdk21 }
                tools: { powershell: "5.1" }
                maxWorkers: 4
            """;

    private static JsonSchema poolsSchema;
    private static JsonSchema catalogSchema;

    private static JsonSchema load(Path file) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        // Formats are annotations by default in 2020-12; the parser does check dates, so assert them.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return factory.getSchema(SchemaLocation.of(file.toUri().toString()), config);
    }

    private static synchronized JsonSchema poolsSchema() {
        if (poolsSchema == null) {
            poolsSchema = load(SchemaFiles.poolsSchema());
        }
        return poolsSchema;
    }

    private static synchronized JsonSchema catalogSchema() {
        if (catalogSchema == null) {
            catalogSchema = load(SchemaFiles.catalogSchema());
        }
        return catalogSchema;
    }

    private static Set<ValidationMessage> schemaErrors(JsonSchema schema, String yaml) {
        return schema.validate(SchemaFiles.yamlToJson(yaml));
    }

    private static ValidationResult parse(String yaml) {
        return new PoolsValidator(BuiltinCatalog.get(), CLOCK).validate(SourceFile.of("pools.yaml", yaml));
    }

    private static String format(Iterable<? extends Object> items) {
        StringBuilder text = new StringBuilder();
        items.forEach(item -> text.append("\n  ").append(item instanceof Finding f ? f.format() : item.toString()));
        return text.toString();
    }

    @Test
    void schemasAreValidDraft202012() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonSchema meta = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (Path file : new Path[] {SchemaFiles.poolsSchema(), SchemaFiles.catalogSchema()}) {
            JsonNode schema = SchemaFiles.readJson(file);
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText(), file + ": $schema");
            Set<ValidationMessage> errors = meta.validate(schema);
            assertTrue(errors.isEmpty(), file + " is not a valid draft 2020-12 schema:" + format(errors));
        }
    }

    @Test
    void theSpecExampleIsValidForSchemaAndParser() {
        Set<ValidationMessage> errors = schemaErrors(poolsSchema(), VALID_POOLS);
        assertTrue(errors.isEmpty(), "the schema refuses a valid pools file:" + format(errors));
        ValidationResult result = parse(VALID_POOLS);
        assertTrue(result.valid(), "the parser refuses a valid pools file:" + format(result.findings()));
        assertEquals(2, result.poolSet().orElseThrow().pools().size(), "pools resolved");
    }

    @Test
    void aMinimalFileIsValidForSchemaAndParser() {
        String minimal = """
                pools:
                  - name: java
                    image: { default: inbound-agent }
                    resources: { requests: { cpu: 1, memory: 2Gi } }
                """;
        assertTrue(schemaErrors(poolsSchema(), minimal).isEmpty(), "schema: " + format(schemaErrors(poolsSchema(), minimal)));
        ValidationResult result = parse(minimal);
        assertTrue(result.valid(), "parser:" + format(result.findings()));
    }

    static Stream<Arguments> invalidPools() {
        return Stream.of(
                Arguments.of("unknown key in a pool", VALID_POOLS.replace("    maxWorkers: 20\n", "    maxWorker: 20\n")),
                Arguments.of("unknown key at the root", VALID_POOLS + "extra: 1\n"),
                Arguments.of("a refused key (privileged)", VALID_POOLS.replace("    maxWorkers: 20\n", "    privileged: true\n")),
                Arguments.of("idleMinutes 0", VALID_POOLS.replace("    idleMinutes: 60\n", "    idleMinutes: 0\n")),
                Arguments.of("idleMinutes above the range", VALID_POOLS.replace("    idleMinutes: 60\n", "    idleMinutes: 10081\n")),
                Arguments.of("idleMinutes as text", VALID_POOLS.replace("    idleMinutes: 60\n", "    idleMinutes: \"60\"\n")),
                Arguments.of("maxLifetimeHours above the range",
                        VALID_POOLS.replace("    maxLifetimeHours: 72\n", "    maxLifetimeHours: 721\n")),
                Arguments.of("both default and pinned", VALID_POOLS.replace("    image: { default: ubuntu }\n",
                        "    image: { default: ubuntu, pinned: ubuntu-24.04 }\n")),
                Arguments.of("neither default nor pinned", VALID_POOLS.replace("    image: { default: ubuntu }\n",
                        "    image: {}\n")),
                Arguments.of("bad os", VALID_POOLS.replace("    os: linux\n    image: docker.io/jenkins/inbound-agent:3327",
                        "    os: macos\n    image: docker.io/jenkins/inbound-agent:3327")),
                Arguments.of("bad stage", VALID_POOLS.replace("stage: stable", "stage: beta")),
                Arguments.of("bad date", VALID_POOLS.replace("deprecatedAfter: 2027-03-31", "deprecatedAfter: next spring")),
                Arguments.of("impossible date", VALID_POOLS.replace("deprecatedAfter: 2027-03-31", "deprecatedAfter: 2027-02-30")),
                Arguments.of("date and time", VALID_POOLS.replace("deprecatedAfter: 2027-03-31",
                        "deprecatedAfter: 2027-03-31T00:00:00Z")),
                Arguments.of("image id with upper case", VALID_POOLS.replace("- id: ubuntu-26.04", "- id: Ubuntu-26.04")
                        .replace("replacement: ubuntu-26.04", "replacement: Ubuntu-26.04")),
                Arguments.of("image entry without os", VALID_POOLS.replace("    os: linux\n    image: docker.io/jenkins/inbound-agent:3355",
                        "    image: docker.io/jenkins/inbound-agent:3355")),
                Arguments.of("not an image reference", VALID_POOLS.replace("image: docker.io/jenkins/inbound-agent:3327",
                        "image: Docker.io/Jenkins/Inbound-Agent:3327")),
                Arguments.of("several tool versions without a path", VALID_POOLS.replace("        path: /opt/kubectl/{version}\n", "")),
                Arguments.of("tool path without {version}", VALID_POOLS.replace("/opt/kubectl/{version}", "/opt/kubectl")),
                Arguments.of("no tool versions", VALID_POOLS.replace("versions: [1.30.8, 1.31.4, 1.32.1]", "versions: []")),
                Arguments.of("no pools", "pools: []\n"),
                Arguments.of("pool without a name", VALID_POOLS.replace("  - name: windows\n    image", "  - image")),
                Arguments.of("pool name not a DNS label", VALID_POOLS.replace("name: windows", "name: Windows_2022")),
                Arguments.of("empty labels", VALID_POOLS.replace("labels: [linux, ubuntu]", "labels: []")),
                Arguments.of("label with a space", VALID_POOLS.replace("labels: [linux, ubuntu]", "labels: [linux, 'ubuntu 24']")),
                Arguments.of("not a quantity", VALID_POOLS.replace("cpu: 500m", "cpu: 500 m")),
                Arguments.of("negative quantity", VALID_POOLS.replace("cpu: 500m", "cpu: -500m")),
                Arguments.of("unknown resource", VALID_POOLS.replace("cpu: 500m", "cpus: 500m")),
                Arguments.of("unknown key in resources", VALID_POOLS.replace("limits:   {", "limit:   {")),
                Arguments.of("namespace with a dot", VALID_POOLS.replace("namespace: jenkins-workers", "namespace: jenkins.workers")),
                Arguments.of("bad node selector key", VALID_POOLS.replace("kubernetes.io/arch: amd64", "-arch: amd64")),
                Arguments.of("bad toleration operator", VALID_POOLS.replace("operator: Equal", "operator: Equals")),
                Arguments.of("bad toleration effect", VALID_POOLS.replace("effect: NoSchedule", "effect: NoRun")),
                Arguments.of("unknown key in a toleration", VALID_POOLS.replace("effect: NoSchedule", "effects: NoSchedule")),
                Arguments.of("toleration Exists with a value", VALID_POOLS.replace("  - operator: Exists\n",
                        "  - operator: Exists\n        value: x\n")),
                Arguments.of("toleration without key or Exists", VALID_POOLS.replace("  - operator: Exists\n",
                        "  - effect: NoSchedule\n")),
                Arguments.of("tolerationSeconds without NoExecute", VALID_POOLS.replace("effect: NoExecute", "effect: NoSchedule")),
                Arguments.of("tolerationSeconds above the range", VALID_POOLS.replace("tolerationSeconds: 300", "tolerationSeconds: 86401")),
                Arguments.of("reserved env", VALID_POOLS.replace("GRADLE_OPTS: -Xmx1g", "JENKINS_URL: http://x")),
                Arguments.of("Docker socket in env", VALID_POOLS.replace("GRADLE_OPTS: -Xmx1g",
                        "DOCKER_SOCK: unix:///var/run/docker.sock")),
                Arguments.of("defaults with a name", VALID_POOLS.replace("defaults:\n", "defaults:\n  name: all\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPools")
    void invalidFilesAreRefusedBySchemaAndParser(String mistake, String yaml) {
        assertFalse(yaml.equals(VALID_POOLS), mistake + ": the sample did not change the valid file");
        Set<ValidationMessage> errors = schemaErrors(poolsSchema(), yaml);
        ValidationResult result = parse(yaml);
        assertFalse(errors.isEmpty(), mistake + ": the schema accepts it; the parser says:" + format(result.findings()));
        assertFalse(result.valid(), mistake + ": the parser accepts it; the schema says:" + format(errors));
    }

    /**
     * Mistakes a JSON Schema cannot see, because they depend on other values, other pools or the
     * catalog: the schema lets them through and the parser must catch them.
     */
    static Stream<Arguments> parserOnlyMistakes() {
        return Stream.of(
                Arguments.of("no image, here or in defaults", VALID_POOLS.replace("defaults:\n  image: { default: ubuntu }\n", "defaults:\n")
                        .replace("    image: { default: ubuntu }\n", "").replace("    image: { pinned: inbound-agent-windows-ltsc2022-jdk21 }\n", "")),
                Arguments.of("decommissionedAfter not after deprecatedAfter",
                        VALID_POOLS.replace("decommissionedAfter: 2027-09-30", "decommissionedAfter: 2027-03-31")),
                Arguments.of("limit below its request", VALID_POOLS.replace("limits:   { memory: 2Gi", "limits:   { memory: 512Mi")),
                Arguments.of("duplicate pool name", VALID_POOLS.replace("name: windows", "name: linux")),
                Arguments.of("duplicate image id", VALID_POOLS.replace("- id: ubuntu-26.04", "- id: ubuntu-24.04")),
                Arguments.of("unknown family", VALID_POOLS.replace("    image: { default: ubuntu }\n", "    image: { default: debian }\n")),
                Arguments.of("tool version not offered", VALID_POOLS.replace("kubectl: 1.31.4", "kubectl: 1.29.0")),
                Arguments.of("replacement not in the catalog", VALID_POOLS.replace("replacement: ubuntu-26.04", "replacement: ubuntu-28.04")),
                Arguments.of("node selector against the image's os",
                        VALID_POOLS.replace("kubernetes.io/arch: amd64", "kubernetes.io/os: windows")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parserOnlyMistakes")
    void mistakesBeyondTheSchemaAreLeftToTheParser(String mistake, String yaml) {
        assertFalse(yaml.equals(VALID_POOLS), mistake + ": the sample did not change the valid file");
        Set<ValidationMessage> errors = schemaErrors(poolsSchema(), yaml);
        assertTrue(errors.isEmpty(), mistake + ": expected only the parser to see this, but the schema says:" + format(errors));
        assertFalse(parse(yaml).valid(), mistake + ": the parser accepts it");
    }

    @Test
    void theBuiltinCatalogIsValidForTheCatalogSchema() throws IOException {
        String text;
        try (InputStream in = BuiltinCatalog.class.getResourceAsStream(BuiltinCatalog.SOURCE_NAME)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<ValidationMessage> errors = schemaErrors(catalogSchema(), text);
        assertTrue(errors.isEmpty(), "catalog.schema.json refuses the built-in catalog:" + format(errors));
    }

    @Test
    void aCatalogFileHasOnlyImages() {
        String images = VALID_POOLS.substring(0, VALID_POOLS.indexOf("defaults:"));
        assertTrue(schemaErrors(catalogSchema(), images).isEmpty(), "schema:" + format(schemaErrors(catalogSchema(), images)));
        Findings findings = new Findings();
        CatalogFile.load(SourceFile.of("catalog.yaml", images), ImageCatalog.empty(), findings);
        assertFalse(findings.hasErrors(), "parser:" + format(findings.sorted()));

        String withPools = images + "pools: [{name: x}]\n";
        assertFalse(schemaErrors(catalogSchema(), withPools).isEmpty(), "schema accepts pools: in a catalog file");
        Findings refused = new Findings();
        CatalogFile.load(SourceFile.of("catalog.yaml", withPools), ImageCatalog.empty(), refused);
        assertTrue(refused.hasErrors(), "parser accepts pools: in a catalog file");

        String badOs = images.replace("os: linux", "os: macos");
        assertFalse(schemaErrors(catalogSchema(), badOs).isEmpty(), "catalog schema accepts os: macos");
    }

    @Test
    void everyRefusalHasAReadableMessage() {
        // Guards the sample machinery itself: a schema that loaded nothing would refuse nothing.
        Set<ValidationMessage> errors = schemaErrors(poolsSchema(), "pools: [{name: x, idleMinutes: 0}]\n");
        assertTrue(errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("\n")).contains("idleMinutes"),
                "expected a message about idleMinutes:" + format(errors));
    }
}
