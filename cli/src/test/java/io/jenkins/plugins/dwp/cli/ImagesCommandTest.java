package io.jenkins.plugins.dwp.cli;

import static io.jenkins.plugins.dwp.cli.DwpRunner.dwp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagesCommandTest {

    private static final String POOLS = """
            images:
              - id: ubuntu-22.04
                family: ubuntu
                os: linux
                image: registry.example.com/ubuntu:22.04
                deprecatedAfter: 2026-10-31
                decommissionedAfter: 2027-06-30
                replacement: ubuntu-24.04
              - id: ubuntu-24.04
                family: ubuntu
                os: linux
                image: registry.example.com/ubuntu:24.04
                tools:
                  kubectl:
                    versions: [1.31.4, 1.32.1]
                    path: /opt/kubectl/{version}
            pools:
              - name: linux
                image: {default: ubuntu}
                resources: {requests: {cpu: 1}}
              - name: legacy
                image: {pinned: ubuntu-22.04}
                resources: {requests: {cpu: 1}}
            """;

    @TempDir
    Path dir;

    @Test
    void listsTheBuiltInCatalogWithEachFamilysDefault() {
        DwpRunner.Run run = dwp("images");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Images on 2026-11-25 (UTC)\n"), run.out());
        assertTrue(run.out().contains("  inbound-agent-jdk21  docker.io/jenkins/inbound-agent:"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  inbound-agent +inbound-agent-jdk21")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  inbound-agent-windows +inbound-agent-windows-ltsc2022-jdk21")),
                run.out());
    }

    @Test
    void withAPoolsFileShowsItsImagesAndWhatEachPoolRuns() throws Exception {
        Path pools = dir.resolve("pools.yaml");
        Files.writeString(pools, POOLS);
        DwpRunner.Run run = dwp("images", pools.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  ubuntu-22\\.04 +ubuntu +linux +stable +deprecated +2026-10-31"
                + " +2027-06-30 +ubuntu-24\\.04")), run.out());
        assertTrue(run.out().contains("    tools: kubectl 1.31.4|1.32.1\n"), run.out());
        assertTrue(run.out().contains("    warning: image ubuntu-22.04 is deprecated since 2026-11-01"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  linux +linux +default: ubuntu +ubuntu-24\\.04 +stable")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  legacy +legacy +pinned: ubuntu-22\\.04 +ubuntu-22\\.04 +deprecated")),
                run.out());
    }

    @Test
    void jsonGivesStatesDefaultsAndPools() throws Exception {
        Path pools = dir.resolve("pools.yaml");
        Files.writeString(pools, POOLS);
        DwpRunner.Run run = dwp("images", "--output", "json", "--date", "2027-06-15", pools.toString());
        assertEquals(0, run.exitCode(), run.out());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals("2027-06-15", report.get("day").asText());
        assertEquals("ubuntu-24.04", report.get("defaults").get("ubuntu").asText());
        JsonNode old = report.get("images").get(4);
        assertEquals("ubuntu-22.04", old.get("id").asText());
        assertEquals("deprecated", old.get("state").asText());
        assertEquals("danger", old.get("notice").get("severity").asText());
        assertEquals("ubuntu-24.04", old.get("notice").get("replacement").asText());
        assertEquals("/opt/kubectl/{version}", report.get("images").get(5).get("tools").get("kubectl").get("path").asText());
        assertEquals("legacy", report.get("pools").get(1).get("name").asText());
        assertEquals("danger", report.get("pools").get(1).get("notice").get("severity").asText());
    }

    @Test
    void anInvalidPoolsFileExitsOneWithItsFindings() throws Exception {
        Path pools = dir.resolve("pools.yaml");
        Files.writeString(pools, "pools: 3\n");
        DwpRunner.Run run = dwp("images", pools.toString());
        assertEquals(1, run.exitCode());
        assertEquals(pools + ":1:8: error: pools: expected a list, found '3'\ninvalid, 1 error, 0 warnings\n", run.out());
    }
}
