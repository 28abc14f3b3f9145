package io.jenkins.plugins.dwp.cli;

import static io.jenkins.plugins.dwp.cli.DwpRunner.dwp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.kube.RenderedWorker;
import io.jenkins.plugins.dwp.kube.WorkerIdentity;
import io.jenkins.plugins.dwp.kube.WorkerRenderer;
import io.jenkins.plugins.dwp.reconcile.Heartbeat;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EnableKubernetesMockClient(crud = true)
class PlanApplyCommandTest {

    private static final String POOLS = """
            pools:
              - name: linux
                image: {default: inbound-agent}
                resources: {requests: {cpu: 1}}
                maxLifetimeHours: 24
            """;

    KubernetesClient client;

    @TempDir
    Path dir;

    private String pools;
    private String kubeconfig;

    @BeforeEach
    void files() throws Exception {
        pools = write("pools.yaml", POOLS);
        kubeconfig = write("kubeconfig", """
                apiVersion: v1
                kind: Config
                clusters: [{name: mock, cluster: {server: "%s", insecure-skip-tls-verify: true}}]
                users: [{name: ci, user: {token: t}}]
                contexts: [{name: mock, context: {cluster: mock, user: ci}}]
                current-context: mock
                """.formatted(client.getMasterUrl()));
    }

    private String write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    private void worker(String controller, String lease, Duration age) {
        ResolvedPool pool = new PoolsValidator(BuiltinCatalog.get(), DwpRunner.TODAY)
                .validate(SourceFile.of("p.yaml", POOLS)).poolSet().orElseThrow().pool("linux").orElseThrow();
        Pod pod = new WorkerRenderer(new AgentConnection("http://jenkins:8080/", true)).render(pool,
                new WorkerIdentity(controller, lease, "linux", "jenkins-workers", DwpRunner.TODAY.instant().minus(age)),
                "s").pod();
        client.pods().resource(pod).create();
    }

    @Test
    void planShowsEachDeletionWithItsReasonAndChangesNothing() {
        new Heartbeat(client, "jenkins-workers", "alive", DwpRunner.TODAY, Duration.ofMinutes(2)).renew();
        worker("alive", "young00001", Duration.ofHours(1));
        worker("alive", "old0000001", Duration.ofHours(30));
        worker("crashed", "orphan0001", Duration.ofMinutes(10));
        DwpRunner.Run run = dwp("plan", "--kubeconfig", kubeconfig, pools);
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Planning at 2026-11-25T10:00:00Z on " + client.getMasterUrl()), lines.get(0));
        assertTrue(lines.contains("  - delete pod jenkins-workers/linux-old0000001 (lifetime): alive 30 h 0 min, limit 24 h"),
                run.out());
        assertTrue(lines.contains("  - delete pod jenkins-workers/linux-orphan0001 (orphan): controller crashed has not"
                + " renewed its heartbeat"), run.out());
        assertEquals("Plan: 2 pods to delete (1 lifetime, 1 orphan).", lines.get(lines.size() - 1));
        assertEquals(3, client.pods().inNamespace("jenkins-workers").list().getItems().size(), "plan changes nothing");
    }

