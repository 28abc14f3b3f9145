package io.jenkins.plugins.dwp.cli;

import static io.jenkins.plugins.dwp.cli.DwpRunner.dwp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dwp simulate} on small workloads whose figures are worked out by hand. */
class SimulateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POOLS = """
            pools:
              - name: linux
                image: {default: inbound-agent}
                resources: {requests: {cpu: 500m, memory: 1Gi}}
                maxWorkers: 1
                idleMinutes: 30
                pendingTimeoutMinutes: 15
              - name: big
                labels: [large]
                image: {default: inbound-agent}
                resources: {requests: {cpu: 2, memory: 4Gi}}
            """;

    @TempDir
    Path dir;

    private String write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    private JsonNode simulate(String workload) throws Exception {
        DwpRunner.Run run = dwp("simulate", write("pools.yaml", POOLS), "--workload", write("workload.yaml", workload),
                "--output", "json");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        return JSON.readTree(run.out());
    }

    @Test
    void threeStepsUnderACapOfOneWaitTheirTurn() throws Exception {
        // Step 0 runs 0:20-10:20; step 1 then gets the pod slot, runs 10:40-15:40; step 2 runs 16:00-21:00.
        JsonNode result = simulate("""
                seed: 1
                steps:
                  - {at: 0m, label: linux, duration: 10m}
                  - {at: 0m, label: linux, duration: 5m}
                  - {at: 1m, label: linux, duration: 5m}
                """);
        assertEquals(JSON.readTree("{\"requested\": 3, \"served\": 3, \"failed\": 0}"), result.get("steps"));
        assertEquals(JSON.readTree("{\"p50\": 640.0, \"p95\": 900.0, \"max\": 900.0}"), result.get("queueWaitSeconds"),
                "waits 20 s, 10:40 and 15:00");
        assertEquals(JSON.readTree("{\"created\": 3, \"deleted\": 3, \"leaked\": 0}"), result.get("pods"));
        assertEquals(3, result.get("reaped").get("completed").asInt());
        assertEquals(JSON.readTree("{\"maxConcurrent\": 1, \"podHours\": 0.35}"), result.get("perPool").get("linux"),
                "10:20 + 5:20 + 5:20 of pod time is 21 minutes");
        assertEquals(0.35, result.get("virtualHours").asDouble(), "the last pod goes at 21:00");
        assertEquals(JSON.readTree("{\"maxConcurrent\": 0, \"podHours\": 0.0}"), result.get("perPool").get("big"));
        List<Integer> queued = new ArrayList<>();
        result.get("timeline").get("samples").forEach(s -> queued.add(s.get("queued").asInt()));
        assertEquals(List.of(1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0), queued,
                "at each minute to 21:00, steps waiting for the pool's one pod: step 1 from 0:00, step 2 from 1:00,"
                        + " until 10:20 and 15:40");
    }

    @Test
    void anAbandonedStepsWorkerIsReapedByTheIdleRuleAtExactlyIdleMinutes() throws Exception {
        JsonNode result = simulate("""
                seed: 1
                steps:
                  - {at: 0m, label: linux, duration: 10m, podStartup: 1m, abandon: true}
                """);
        assertEquals(1, result.get("steps").get("served").asInt(), "the step got its worker; its build went away");
        assertEquals(1, result.get("reaped").get("idle").asInt());
        assertEquals(0, result.get("reaped").get("completed").asInt(), "nobody released it");
        JsonNode samples = result.get("timeline").get("samples");
        assertEquals(60, result.get("timeline").get("intervalSeconds").asInt());
        assertEquals(0, samples.get(30).get("reaped").get("idle").asInt(), "running since 1:00, idle 29 min at 30:00");
        assertEquals(1, samples.get(31).get("reaped").get("idle").asInt(), "reaped at 31:00, idle for 30 min");
        assertEquals(1, samples.get(30).get("live").get("linux").asInt());
        assertEquals(0, samples.get(31).get("live").get("linux").asInt());
        assertEquals(0.517, result.get("perPool").get("linux").get("podHours").asDouble(), "31 minutes");
        assertEquals(60.0, result.get("queueWaitSeconds").get("max").asDouble());
    }

    @Test
    void aPodThatCannotPullItsImageFailsItsStepAtOnceWithTheReason() throws Exception {
        JsonNode result = simulate("""
                seed: 1
                steps:
                  - {at: 0m, label: large, duration: 10m, problem: ImagePullBackOff}
                  - {at: 0m, label: linux, duration: 10m, problem: Unschedulable}
                """);
        assertEquals(JSON.readTree("{\"requested\": 2, \"served\": 0, \"failed\": 2}"), result.get("steps"));
        JsonNode failures = result.get("failures");
        assertEquals("step-0", failures.get(0).get("step").asText());
        String pull = failures.get(0).get("reason").asText();
        assertTrue(pull.matches("pod big-[a-z0-9]{10} could not start: ImagePullBackOff: Back-off pulling image .*"), pull);
        assertEquals("step-1", failures.get(1).get("step").asText());
        String unschedulable = failures.get(1).get("reason").asText();
        assertTrue(unschedulable.matches("pod linux-[a-z0-9]{10} did not start within 15 min: Unschedulable: .*"),
                unschedulable);
        assertEquals(2, result.get("reaped").get("pending").asInt());
        assertEquals(0.006, result.get("perPool").get("big").get("podHours").asDouble(), "deleted as it failed, at 0:20");
        assertEquals(0.25, result.get("perPool").get("linux").get("podHours").asDouble(),
                "an unschedulable pod may yet find a node, so it waits the pending timeout, 15 min");
        assertEquals(0.0, result.get("queueWaitSeconds").get("max").asDouble(), "no step ran");
    }

    @Test
    void theSameFilesGiveTheSameDocument() throws Exception {
        String workload = """
                seed: 7
                steps:
                  - {at: 0m, label: linux, duration: 3m, abandon: true}
                generate:
                  hours: 1
                  perHour: 120
                  labels: {linux: 0.5, large: 0.5}
                  duration: {median: 2m, p95: 10m}
                  problems: {ImagePullBackOff: 0.05, Unschedulable: 0.05}
                  abandon: 0.05
                """;
        String pools = write("pools.yaml", POOLS);
        String file = write("workload.yaml", workload);
        DwpRunner.Run first = dwp("simulate", pools, "--workload", file, "--output", "json");
        DwpRunner.Run second = dwp("simulate", pools, "--workload", file, "--output", "json");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(first.out(), second.out());
        JsonNode result = JSON.readTree(first.out());
        List<String> keys = new ArrayList<>();
        result.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("seed", "virtualHours", "steps", "failures", "pods", "reaped", "perPool", "queueWaitSeconds",
                "timeline"), keys, "the contract's key order");
        JsonNode steps = result.get("steps");
        assertEquals(steps.get("requested").asInt(), steps.get("served").asInt() + steps.get("failed").asInt());
        assertTrue(steps.get("requested").asInt() > 100, steps::toString);
        assertEquals(0, result.get("pods").get("leaked").asInt());
        assertEquals(result.get("pods").get("created"), result.get("pods").get("deleted"));
    }

    @Test
    void theReportCarriesTheSameDocumentAsTheJson() throws Exception {
        String workload = write("workload.yaml", """
                seed: 5
                steps:
                  - {at: 0m, label: linux, duration: 3m}
                """);
        String pools = write("pools.yaml", POOLS);
        Path page = dir.resolve("reports/today/report.html");
        DwpRunner.Run run = dwp("simulate", pools, "--workload", workload, "--output", "json", "--report", page.toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(page);
        int start = html.indexOf("<script type=\"application/json\" id=\"simulation\">");
        assertTrue(start >= 0, "the page embeds the document");
        String embedded = html.substring(html.indexOf('>', start) + 1, html.indexOf("</script>", start));
        assertEquals(JSON.readTree(run.out()), JSON.readTree(embedded));
    }

    @Test
    void aReportThatCannotBeWrittenIsAUsageError() throws Exception {
        String file = write("not-a-directory", "");
        DwpRunner.Run run = dwp("simulate", write("pools.yaml", POOLS), "--workload",
                write("workload.yaml", "steps:\n  - {at: 0m, label: linux, duration: 1m}\n"),
                "--report", Path.of(file, "report.html").toString());
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains("cannot write the report"), run.err());
    }

    @Test
    void textAndJsonTellTheSameFigures() throws Exception {
        String workload = write("workload.yaml", """
                seed: 3
                steps:
                  - {at: 0m, label: linux, duration: 2m}
                  - {at: 0m, label: linux, duration: 1m}
                  - {at: 0m, label: large, duration: 1m, problem: ImagePullBackOff}
                """);
        String pools = write("pools.yaml", POOLS);
        JsonNode json = JSON.readTree(dwp("simulate", pools, "--workload", workload, "--output", "json").out());
        DwpRunner.Run text = dwp("simulate", pools, "--workload", workload);
        assertEquals(0, text.exitCode(), text.err());
        JsonNode steps = json.get("steps");
        assertTrue(text.out().contains("Steps:       " + steps.get("requested") + " requested, " + steps.get("served")
                + " served, " + steps.get("failed") + " failed"), text.out());
        JsonNode wait = json.get("queueWaitSeconds");
        assertTrue(text.out().contains("Queue wait:  p50 " + wait.get("p50").asDouble() + " s, p95 "
                + wait.get("p95").asDouble() + " s, max " + wait.get("max").asDouble() + " s"), text.out());
        assertTrue(text.out().contains("step-2: " + json.get("failures").get(0).get("reason").asText()), text.out());
        assertTrue(text.out().matches("(?s).*\\nlinux +" + json.get("perPool").get("linux").get("maxConcurrent") + " +"
                + json.get("perPool").get("linux").get("podHours").asDouble() + "\\n.*"), text.out());
    }

    @Test
    void aBadWorkloadFileGetsEveryProblemWithItsLineAndColumn() throws Exception {
        DwpRunner.Run run = dwp("simulate", write("pools.yaml", POOLS), "--workload", write("w.yaml", """
                seed: 1
                steps:
                  - at: 0m
                    labels: linux
                    duration: 10 minutes
                  - {at: 1m, label: linuxx, duration: 1m, problem: ImagePull}
                generate:
                  hours: 1
                  perHour: -3
                  labels: {arm64: 1}
                  duration: {median: 10m, p95: 5m}
                """));
        assertEquals(1, run.exitCode(), run.err());
        String w = dir.resolve("w.yaml").toString();
        assertEquals(List.of(
                w + ":3:5: error: steps[0]: 'label' is required",
                w + ":4:5: error: steps[0].labels: unknown key 'labels'; did you mean 'label'?",
                w + ":5:15: error: steps[0].duration: expected a duration like 20s, 12m or 1h30m, found '10 minutes'",
                w + ":6:21: error: steps[1].label: no pool serves label 'linuxx'; did you mean 'linux'?",
                w + ":6:52: error: steps[1].problem: expected one of ImagePullBackOff, Unschedulable, found 'ImagePull'",
                w + ":9:12: error: generate.perHour: expected a number above 0 and at most 100000, found '-3'",
                w + ":10:12: error: generate.labels.arm64: no pool serves label 'arm64'; the pools serve linux, large, big",
                w + ":11:32: error: generate.duration.p95: p95 must not be shorter than the median, 10m",
                w + ": invalid, nothing simulated; 8 errors, 0 warnings"), run.out().lines().toList());
        assertEquals("", run.err());
    }
}
