package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.util.FormValidation;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormChecksTest {

    private final PoolsValidator validator =
            FormChecks.validator(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    private static final String VALID = """
            pools:
              - name: linux
                labels: [linux, java]
                image: { default: inbound-agent }
                resources:
                  requests: { cpu: 500m, memory: 1Gi }
            """;

    /** Two errors (lines 6 and 7) and, for the pool without requests, a warning (line 2). */
    private static final String TWO_ERRORS_ONE_WARNING = """
            pools:
              - name: fine
                image: { default: inbound-agent }
              - name: broken
                image: { default: inbound-agent }
                idleMinutes: 0
                resources: { requests: { cpu: lots } }
            """;

    private static final String ONLY_A_WARNING = """
            pools:
              - name: linux
                image: { default: inbound-agent }
            """;

    @Test
    void validPoolsAreOkAndNamed() {
        FormValidation result = FormChecks.pools(VALID, null, validator);

        assertEquals(FormValidation.Kind.OK, result.kind);
        assertEquals("valid: 1 pool: linux (linux, java)", result.getMessage());
    }

    @Test
    void everyFindingIsShownWithItsLineAndColumnAndTheWorstKindWins() {
        FormValidation result = FormChecks.pools(TWO_ERRORS_ONE_WARNING, null, validator);

        assertEquals(FormValidation.Kind.ERROR, result.kind);
        String html = result.renderHtml();
        assertTrue(html.contains("pools:2:5: warning: pools[0]: "), html);
        assertTrue(html.contains("pools:6:18: error: pools[1].idleMinutes: "), html);
        assertTrue(html.contains("pools:7:35: error: pools[1].resources.requests.cpu: "), html);
        assertEquals(3, html.split("<li>", -1).length - 1, html);
    }

    @Test
    void onlyWarningsMakeAWarning() {
        FormValidation result = FormChecks.pools(ONLY_A_WARNING, null, validator);

        assertEquals(FormValidation.Kind.WARNING, result.kind);
        assertTrue(result.getMessage().startsWith("pools:2:5: warning: pools[0]: "), result.getMessage());
    }

    @Test
    void findingsAreEscaped() {
        FormValidation result = FormChecks.pools("pools: <script>", null, validator);

        assertEquals(FormValidation.Kind.ERROR, result.kind);
        assertFalse(result.renderHtml().contains("<script>"), result.renderHtml());
    }

    @Test
    void emptyPoolsAreAnErrorOnlyWithoutAPoolsFile() {
        assertEquals(FormValidation.Kind.ERROR, FormChecks.pools("", "", validator).kind);
        assertTrue(FormChecks.pools(" ", null, validator).getMessage().startsWith("no pools configured"));
        assertEquals(FormValidation.Kind.OK, FormChecks.pools("", "/var/jenkins_home/pools.yaml", validator).kind);
    }

    @Test
    void inlinePoolsBesideAPoolsFileAreCheckedAndSaidToBeIgnored() {
        FormValidation result = FormChecks.pools(VALID, "/var/jenkins_home/pools.yaml", validator);

        assertEquals(FormValidation.Kind.WARNING, result.kind);
        assertTrue(result.getMessage().contains("not used, because the pools file /var/jenkins_home/pools.yaml is set"),
                result.getMessage());
    }

    @Test
    void thePoolsFileIsReadAndValidated() throws IOException {
        Path file = dir.resolve("pools.yaml");
        Files.writeString(file, VALID, StandardCharsets.UTF_8);
        assertEquals("valid: 1 pool: linux (linux, java)", FormChecks.poolsFile(file.toString(), validator).getMessage());

        Files.writeString(file, TWO_ERRORS_ONE_WARNING, StandardCharsets.UTF_8);
        FormValidation result = FormChecks.poolsFile(file.toString(), validator);
        assertEquals(FormValidation.Kind.ERROR, result.kind);
        assertTrue(result.renderHtml().contains(file + ":7:35: error: pools[1].resources.requests.cpu: "),
                result.renderHtml());
    }

    @Test
    void aPoolsFileThatCannotBeReadIsAnError() {
        assertEquals("cannot read the pools file: there is no such file on the controller",
                afterLocation(FormChecks.poolsFile(dir.resolve("absent.yaml").toString(), validator)));
        assertTrue(afterLocation(FormChecks.poolsFile("relative/pools.yaml", validator))
                .startsWith("the pools file must be an absolute path"));
        assertEquals(FormValidation.Kind.OK, FormChecks.poolsFile("", validator).kind);
    }

    private static String afterLocation(FormValidation validation) {
        assertEquals(FormValidation.Kind.ERROR, validation.kind);
        return validation.getMessage().substring(validation.getMessage().indexOf(": error: ") + ": error: ".length());
    }

    @Test
    void namespaces() {
        assertEquals(FormValidation.Kind.OK, FormChecks.namespace("jenkins-workers").kind);
        assertEquals("empty: workers go to namespace jenkins-workers", FormChecks.namespace("").getMessage());
        assertEquals(FormValidation.Kind.ERROR, FormChecks.namespace("Jenkins_Workers").kind);
        assertEquals(FormValidation.Kind.ERROR, FormChecks.namespace("-workers").kind);
        assertEquals(FormValidation.Kind.ERROR, FormChecks.namespace("a".repeat(64)).kind);
    }

    @Test
    void jenkinsUrls() {
        assertEquals(FormValidation.Kind.OK, FormChecks.jenkinsUrl("http://jenkins:8080/").kind);
        assertEquals(FormValidation.Kind.OK, FormChecks.jenkinsUrl("https://ci.example.com/jenkins/").kind);
        assertEquals(FormValidation.Kind.OK, FormChecks.jenkinsUrl(null).kind);
        assertEquals(FormValidation.Kind.ERROR, FormChecks.jenkinsUrl("jenkins:8080").kind);
        assertEquals(FormValidation.Kind.ERROR, FormChecks.jenkinsUrl("ftp://jenkins/").kind);
        assertEquals(FormValidation.Kind.WARNING, FormChecks.jenkinsUrl("http://localhost:8080/").kind);
        assertEquals(FormValidation.Kind.WARNING, FormChecks.jenkinsUrl("http://127.0.0.1:8080/").kind);
        assertEquals(FormValidation.Kind.WARNING, FormChecks.jenkinsUrl("http://[::1]:8080/").kind);
        assertEquals(FormValidation.Kind.OK, FormChecks.jenkinsUrl("http://10.0.0.7:8080/").kind);
    }

    @Test
    void serverUrls() {
        assertEquals(FormValidation.Kind.OK, FormChecks.serverUrl("https://kubernetes.default.svc").kind);
        assertTrue(FormChecks.serverUrl("").getMessage().startsWith("empty: Jenkins uses the cluster it runs in"));
        assertEquals(FormValidation.Kind.ERROR, FormChecks.serverUrl("kubernetes:6443").kind);
    }
}