    @Test
    void applyDoesThePlanAndASecondRunDoesNothing() throws Exception {
        worker("crashed", "orphan0001", Duration.ofMinutes(10));
        DwpRunner.Run run = dwp("apply", "--kubeconfig", kubeconfig, "--output", "json", pools);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals("delete", report.get("actions").get(0).get("action").asText());
        assertEquals("orphan", report.get("actions").get(0).get("reason").asText());
        assertEquals(1, report.get("deletesByReason").get("orphan").asInt());
        assertEquals(1, report.get("outcome").get("deleted").asInt());
        assertEquals(List.of(), client.pods().inNamespace("jenkins-workers").list().getItems());

        DwpRunner.Run again = dwp("apply", "--kubeconfig", kubeconfig, pools);
        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("No changes: every worker pod is where the rules want it."), again.out());
        assertTrue(again.out().contains("Apply complete: 0 deleted, 0 already gone, 0 failed."), again.out());
    }

    @Test
    void noOutputHoldsAWorkersAgentSecret() throws Exception {
        String agentSecret = "c4f1e9a27b3d45e8a0f6b2d8c1e7a3f9b5d0c6e2a8f4b1d7c3e9a5f0b6d2c8e4";
        ResolvedPool pool = new PoolsValidator(BuiltinCatalog.get(), DwpRunner.TODAY)
                .validate(SourceFile.of("p.yaml", POOLS)).poolSet().orElseThrow().pool("linux").orElseThrow();
        RenderedWorker worker = new WorkerRenderer(new AgentConnection("http://jenkins:8080/", true)).render(pool,
                new WorkerIdentity("crashed", "orphan0001", "linux", "jenkins-workers",
                        DwpRunner.TODAY.instant().minus(Duration.ofMinutes(10))), agentSecret);
        client.secrets().resource(worker.secretOwnedBy(client.pods().resource(worker.pod()).create())).create();

        List<DwpRunner.Run> runs = List.of(
                dwp("plan", "--kubeconfig", kubeconfig, pools),
                dwp("plan", "--kubeconfig", kubeconfig, "--output", "json", pools),
                dwp("apply", "--kubeconfig", kubeconfig, "--output", "json", pools));
        for (DwpRunner.Run run : runs) {
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("linux-orphan0001"), "the worker is in the plan: " + run.out());
            assertFalse(run.out().contains(agentSecret), run.out());
            assertFalse(run.err().contains(agentSecret), run.err());
        }
        assertEquals(List.of(), client.pods().inNamespace("jenkins-workers").list().getItems(), "apply deleted it");
    }

    @Test
    void jsonSaysWhatTheTextSays() throws Exception {
        worker("crashed", "orphan0001", Duration.ofMinutes(10));
        DwpRunner.Run text = dwp("plan", "--kubeconfig", kubeconfig, pools);
        JsonNode json = new ObjectMapper().readTree(dwp("plan", "--kubeconfig", kubeconfig, "-o", "json", pools).out());
        JsonNode action = json.get("actions").get(0);
        String line = "  - delete pod " + action.get("namespace").asText() + "/" + action.get("pod").asText() + " ("
                + action.get("reason").asText() + "): " + action.get("detail").asText();
        assertTrue(text.out().lines().anyMatch(line::equals), text.out() + "\n" + line);
        assertTrue(json.get("outcome").isNull(), "plan applies nothing");
    }

    @Test
    void embeddedRunsWithoutAClusterAndFindsNothingToDo() {
        DwpRunner.Run run = dwp("plan", "--embedded", pools);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("on the embedded Kubernetes API"), run.out());
        assertTrue(run.out().contains("Plan: 0 pods to delete."), run.out());
        assertEquals(2, dwp("plan", "--embedded", "--context", "x", pools).exitCode());
    }

    @Test
    void anUnreachableClusterExitsFourWithOneLine() throws Exception {
        String nowhere = write("nowhere", """
                apiVersion: v1
                kind: Config
                clusters: [{name: gone, cluster: {server: "http://127.0.0.1:1"}}]
                users: [{name: ci, user: {token: t}}]
                contexts: [{name: gone, context: {cluster: gone, user: ci}}]
                current-context: gone
                """);
        DwpRunner.Run run = dwp("plan", "--kubeconfig", nowhere, pools);
        assertEquals(4, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("dwp: the cluster at http://127.0.0.1:1/ could not be read or changed: "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void anInvalidPoolsFilePlansNothing() throws Exception {
        DwpRunner.Run run = dwp("plan", "--embedded", write("bad.yaml", "pools: []\n"));
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("invalid, nothing planned"), run.out());
    }
}
