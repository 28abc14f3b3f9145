package io.jenkins.plugins.dwp.cli;

import static io.jenkins.plugins.dwp.cli.DwpRunner.dwp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    private static final String POOLS = """
            images:
              - id: tools-linux-1
                family: tools-linux
                os: linux
                image: registry.example.com/tools-linux:1
                tools:
                  kubectl:
                    versions: [1.30.8, 1.31.4]
                    path: /opt/kubectl/{version}
            pools:
              - name: linux
                image: {default: inbound-agent}
                resources: {requests: {cpu: 500m, memory: 1Gi}, limits: {memory: 2Gi}}
              - name: windows
                image: {default: inbound-agent-windows}
                resources: {requests: {cpu: 2, memory: 4Gi}}
                namespace: windows-builds
              - name: deploy
                image: {pinned: tools-linux-1}
                resources: {requests: {cpu: 250m, memory: 512Mi}}
                tools: {kubectl: 1.31.4}
                serviceAccount: deployer
            """;

    private static final String INVALID = """
            pools:
              - name: linux
                image: {default: inbound-agent}
                privileged: true
            """;

    @TempDir
    Path dir;

    private String write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    /** One YAML document of the output: its comment lines and the object it parses back into. */
    private record Document(List<String> comments, HasMetadata object) {
    }

    private static List<Document> documents(String out) {
        assertTrue(out.startsWith("---\n"), out);
        List<Document> documents = new ArrayList<>();
        for (String text : out.substring(4).split("(?m)^---\n")) {
            List<String> comments = text.lines().filter(l -> l.startsWith("#")).toList();
            HasMetadata object = Serialization.unmarshal(text);
            documents.add(new Document(comments, object));
        }
        return documents;
    }

    private static String env(Pod pod, String name) {
        return pod.getSpec().getContainers().get(0).getEnv().stream().filter(e -> e.getName().equals(name))
                .map(EnvVar::getValue).findFirst().orElse(null);
    }

    @Test
    void eachPoolGivesASecretThenAPodThatParseBack() throws Exception {
        DwpRunner.Run run = dwp("render", write("pools.yaml", POOLS));
        assertEquals(0, run.exitCode(), run.err());
        List<Document> documents = documents(run.out());
        assertEquals(6, documents.size(), run.out());
        String[][] expected = {{"linux", "inbound-agent-jdk21"}, {"windows", "inbound-agent-windows-ltsc2022-jdk21"},
            {"deploy", "tools-linux-1"}};
        for (int i = 0; i < expected.length; i++) {
            String pool = expected[i][0];
            String source = "# Source: " + pool + " (image " + expected[i][1] + ")";
            Document secret = documents.get(2 * i);
            Document pod = documents.get(2 * i + 1);
            assertEquals(List.of(source), secret.comments());
            assertEquals(List.of(source), pod.comments());
            Secret s = assertInstanceOf(Secret.class, secret.object());
            Pod p = assertInstanceOf(Pod.class, pod.object());
            assertEquals(pool + "-render0000", s.getMetadata().getName());
            assertEquals(pool + "-render0000", p.getMetadata().getName());
            assertEquals("dwp-render", p.getMetadata().getLabels().get("dwp.jenkins.io/controller"));
            assertEquals("render0000", p.getMetadata().getLabels().get("dwp.jenkins.io/lease"));
            assertEquals(pool, p.getMetadata().getLabels().get("dwp.jenkins.io/pool"));
            assertEquals(expected[i][1], p.getMetadata().getAnnotations().get("dwp.jenkins.io/image-id"));
            assertEquals(s.getMetadata().getName(),
                    p.getSpec().getContainers().get(0).getEnv().stream().filter(e -> e.getName().equals("JENKINS_SECRET"))
                            .findFirst().orElseThrow().getValueFrom().getSecretKeyRef().getName());
        }
        assertEquals("", run.err());
    }

    @Test
    void theSecretIsRedactedAndNoOtherSecretIsPrinted() throws Exception {
        DwpRunner.Run run = dwp("render", write("pools.yaml", POOLS));
        for (Document document : documents(run.out())) {
            if (document.object() instanceof Secret secret) {
                assertEquals(Map.of("secret", "REDACTED"), secret.getStringData());
                assertTrue(secret.getData() == null || secret.getData().isEmpty());
            }
        }
        assertEquals(3, run.out().split("REDACTED", -1).length - 1, run.out());
        assertFalse(run.out().contains(RenderCommand.PLACEHOLDER), run.out());
        DwpRunner.Run json = dwp("render", "-o", "json", write("pools.yaml", POOLS));
        assertFalse(json.out().contains(RenderCommand.PLACEHOLDER), json.out());
        assertEquals(3, json.out().split("REDACTED", -1).length - 1, json.out());
    }

    @Test
    void namespacesComeFromThePoolOrTheOption() throws Exception {
        String pools = write("pools.yaml", POOLS);
        List<Document> defaults = documents(dwp("render", pools).out());
        assertEquals("jenkins-workers", defaults.get(0).object().getMetadata().getNamespace());
        assertEquals("jenkins-workers", defaults.get(1).object().getMetadata().getNamespace());
        assertEquals("windows-builds", defaults.get(2).object().getMetadata().getNamespace());
        assertEquals("windows-builds", defaults.get(3).object().getMetadata().getNamespace());
        List<Document> other = documents(dwp("render", "--namespace", "ci", pools).out());
        assertEquals("ci", other.get(1).object().getMetadata().getNamespace());
        assertEquals("windows-builds", other.get(3).object().getMetadata().getNamespace());
    }

    @Test
    void poolChoosesOnePool() throws Exception {
        DwpRunner.Run run = dwp("render", "--pool", "deploy", write("pools.yaml", POOLS));
        assertEquals(0, run.exitCode(), run.err());
        List<Document> documents = documents(run.out());
        assertEquals(2, documents.size());
        Pod pod = (Pod) documents.get(1).object();
        assertEquals("deploy-render0000", pod.getMetadata().getName());
        assertEquals("deployer", pod.getSpec().getServiceAccountName());
        assertEquals(Boolean.TRUE, pod.getSpec().getAutomountServiceAccountToken());
        assertEquals("/opt/kubectl/1.31.4", env(pod, "DWP_TOOL_PATH"));
    }

    @Test
    void anUnknownPoolIsAUsageErrorThatNamesThePools() throws Exception {
        String pools = write("pools.yaml", POOLS);
        DwpRunner.Run run = dwp("render", "--pool", "linx", pools);
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("no pool 'linx' in " + pools + "; its pools: linux, windows, deploy"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void anInvalidFilePrintsItsFindingsAsValidateDoesAndExitsOne() throws Exception {
        String file = write("pools.yaml", INVALID);
        DwpRunner.Run run = dwp("render", file);
        assertEquals(1, run.exitCode());
        assertEquals(dwp("validate", file).out(), run.out());
        assertFalse(run.out().contains("kind"), run.out());
        DwpRunner.Run json = dwp("render", "--output", "json", file);
        assertEquals(1, json.exitCode());
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertEquals(0, report.get("documents").size());
        assertTrue(report.get("findings").size() >= 1);
    }

    @Test
    void aBrokenCatalogIsInvalidToo() throws Exception {
        String catalog = write("catalog.yaml", "images:\n  - id: x\n    family: f\n    os: beos\n    image: r/x:1\n");
        DwpRunner.Run run = dwp("render", "--catalog", catalog, write("pools.yaml", POOLS));
        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith(catalog + ":4:9: error: images[0].os"), run.out());
    }

    @Test
    void warningsGoToStderrSoStdoutStaysYaml() throws Exception {
        String file = write("pools.yaml", "pools:\n  - name: bare\n    image: {default: inbound-agent}\n");
        DwpRunner.Run run = dwp("render", file);
        assertEquals(0, run.exitCode());
        assertEquals(2, documents(run.out()).size());
        assertTrue(run.err().startsWith(file + ":2:5: warning: pools[0]: no resource requests"), run.err());
    }

    @Test
    void jsonIsOneDocumentListingTheObjects() throws Exception {
        DwpRunner.Run run = dwp("render", "--output", "json", "--pool", "linux", write("pools.yaml", POOLS));
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        JsonNode documents = report.get("documents");
        assertEquals(2, documents.size());
        assertEquals("Secret", documents.get(0).get("kind").asText());
        assertEquals("Pod", documents.get(1).get("kind").asText());
        assertEquals("REDACTED", documents.get(0).get("stringData").get("secret").asText());
        Pod pod = Serialization.unmarshal(documents.get(1).toString(), Pod.class);
        assertEquals("linux-render0000", pod.getMetadata().getName());
        assertEquals(0, report.get("findings").size());
    }

    @Test
    void theOutputHasNoNulls() throws Exception {
        String pools = write("pools.yaml", POOLS);
        assertFalse(dwp("render", pools).out().contains("null"));
        assertFalse(dwp("render", "-o", "json", pools).out().contains("null"));
    }

    @Test
    void theCreationTimeIsTheDatesMidnightOrNow() throws Exception {
        String pools = write("pools.yaml", POOLS);
        Pod now = (Pod) documents(dwp("render", "--pool", "linux", pools).out()).get(1).object();
        assertEquals("2026-11-25T10:00:00Z", now.getMetadata().getAnnotations().get("dwp.jenkins.io/created"));
        assertEquals("2026-11-28T10:00:00Z", now.getMetadata().getAnnotations().get("dwp.jenkins.io/lifetime-deadline"));
        Pod dated = (Pod) documents(dwp("render", "--pool", "linux", "--date", "2027-01-15", pools).out()).get(1).object();
        assertEquals("2027-01-15T00:00:00Z", dated.getMetadata().getAnnotations().get("dwp.jenkins.io/created"));
    }

    @Test
    void theAgentConnectionComesFromTheOptions() throws Exception {
        String pools = write("pools.yaml", POOLS);
        Pod defaults = (Pod) documents(dwp("render", "--pool", "linux", pools).out()).get(1).object();
        assertEquals("http://jenkins:8080/", env(defaults, "JENKINS_URL"));
        assertEquals("true", env(defaults, "JENKINS_WEB_SOCKET"));
        Pod tcp = (Pod) documents(dwp("render", "--pool", "linux", "--no-web-socket", "--jenkins-url",
                "https://ci.example/", pools).out()).get(1).object();
        assertEquals("https://ci.example/", env(tcp, "JENKINS_URL"));
        assertNull(env(tcp, "JENKINS_WEB_SOCKET"));
        assertFalse(tcp.getSpec().getContainers().get(0).getEnv().stream()
                .anyMatch(e -> e.getName().equals("JENKINS_WEB_SOCKET")));
        Pod webSocket = (Pod) documents(dwp("render", "--pool", "linux", "--web-socket", pools).out()).get(1).object();
        assertEquals("true", env(webSocket, "JENKINS_WEB_SOCKET"));
    }

    @Test
    void theRenderedPodsAreLockedDown() throws Exception {
        List<Document> documents = documents(dwp("render", write("pools.yaml", POOLS)).out());
        Pod linux = (Pod) documents.get(1).object();
        assertEquals(Boolean.FALSE, linux.getSpec().getAutomountServiceAccountToken());
        assertEquals(Boolean.TRUE, linux.getSpec().getSecurityContext().getRunAsNonRoot());
        assertEquals("RuntimeDefault", linux.getSpec().getSecurityContext().getSeccompProfile().getType());
        assertEquals(List.of("ALL"), linux.getSpec().getContainers().get(0).getSecurityContext().getCapabilities().getDrop());
        Pod windows = (Pod) documents.get(3).object();
        assertEquals("windows", windows.getSpec().getOs().getName());
        assertEquals(Boolean.TRUE, windows.getSpec().getSecurityContext().getRunAsNonRoot());
        assertNull(windows.getSpec().getSecurityContext().getSeccompProfile());
    }

    @Test
    void renderIsListedInTheHelp() {
        DwpRunner.Run run = dwp("--help");
        assertTrue(run.out().contains("render"), run.out());
    }
}
