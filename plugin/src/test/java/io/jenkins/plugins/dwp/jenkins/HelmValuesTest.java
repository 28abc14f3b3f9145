package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.config.ValidationResult;
import io.jenkins.plugins.dwp.yaml.Finding;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Keeps {@code helm-values/} honest: the JCasC block sets only what the cloud takes, the pools are
 * valid, the RBAC is namespaced and minimal, and the {@code dwp apply} CronJob stays locked down.
 */
class HelmValuesTest {

    private static final String WORKERS = "jenkins-workers";

    /** (apiGroup, resource, verb): exactly what the engine calls in the worker namespace. */
    private static final Set<List<String>> CONTROLLER_RULES = triples(
            "", "pods", "get", "", "pods", "list", "", "pods", "watch", "", "pods", "create", "", "pods", "delete",
            "", "secrets", "create",
            "", "events", "list",
            "coordination.k8s.io", "leases", "list",
            "coordination.k8s.io", "leases", "watch", "coordination.k8s.io", "leases", "create",
            "coordination.k8s.io", "leases", "patch");

    /** What {@code dwp apply} calls: list pods and leases, delete pods. */
    private static final Set<List<String>> APPLY_RULES = triples(
            "", "pods", "list", "", "pods", "delete",
            "coordination.k8s.io", "leases", "list");

    private static Path dir;
    private static Map<String, List<Object>> documents;

