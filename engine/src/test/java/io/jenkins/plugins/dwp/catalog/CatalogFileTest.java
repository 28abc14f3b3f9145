package io.jenkins.plugins.dwp.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.jenkins.plugins.dwp.yaml.Finding;
import io.jenkins.plugins.dwp.yaml.Findings;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogFileTest {

    private final Findings findings = new Findings();

    private ImageCatalog load(String text) {
        return CatalogFile.load(SourceFile.of("catalog.yaml", text), BuiltinCatalog.get(), findings);
    }

    private List<String> lines() {
        return findings.sorted().stream().map(Finding::format).toList();
    }

    @Test
    void laysItsImagesOverTheBaseReplacingById() {
        ImageCatalog catalog = load("""
                images:
                  - id: inbound-agent-jdk17
                    family: inbound-agent
                    os: linux
                    image: registry.example.com/mirror/inbound-agent:jdk17
                    deprecatedAfter: 2026-12-31
                    replacement: inbound-agent-jdk21
                  - id: maven-3
                    family: maven
                    name: Maven 3 on JDK 21
                    os: linux
                    image: registry.example.com/maven:3.9-jdk21
                    tools:
                      mvn: 3.9.9
                      kubectl:
                        versions: [1.31.4, 1.32.1]
                        path: /opt/kubectl/{version}
                """);
        assertEquals(List.of(), lines());
        assertEquals("registry.example.com/mirror/inbound-agent:jdk17",
                catalog.image("inbound-agent-jdk17").orElseThrow().reference());
        CatalogImage maven = catalog.image("maven-3").orElseThrow();
        assertEquals("Maven 3 on JDK 21", maven.name());
        assertEquals(Stage.STABLE, maven.stage());
        assertEquals(new ToolOffer("mvn", List.of("3.9.9"), Optional.empty()), maven.tools().get("mvn"));
        assertEquals(List.of("1.31.4", "1.32.1"), maven.tools().get("kubectl").versions());
        assertEquals(List.of("inbound-agent", "inbound-agent-windows", "maven"), catalog.families());
        assertEquals(5, catalog.images().size());
    }

    @Test
    void aCatalogFileHoldsOnlyImages() {
        ImageCatalog catalog = load("images: []\npools: []\n");
        assertEquals(List.of("catalog.yaml:2:1: error: pools: unknown key 'pools'; known keys: images"), lines());
        assertSame(BuiltinCatalog.get(), catalog, "a catalog with errors changes nothing");
    }

    @Test
    void aCatalogWithAnyErrorLeavesTheBaseAsItWas() {
        ImageCatalog catalog = load("""
                images:
                  - id: good
                    family: f
                    os: linux
                    image: r/good:1
                  - id: Bad_Id
                    family: f
                    os: linux
                    image: r/bad:1
                """);
        assertEquals(1, lines().size(), lines()::toString);
        assertSame(BuiltinCatalog.get(), catalog);
    }

    @Test
    void checksToolOffers() {
        load("""
                images:
                  - id: x
                    family: f
                    os: linux
                    image: r/x:1
                    tools:
                      "bad tool": 1
                      kubectl: {versions: [1.31, 1.31], path: "/opt/{version}"}
                      helm: {versions: []}
                      jq: [1.7]
                      yq: {versions: 4.44}
                """);
        assertEquals(List.of(
                "catalog.yaml:7:7: error: images[0].tools[\"bad tool\"]: a tool name is letters, digits, '.', '_' and '-',"
                        + " found 'bad tool'",
                "catalog.yaml:8:34: error: images[0].tools.kubectl.versions[1]: version 1.31 is listed twice",
                "catalog.yaml:9:24: error: images[0].tools.helm.versions: list at least one version",
                "catalog.yaml:10:11: error: images[0].tools.jq: expected a mapping (key: value lines), found a list",
                "catalog.yaml:11:22: error: images[0].tools.yq.versions: expected a list, found '4.44'"), lines());
    }

    @Test
    void anImageEitherRunsTheAgentOrHasItInjectedOnLinux() {
        ImageCatalog catalog = load("""
                images:
                  - id: maven
                    family: maven
                    os: linux
                    image: docker.io/library/maven:3.9-eclipse-temurin-21
                    agent: injected
                    tools: {java: "21", mvn: 3.9.9}
                  - id: node
                    family: node
                    os: linux
                    image: docker.io/library/node:22
                    agent: injected
                """);
        assertEquals(AgentSource.INJECTED, catalog.image("maven").orElseThrow().agent());
        assertEquals(AgentSource.INCLUDED, catalog.image("inbound-agent-jdk21").orElseThrow().agent());
        assertEquals(List.of("catalog.yaml:12:12: warning: images[1].agent: an injected agent runs on the image's java,"
                + " and the image lists no java tool; add java: VERSION to its tools if it has one"), lines());
    }

    @Test
    void windowsImagesMustIncludeTheAgent() {
        load("""
                images:
                  - id: win
                    family: win
                    os: windows
                    image: registry.example.com/win:ltsc2022
                    agent: injected
                  - id: other
                    family: other
                    os: linux
                    image: registry.example.com/other:1
                    agent: bundled
                """);
        assertEquals(List.of(
                "catalog.yaml:6:12: error: images[0].agent: agent: injected works for Linux images only; build Windows"
                        + " images FROM jenkins/inbound-agent and leave agent out",
                "catalog.yaml:11:12: error: images[1].agent: expected included (the image runs the Jenkins agent) or"
                        + " injected (any Linux image with java: the agent is put into the pod), found 'bundled'"), lines());
    }
}
