package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.config.ValidationResult;
import io.jenkins.plugins.dwp.yaml.Finding;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Keeps {@code config-examples/jcasc.yaml} and the cloud in step: what configuration as code would
 * set, the cloud can take, and the example's inline pools are valid.
 */
class JcascExampleTest {

    private static final String SYMBOL = "dynamicWorkerPools";

    /** The keys of SPEC §4, in its order. */
    private static final List<String> SPEC_KEYS =
            List.of("name", "namespace", "serverUrl", "credentialsId", "jenkinsUrl", "webSocket", "poolsFile");

    private static List<Map<String, Object>> clouds;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        Path file = repositoryRoot().resolve("config-examples/jcasc.yaml");
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(options)).load(reader);
            Map<String, Object> jenkins = (Map<String, Object>) root.get("jenkins");
            clouds = new ArrayList<>();
            for (Object entry : (List<Object>) jenkins.get("clouds")) {
                Map<String, Object> cloud = (Map<String, Object>) entry;
                assertEquals(Set.of(SYMBOL), cloud.keySet(), "each cloud is given by the descriptor's symbol");
                clouds.add((Map<String, Object>) cloud.get(SYMBOL));
            }
        }
        assertEquals(2, clouds.size());
    }

    /** The nearest directory at or above the working directory that has config-examples/. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("config-examples"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no config-examples/ at or above " + Path.of("").toAbsolutePath());
    }

    @Test
    void theSymbolIsDynamicWorkerPools() {
        Symbol symbol = DynamicWorkerPoolsCloud.DescriptorImpl.class.getAnnotation(Symbol.class);
        assertEquals(List.of(SYMBOL), List.of(symbol.value()));
    }

    @Test
    void theFirstCloudIsTheOneOfTheSpecification() {
        assertEquals(SPEC_KEYS, List.copyOf(clouds.get(0).keySet()));
    }

    @Test
    void everyKeyIsAPropertyOfTheCloudOfTheRightType() {
        Map<String, Class<?>> properties = DataBoundProperties.of(DynamicWorkerPoolsCloud.class);
        for (Map<String, Object> cloud : clouds) {
            cloud.forEach((key, value) -> {
                assertTrue(properties.containsKey(key), key + " is not a @DataBoundConstructor parameter or"
                        + " @DataBoundSetter of the cloud: " + properties.keySet());
                Class<?> type = properties.get(key);
                Class<?> boxed = type == boolean.class ? Boolean.class : type;
                assertTrue(boxed.isInstance(value), key + ": " + value + " is not a " + boxed.getSimpleName());
            });
        }
    }

    @Test
    void theExamplesShowEveryPropertyAndNothingElse() {
        Set<String> shown = new LinkedHashSet<>();
        clouds.forEach(c -> shown.addAll(c.keySet()));
        assertEquals(DataBoundProperties.of(DynamicWorkerPoolsCloud.class).keySet(), shown);
    }

    @Test
    void theInlinePoolsAreValid() {
        String pools = (String) clouds.get(1).get("pools");
        PoolsValidator validator = new PoolsValidator(BuiltinCatalog.get(),
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

        ValidationResult result = validator.validate(SourceFile.of("pools", pools));

        assertEquals(List.of(), result.findings().stream().map(Finding::format).toList());
        assertEquals(3, result.poolSet().orElseThrow().pools().size());
    }

    /** What configuration as code does with each block: the constructor, then a setter for each other key. */
    @Test
    void eachBlockConfiguresACloud() throws ReflectiveOperationException {
        for (Map<String, Object> block : clouds) {
            DynamicWorkerPoolsCloud cloud = configure(block);
            assertEquals(block.get("name"), cloud.name);
            assertEquals("jenkins-workers", cloud.getNamespace());
            assertTrue(cloud.isWebSocket());
            assertEquals("http://jenkins:8080/", cloud.getJenkinsUrl());
        }
        DynamicWorkerPoolsCloud fromFile = configure(clouds.get(0));
        assertEquals("/var/jenkins_home/pools.yaml", fromFile.getPoolsFile());
        assertEquals(null, fromFile.getServerUrl(), "an empty string is no server URL");
        assertEquals(null, fromFile.getCredentialsId());

        DynamicWorkerPoolsCloud inline = configure(clouds.get(1));
        PoolsConfiguration.Snapshot status = inline.poolsStatus();
        assertFalse(status.rejected());
        assertEquals(List.of("linux", "java17", "windows"),
                status.poolSet().orElseThrow().pools().stream().map(p -> p.pool().name()).toList());
    }

    private static DynamicWorkerPoolsCloud configure(Map<String, Object> block) throws ReflectiveOperationException {
        DynamicWorkerPoolsCloud cloud = new DynamicWorkerPoolsCloud((String) block.get("name"));
        Map<String, Class<?>> properties = DataBoundProperties.of(DynamicWorkerPoolsCloud.class);
        for (Map.Entry<String, Object> entry : block.entrySet()) {
            if (entry.getKey().equals("name")) {
                continue;
            }
            String setter = "set" + entry.getKey().substring(0, 1).toUpperCase(Locale.ROOT) + entry.getKey().substring(1);
            Method method = DynamicWorkerPoolsCloud.class.getMethod(setter, properties.get(entry.getKey()));
            try {
                method.invoke(cloud, entry.getValue());
            } catch (InvocationTargetException e) {
                throw new AssertionError(setter + " failed", e.getCause());
            }
        }
        return cloud;
    }
}
