package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Keeps {@code plugin/jenkins/pom.xml}, the build against the real jenkins-core behind the root POM's profile
 * {@code jenkins}, honest where it cannot be run: on the Jenkins plugin parent POM and Jenkins 2.504.3, with the plugins
 * the stand-in mirrors and no stand-in, with fabric8 taken from kubernetes-client-api and never bundled, and the default
 * build untouched by it.
 */
class JenkinsBuildPomTest {

    private static final String JENKINS_MODULE = "plugin/jenkins";
    private static final String JENKINS_REPOSITORY = "https://repo.jenkins-ci.org/public/";

    private static Path root;
    private static Element jenkinsPom;
    private static Element rootPom;

    @BeforeAll
    static void load() {
        root = repositoryRoot();
        jenkinsPom = parse(root.resolve(JENKINS_MODULE).resolve("pom.xml"));
        rootPom = parse(root.resolve("pom.xml"));
    }

    @Test
    void itIsAPluginOnThePluginParentPomAndJenkins2504() {
        Element parent = child(jenkinsPom, "parent").orElseThrow();
        assertEquals("org.jenkins-ci.plugins", text(parent, "groupId"));
        assertEquals("plugin", text(parent, "artifactId"));
        assertTrue(child(parent, "relativePath").isPresent(), "the parent is never looked for in plugin/pom.xml");
        assertEquals("", text(parent, "relativePath"), "the parent is never looked for in plugin/pom.xml");
        assertEquals("hpi", text(jenkinsPom, "packaging"));
        assertEquals("2.504.3", property(jenkinsPom, "jenkins.version"));

        Dependency bom = dependencies(child(jenkinsPom, "dependencyManagement").orElseThrow()).get(0);
        assertEquals("io.jenkins.tools.bom:bom-2.504.x", bom.key());
        assertEquals("import", bom.scope());
    }

    @Test
    void itLooksForItsParentAndPluginsInTheJenkinsRepository() {
        assertEquals(List.of(JENKINS_REPOSITORY), texts(jenkinsPom, "repositories/repository/url"));
        assertEquals(List.of(JENKINS_REPOSITORY), texts(jenkinsPom, "pluginRepositories/pluginRepository/url"));
        assertFalse(texts(rootPom, "repositories/repository/url").contains(JENKINS_REPOSITORY),
                "the default build needs only Maven Central");
    }

