package io.jenkins.plugins.dwp.cli;

import static io.jenkins.plugins.dwp.cli.DwpRunner.dwp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final String VALID = """
            pools:
              - name: linux
                image: {default: inbound-agent}
                resources: {requests: {cpu: 1, memory: 2Gi}}
              - name: legacy
                image: {pinned: inbound-agent-jdk17}
            """;

    private static final String INVALID = """
            pools:
              - name: linux
                image: {default: inbound-agent}
                idleMinutes: 0
                privileged: true
            """;

    @TempDir
    Path dir;

    private String write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    @Test
    void aValidFileExitsZeroAndPrintsItsWarningsThenACount() throws Exception {
        String file = write("pools.yaml", VALID);
        DwpRunner.Run run = dwp("validate", file);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(file + ":5:5: warning: pools[1]: no resource requests, here or in defaults: without them the cluster"
                + " autoscaler cannot plan for this pool's pods; set resources.requests.cpu and memory\n"
                + file + ": valid, 0 errors, 1 warning, 2 pools\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void anInvalidFileExitsOneWithEveryProblemThenACount() throws Exception {
        String file = write("pools.yaml", INVALID);
        DwpRunner.Run run = dwp("validate", file);
        assertEquals(1, run.exitCode());
        List<String> lines = run.out().lines().toList();
        assertEquals(4, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith(file + ":2:5: warning: pools[0]: no resource requests"), lines.get(0));
        assertTrue(lines.get(1).startsWith(file + ":4:18: error: pools[0].idleMinutes: expected a whole number"), lines.get(1));
        assertTrue(lines.get(2).startsWith(file + ":5:5: error: pools[0].privileged: privileged workers are refused"), lines.get(2));
        assertEquals(file + ": invalid, 2 errors, 1 warning", lines.get(3));
    }

    @Test
    void jsonOutputIsOneDocumentThatSaysWhatTheTextSays() throws Exception {
        String file = write("pools.yaml", INVALID);
        DwpRunner.Run text = dwp("validate", file);
        DwpRunner.Run json = dwp("validate", "--output", "json", file);
        assertEquals(1, json.exitCode());
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertFalse(report.get("valid").asBoolean());
        assertEquals(2, report.get("errors").asInt());
        assertEquals(1, report.get("warnings").asInt());
        assertEquals("2026-11-25", report.get("day").asText());
        List<String> fromJson = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            fromJson.add(f.get("file").asText() + ":" + f.get("line").asInt() + ":" + f.get("column").asInt() + ": "
                    + f.get("severity").asText() + ": " + f.get("path").asText() + ": " + f.get("message").asText());
        }
        assertEquals(text.out().lines().limit(3).toList(), fromJson);
    }

    @Test
    void jsonOfAValidFileListsThePoolsWithTheirImages() throws Exception {
        DwpRunner.Run run = dwp("validate", "-o", "JSON", write("pools.yaml", VALID));
        assertEquals(0, run.exitCode());
        JsonNode pools = new ObjectMapper().readTree(run.out()).get("pools");
        assertEquals(2, pools.size());
        assertEquals("linux", pools.get(0).get("name").asText());
        assertEquals("default: inbound-agent", pools.get(0).get("selector").asText());
        assertEquals("inbound-agent-jdk21", pools.get(0).get("image").asText());
        assertEquals("stable", pools.get(0).get("state").asText());
        assertTrue(pools.get(0).get("notice").isNull());
    }

    @Test
    void aCatalogFileJoinsTheCatalogAndItsOwnProblemsAreReported() throws Exception {
        String catalog = write("catalog.yaml", """
                images:
                  - id: ubuntu-24.04
                    family: ubuntu
                    os: linux
                    image: registry.example.com/ubuntu:24.04
                    deprecatedAfter: 2026-11-01
                    replacement: ubuntu-26.04
                  - id: ubuntu-26.04
                    family: ubuntu
                    os: linux
                    image: registry.example.com/ubuntu:26.04
                """);
        String pools = write("pools.yaml", "pools:\n  - name: p\n    image: {pinned: ubuntu-24.04}\n"
                + "    resources: {requests: {cpu: 1}}\n");
        DwpRunner.Run run = dwp("validate", "--catalog", catalog, pools);
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().startsWith(pools + ":3:21: warning: pools[0].image.pinned: pool 'p': image ubuntu-24.04 is"
                + " deprecated since 2026-11-02; move to ubuntu-26.04"), run.out());

        String broken = write("broken.yaml", "images:\n  - id: x\n    family: f\n    os: beos\n    image: r/x:1\n");
        DwpRunner.Run bad = dwp("validate", "--catalog", broken, pools);
        assertEquals(1, bad.exitCode());
        assertEquals(broken + ":4:9: error: images[0].os: expected linux or windows, found 'beos'\n"
                + pools + ": invalid, 1 error, 0 warnings\n", bad.out());
    }

    @Test
    void dateShowsWhatAFutureDayBrings() throws Exception {
        String pools = write("pools.yaml", "images:\n  - id: old-1\n    family: old\n    os: linux\n    image: r/old:1\n"
                + "    decommissionedAfter: 2027-01-31\n    replacement: inbound-agent-jdk21\n"
                + "pools:\n  - name: p\n    image: {pinned: old-1}\n    resources: {requests: {cpu: 1}}\n");
        assertEquals(0, dwp("validate", pools).exitCode());
        DwpRunner.Run later = dwp("validate", "--date", "2027-02-01", pools);
        assertEquals(1, later.exitCode());
        assertTrue(later.out().contains("error: pools[0].image.pinned: pool 'p': image old-1 was decommissioned after"
                + " 2027-01-31 and steps on it fail; move to inbound-agent-jdk21"), later.out());
    }

    @Test
    void anUnreadableFileIsAUsageErrorWithoutAStackTrace() {
        DwpRunner.Run run = dwp("validate", dir.resolve("missing.yaml").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("cannot read " + dir.resolve("missing.yaml") + ": no such file"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, dwp("validate").exitCode());
        assertEquals(2, dwp("validate", "--output", "xml", "x.yaml").exitCode());
        assertEquals(2, dwp("validate", "--date", "tomorrow", "x.yaml").exitCode());
        assertEquals(2, dwp("frobnicate").exitCode());
        DwpRunner.Run bare = dwp();
        assertEquals(2, bare.exitCode());
        assertTrue(bare.err().contains("validate") && bare.err().contains("images"), bare.err());
    }

    @Test
    void hostileFilesAreRefusedAsInvalidNotAsCrashes() throws Exception {
        String bomb = write("bomb.yaml", "a: &a [x, *a]\n");
        DwpRunner.Run run = dwp("validate", bomb);
        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith(bomb + ":1:4: error: a[1]: an alias refers to a list or mapping that contains it"), run.out());
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[2 << 20]);
        DwpRunner.Run oversize = dwp("validate", big.toString());
        assertEquals(1, oversize.exitCode());
        assertTrue(oversize.out().startsWith(big + ":1:1: error: the file is larger than 1 MiB"), oversize.out());
    }
}