    @BeforeAll
    static void load() throws IOException {
        dir = repositoryRoot().resolve("helm-values");
        documents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                List<Object> docs = new ArrayList<>();
                yaml().loadAll(text).forEach(d -> {
                    if (d != null) {
                        docs.add(d);
                    }
                });
                assertFalse(docs.isEmpty(), file + " has no YAML document");
                documents.put(file.getFileName().toString(), docs);
            }
        }
        assertTrue(documents.keySet().containsAll(
                Set.of("jenkins-values.yaml", "workers-rbac.yaml", "dwp-apply-cronjob.yaml")), documents.keySet()::toString);
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    /** The nearest directory at or above the working directory that has helm-values/. */
    private static Path repositoryRoot() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("helm-values"))) {
                return d;
            }
        }
        throw new IllegalStateException("no helm-values/ at or above " + Path.of("").toAbsolutePath());
    }

    // --- jenkins-values.yaml ---

    private static Map<String, Object> values() {
        return map(documents.get("jenkins-values.yaml").get(0));
    }

    private static Map<String, Object> cloudBlock() {
        Map<String, Object> scripts = map(map(map(values().get("controller")).get("JCasC")).get("configScripts"));
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (Object script : scripts.values()) {
            Map<String, Object> jcasc = map(yaml().load((String) script));
            Object jenkins = jcasc.get("jenkins");
            if (jenkins == null) {
                continue;
            }
            for (Object cloud : list(map(jenkins).get("clouds"))) {
                if (map(cloud).containsKey("dynamicWorkerPools")) {
                    blocks.add(map(map(cloud).get("dynamicWorkerPools")));
                }
            }
        }
        assertEquals(1, blocks.size(), "one dynamicWorkerPools cloud");
        return blocks.get(0);
    }

    @Test
    void thePluginIsInstalledAndTheChartsAgentIsOff() {
        Map<String, Object> v = values();
        List<Object> plugins = list(map(v.get("controller")).get("installPlugins"));
        assertTrue(plugins.contains("dynamic-worker-pools:latest"), plugins::toString);
        assertTrue(plugins.stream().anyMatch(p -> ((String) p).startsWith("configuration-as-code:")), plugins::toString);
        assertEquals(false, map(v.get("agent")).get("enabled"));
        assertEquals("jenkins", map(v.get("serviceAccount")).get("name"));
    }

    @Test
    void everyJcascKeyIsAPropertyOfTheCloud() {
        Map<String, Class<?>> properties = DataBoundProperties.of(DynamicWorkerPoolsCloud.class);
        Map<String, Object> block = cloudBlock();
        block.forEach((key, value) -> {
            assertTrue(properties.containsKey(key), key + " is not a @DataBoundConstructor parameter or"
                    + " @DataBoundSetter of the cloud: " + properties.keySet());
            Class<?> type = properties.get(key);
            Class<?> boxed = type == boolean.class ? Boolean.class : type;
            assertTrue(boxed.isInstance(value), key + ": " + value + " is not a " + boxed.getSimpleName());
        });
        assertEquals(List.of("name", "namespace", "serverUrl", "credentialsId", "jenkinsUrl", "webSocket", "pools"),
                List.copyOf(block.keySet()));
        assertEquals(WORKERS, block.get("namespace"));
        assertEquals("", block.get("serverUrl"));
        assertEquals("", block.get("credentialsId"));
        assertEquals("http://jenkins.jenkins.svc.cluster.local:8080/", block.get("jenkinsUrl"));
        assertEquals(true, block.get("webSocket"));
    }

    @Test
    void theInlinePoolsAreValid() {
        assertValid("inline pools", (String) cloudBlock().get("pools"));
    }

    // --- dwp-apply-cronjob.yaml ---

    @Test
    void theConfigMapPoolsAreValidAndTheSameAsTheInlineOnes() {
        Map<String, Object> configMap = only("dwp-apply-cronjob.yaml", "ConfigMap");
        assertEquals("dwp-pools", metadata(configMap).get("name"));
        String pools = (String) map(configMap.get("data")).get("pools.yaml");
        assertValid("dwp-pools", pools);
        assertEquals((Object) yaml().load((String) cloudBlock().get("pools")), (Object) yaml().load(pools),
                "the ConfigMap holds the same pools as the cloud");
    }

    @Test
    void theCronJobRunsApplyLockedDown() {
        Map<String, Object> cronJob = only("dwp-apply-cronjob.yaml", "CronJob");
        Map<String, Object> spec = map(cronJob.get("spec"));
        assertEquals("*/10 * * * *", spec.get("schedule"));
        assertEquals("Forbid", spec.get("concurrencyPolicy"));
        Map<String, Object> pod = map(map(map(map(spec.get("jobTemplate")).get("spec")).get("template")).get("spec"));
        assertEquals("dwp-apply", pod.get("serviceAccountName"));
        assertEquals(true, pod.get("automountServiceAccountToken"));

        Map<String, Object> podContext = map(pod.get("securityContext"));
        assertEquals(true, podContext.get("runAsNonRoot"));
        assertEquals("RuntimeDefault", map(podContext.get("seccompProfile")).get("type"));

        List<Object> containers = list(pod.get("containers"));
        assertEquals(1, containers.size());
        Map<String, Object> container = map(containers.get(0));
        assertEquals("registry.example.com/dwp:0.1.0", container.get("image"));
        assertEquals(List.of("apply", "/etc/dwp/pools.yaml", "-n", WORKERS), container.get("args"));
        Map<String, Object> context = map(container.get("securityContext"));
        assertEquals(false, context.get("allowPrivilegeEscalation"));
        assertEquals(List.of("ALL"), map(context.get("capabilities")).get("drop"));
        assertFalse(map(context.get("capabilities")).containsKey("add"));
        assertFalse(Boolean.TRUE.equals(context.get("privileged")));
        if (context.containsKey("runAsNonRoot")) {
            assertEquals(true, context.get("runAsNonRoot"));
        }
        if (context.containsKey("seccompProfile")) {
            assertEquals("RuntimeDefault", map(context.get("seccompProfile")).get("type"));
        }
        Map<String, Object> resources = map(container.get("resources"));
        assertNotNull(resources.get("requests"));
        assertNotNull(resources.get("limits"));

        Map<String, Object> mount = map(list(container.get("volumeMounts")).stream()
                .filter(m -> "/etc/dwp".equals(map(m).get("mountPath"))).findFirst().orElseThrow());
        Map<String, Object> volume = map(list(pod.get("volumes")).stream()
                .filter(v -> mount.get("name").equals(map(v).get("name"))).findFirst().orElseThrow());
        assertEquals("dwp-pools", map(volume.get("configMap")).get("name"));
    }

    // --- RBAC ---

    @Test
    void theRbacIsNamespacedOnly() {
        int roles = 0;
        for (Map.Entry<String, List<Object>> file : documents.entrySet()) {
            for (Object doc : file.getValue()) {
                Map<String, Object> resource = map(doc);
                Object kind = resource.get("kind");
                assertFalse("ClusterRole".equals(kind) || "ClusterRoleBinding".equals(kind),
                        file.getKey() + " has a " + kind);
                if ("Role".equals(kind) || "RoleBinding".equals(kind)) {
                    roles++;
                    assertEquals(WORKERS, metadata(resource).get("namespace"),
                            file.getKey() + ": " + kind + " " + metadata(resource).get("name"));
                }
            }
        }
        assertEquals(4, roles, "a Role and a RoleBinding in each of workers-rbac.yaml and dwp-apply-cronjob.yaml");
    }

    @Test
    void noWildcardAnywhere() {
        documents.forEach((file, docs) -> docs.forEach(doc -> assertNoWildcard(file, doc)));
    }

    @Test
    void theControllerRoleIsExactlyWhatTheEngineCalls() {
        assertEquals(CONTROLLER_RULES, rules(only("workers-rbac.yaml", "Role")));
        assertEquals("Namespace", map(documents.get("workers-rbac.yaml").get(0)).get("kind"));
        assertEquals(WORKERS, metadata(only("workers-rbac.yaml", "Namespace")).get("name"));
        Map<String, Object> binding = only("workers-rbac.yaml", "RoleBinding");
        assertEquals(Map.of("apiGroup", "rbac.authorization.k8s.io", "kind", "Role",
                "name", metadata(only("workers-rbac.yaml", "Role")).get("name")), binding.get("roleRef"));
        assertEquals(List.of(Map.of("kind", "ServiceAccount", "name", "jenkins", "namespace", "jenkins")),
                binding.get("subjects"));
    }

    @Test
    void theApplyRoleIsExactlyWhatDwpApplyCalls() {
        assertEquals(APPLY_RULES, rules(only("dwp-apply-cronjob.yaml", "Role")));
        Map<String, Object> account = only("dwp-apply-cronjob.yaml", "ServiceAccount");
        assertEquals("dwp-apply", metadata(account).get("name"));
        assertEquals(WORKERS, metadata(account).get("namespace"));
        Map<String, Object> binding = only("dwp-apply-cronjob.yaml", "RoleBinding");
        assertEquals(Map.of("apiGroup", "rbac.authorization.k8s.io", "kind", "Role",
                "name", metadata(only("dwp-apply-cronjob.yaml", "Role")).get("name")), binding.get("roleRef"));
        assertEquals(List.of(Map.of("kind", "ServiceAccount", "name", "dwp-apply", "namespace", WORKERS)),
                binding.get("subjects"));
    }

    // --- helpers ---

    private static void assertValid(String name, String pools) {
        assertNotNull(pools, name);
        PoolsValidator validator = new PoolsValidator(BuiltinCatalog.get(),
                Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));
        ValidationResult result = validator.validate(SourceFile.of(name, pools));
        assertEquals(List.of(), result.findings().stream().map(Finding::format).toList(), name);
        assertEquals(2, result.poolSet().orElseThrow().pools().size(), name);
    }

    /** The rules of a Role as (apiGroup, resource, verb) triples; a duplicate triple fails. */
    private static Set<List<String>> rules(Map<String, Object> role) {
        Set<List<String>> triples = new HashSet<>();
        for (Object rule : list(role.get("rules"))) {
            Map<String, Object> r = map(rule);
            assertEquals(Set.of("apiGroups", "resources", "verbs"), r.keySet(), "no resourceNames or nonResourceURLs");
            for (Object group : list(r.get("apiGroups"))) {
                for (Object resource : list(r.get("resources"))) {
                    for (Object verb : list(r.get("verbs"))) {
                        assertTrue(triples.add(List.of((String) group, (String) resource, (String) verb)),
                                "duplicate " + group + " " + resource + " " + verb);
                    }
                }
            }
        }
        return triples;
    }

    private static void assertNoWildcard(String file, Object node) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                assertFalse(Objects.equals(k, "*"), file + ": wildcard key");
                assertNoWildcard(file, v);
            });
        } else if (node instanceof List<?> l) {
            l.forEach(e -> assertNoWildcard(file, e));
        } else {
            assertFalse("*".equals(node), file + ": wildcard value");
        }
    }

    private static Map<String, Object> only(String file, String kind) {
        List<Map<String, Object>> found = documents.get(file).stream().map(HelmValuesTest::map)
                .filter(d -> kind.equals(d.get("kind"))).toList();
        assertEquals(1, found.size(), file + ": one " + kind);
        return found.get(0);
    }

    private static Map<String, Object> metadata(Map<String, Object> resource) {
        return map(resource.get("metadata"));
    }

    private static Set<List<String>> triples(String... parts) {
        Set<List<String>> set = new HashSet<>();
        for (int i = 0; i < parts.length; i += 3) {
            set.add(List.of(parts[i], parts[i + 1], parts[i + 2]));
        }
        return Set.copyOf(set);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, () -> "not a mapping: " + o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        assertTrue(o instanceof List, () -> "not a list: " + o);
        return (List<Object>) o;
    }
}