    @Test
    void itIsThePluginTheHelmValuesInstall() throws IOException {
        String id = text(jenkinsPom, "artifactId");
        assertEquals(text(parse(root.resolve("plugin/pom.xml")), "artifactId"), id);
        Map<?, ?> values = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(root.resolve("helm-values/jenkins-values.yaml"), StandardCharsets.UTF_8));
        List<?> plugins = (List<?>) ((Map<?, ?>) values.get("controller")).get("installPlugins");
        assertTrue(plugins.stream().anyMatch(p -> ((String) p).startsWith(id + ":")), id + " is not in " + plugins);
    }

    @Test
    void itBuildsTheSourcesOfThePluginModule() {
        Element build = child(jenkinsPom, "build").orElseThrow();
        Path module = root.resolve(JENKINS_MODULE);
        assertEquals(root.resolve("plugin/src/main/java"), module.resolve(text(build, "sourceDirectory")).normalize());
        assertEquals(root.resolve("plugin/src/test/java"), module.resolve(text(build, "testSourceDirectory")).normalize());
        List<Path> resources = children(child(build, "resources").orElseThrow(), "resource").stream()
                .map(r -> module.resolve(text(r, "directory")).normalize()).toList();
        assertEquals(List.of(root.resolve("plugin/src/main/resources")), resources);
    }

    @Test
    void itDependsOnThePluginsTheStandInMirrors() {
        List<Dependency> deps = dependencies(jenkinsPom);
        for (String plugin : List.of("org.jenkins-ci.plugins:kubernetes-client-api", "org.jenkins-ci.plugins:credentials",
                "org.jenkins-ci.plugins:plain-credentials", "org.jenkins-ci.plugins:durable-task",
                "org.jenkins-ci.plugins.workflow:workflow-api")) {
            Dependency dep = deps.stream().filter(d -> d.key().equals(plugin)).findFirst()
                    .orElseThrow(() -> new AssertionError("no dependency on " + plugin));
            assertEquals("compile", dep.scope(), plugin);
            assertEquals("", dep.version(), plugin + " takes its version from the BOM");
        }
        assertFalse(deps.stream().anyMatch(d -> d.artifactId().equals("dwp-jenkins-api")), "the stand-in is not used");
    }

    @Test
    void itKeepsTheDefaultPluginModulesLibrariesWithTheStandInReplaced() {
        Set<String> jenkins = dependencies(jenkinsPom).stream().map(Dependency::key).collect(Collectors.toSet());
        for (Dependency dep : dependencies(parse(root.resolve("plugin/pom.xml")))) {
            if (!dep.scope().equals("test") && !dep.artifactId().equals("dwp-jenkins-api")) {
                assertTrue(jenkins.contains(dep.key()), dep.key() + " is missing from " + JENKINS_MODULE);
            }
        }
    }

    @Test
    void noFabric8ArtifactIsBundled() {
        for (Dependency dep : dependencies(jenkinsPom)) {
            if (dep.groupId().equals("io.fabric8")) {
                assertEquals("test", dep.scope(), dep.key());
            }
        }
        Dependency engine = engine();
        assertTrue(engine.exclusions().contains("io.fabric8:*"), "the engine's fabric8 comes from kubernetes-client-api");

        List<String> bundled = Arrays.asList(property(jenkinsPom, "hpi.bundledArtifacts").split(","));
        assertEquals("true", property(jenkinsPom, "hpi.strictBundledArtifacts"));
        assertTrue(bundled.contains("dwp-engine"), bundled::toString);
        for (String artifact : bundled) {
            assertFalse(artifact.startsWith("kubernetes-") || artifact.startsWith("openshift-")
                    || artifact.startsWith("jackson-") || artifact.equals("snakeyaml"), artifact + " is bundled");
        }
        assertEquals(bundled.stream().sorted().toList(), bundled, "maven-hpi-plugin compares a sorted list");
    }

    @Test
    void everyLibraryTheEngineRunsWithComesFromAPluginOrIsBundledOnPurpose() {
        Set<String> excluded = Set.copyOf(engine().exclusions());
        List<String> bundled = Arrays.asList(property(jenkinsPom, "hpi.bundledArtifacts").split(","));
        for (Dependency dep : dependencies(parse(root.resolve("engine/pom.xml")))) {
            if (!dep.scope().equals("test")) {
                assertTrue(excluded.contains(dep.key()) || excluded.contains(dep.groupId() + ":*")
                        || bundled.contains(dep.key().substring(dep.key().indexOf(':') + 1)),
                        dep.key() + " would be bundled unannounced: exclude it from dwp-engine and depend on the plugin"
                                + " providing it, or list it in hpi.bundledArtifacts");
            }
        }
    }

    @Test
    void theDefaultBuildLeavesTheModuleOutAndTheProfileAddsIt() {
        assertFalse(texts(child(rootPom, "modules").orElseThrow(), "module").contains(JENKINS_MODULE));
        List<Element> profiles = children(child(rootPom, "profiles").orElseThrow(), "profile").stream()
                .filter(p -> texts(p, "modules/module").contains(JENKINS_MODULE)).toList();
        assertEquals(1, profiles.size(), "one profile adds " + JENKINS_MODULE);
        Element profile = profiles.get(0);
        assertEquals("jenkins", text(profile, "id"));
        assertTrue(child(profile, "activation").isEmpty(), "only -Pjenkins turns it on");
    }

    @Test
    void theProfileBuildsTheEngineAgainstTheLibrariesThePluginsShip() {
        Element profile = children(child(rootPom, "profiles").orElseThrow(), "profile").stream()
                .filter(p -> text(p, "id").equals("jenkins")).findFirst().orElseThrow();
        for (String version : List.of("fabric8.version", "micrometer.version")) {
            assertEquals(property(jenkinsPom, version), property(profile, version), version);
        }
    }

    // --- helpers ---

    /** A dependency as the POM declares it; missing version and scope are "" and "compile". */
    private record Dependency(String groupId, String artifactId, String version, String scope, List<String> exclusions) {

        String key() {
            return groupId + ":" + artifactId;
        }
    }

    private static Dependency engine() {
        return dependencies(jenkinsPom).stream().filter(d -> d.artifactId().equals("dwp-engine")).findFirst()
                .orElseThrow();
    }

    private static List<Dependency> dependencies(Element owner) {
        List<Dependency> deps = new ArrayList<>();
        for (Element dep : children(child(owner, "dependencies").orElseThrow(), "dependency")) {
            List<String> exclusions = child(dep, "exclusions")
                    .map(e -> children(e, "exclusion").stream().map(x -> text(x, "groupId") + ":" + text(x, "artifactId"))
                            .toList())
                    .orElse(List.of());
            String scope = text(dep, "scope");
            deps.add(new Dependency(text(dep, "groupId"), text(dep, "artifactId"), text(dep, "version"),
                    scope.isEmpty() ? "compile" : scope, exclusions));
        }
        return deps;
    }

    private static String property(Element owner, String name) {
        String value = text(owner, "properties/" + name);
        assertFalse(value.isEmpty(), "no property " + name);
        return value;
    }

    /** The trimmed text of the element at a slash-separated path of child names, or "" if there is none. */
    private static String text(Element from, String path) {
        List<String> found = texts(from, path);
        assertTrue(found.size() <= 1, path + " occurs " + found.size() + " times");
        return found.isEmpty() ? "" : found.get(0);
    }

    private static List<String> texts(Element from, String path) {
        List<Element> level = List.of(from);
        for (String name : path.split("/")) {
            level = level.stream().flatMap(e -> children(e, name).stream()).toList();
        }
        return level.stream().map(e -> e.getTextContent().trim()).toList();
    }

    private static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertTrue(found.size() <= 1, name + " occurs " + found.size() + " times");
        return found.stream().findFirst();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element parse(Path pom) {
        try (InputStream in = Files.newInputStream(pom)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            Element project = document.getDocumentElement();
            assertNotNull(project, pom.toString());
            assertEquals("project", project.getLocalName(), pom.toString());
            return project;
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new AssertionError("cannot read " + pom, e);
        }
    }

    /** The nearest directory at or above the working directory that has plugin/jenkins/pom.xml. */
    private static Path repositoryRoot() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(JENKINS_MODULE).resolve("pom.xml"))) {
                return d;
            }
        }
        throw new IllegalStateException("no " + JENKINS_MODULE + "/pom.xml at or above " + Path.of("").toAbsolutePath());
    }
}
