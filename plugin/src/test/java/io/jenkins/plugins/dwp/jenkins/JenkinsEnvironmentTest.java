package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsDescriptor;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.util.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.junit.jupiter.api.Test;

class JenkinsEnvironmentTest {

    private static final String KUBECONFIG = """
            apiVersion: v1
            kind: Config
            clusters:
              - name: prod
                cluster: { server: "https://prod.example.com:6443" }
            users:
              - name: jenkins
                user: { token: kubeconfig-token }
            contexts:
              - name: prod
                context: { cluster: prod, user: jenkins }
            current-context: prod
            """;

    /** What every credential kind has besides its secret. */
    private abstract static class Credential implements StandardCredentials {
        private final String id;

        Credential(String id) {
            this.id = id;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getDescription() {
            return "";
        }

        @Override
        public CredentialsScope getScope() {
            return CredentialsScope.SYSTEM;
        }

        @Override
        public CredentialsDescriptor getDescriptor() {
            throw new UnsupportedOperationException("descriptors live in Jenkins");
        }
    }

    private static final class SecretText extends Credential implements StringCredentials {
        private final String text;

        SecretText(String id, String text) {
            super(id);
            this.text = text;
        }

        @Override
        public Secret getSecret() {
            return Secret.fromString(text);
        }
    }

    private static final class SecretFile extends Credential implements FileCredentials {
        private final String content;

        SecretFile(String id, String content) {
            super(id);
            this.content = content;
        }

        @Override
        public String getFileName() {
            return "config";
        }

        @Override
        public InputStream getContent() throws IOException {
            if (content == null) {
                throw new IOException("the credential's file was lost");
            }
            return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A username and password, say: a kind a cluster is not reached with. */
    private static final class OtherKind extends Credential {
        OtherKind(String id) {
            super(id);
        }
    }

    private final List<String> lookedUp = new ArrayList<>();
    private final AtomicReference<String> rootUrl = new AtomicReference<>("https://jenkins.example.com/");

    private JenkinsEnvironment environment(String instanceId, StandardCredentials... credentials) {
        return new JenkinsEnvironment(id -> {
            lookedUp.add(id);
            return List.of(credentials).stream().filter(credential -> credential.getId().equals(id)).findFirst().orElse(null);
        }, () -> instanceId, rootUrl::get);
    }

    @Test
    void noCredentialMeansTheControllersOwnAndNoLookUp() {
        assertEquals(new ClusterCredential.Ambient(), environment("abc").credential(null));
        assertTrue(lookedUp.isEmpty());
    }

    @Test
    void aSecretTextIsABearerToken() {
        assertEquals(new ClusterCredential.Token("s3cr3t"),
                environment("abc", new SecretText("token", "s3cr3t"), new SecretFile("kubeconfig", KUBECONFIG))
                        .credential("token"));
        assertEquals(List.of("token"), lookedUp);
    }

    @Test
    void aSecretFileIsAKubeconfig() {
        assertEquals(new ClusterCredential.Kubeconfig(KUBECONFIG),
                environment("abc", new SecretFile("kubeconfig", KUBECONFIG)).credential("kubeconfig"));
    }

    @Test
    void aMissingCredentialIsNamedInTheError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> environment("abc", new SecretText("token", "s3cr3t")).credential("tokn"));
        assertEquals("there is no credential with id tokn that Jenkins itself may use", error.getMessage());
    }

    @Test
    void aCredentialOfAnotherKindIsRefusedSayingWhichKindsServe() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> environment("abc", new OtherKind("login")).credential("login"));
        assertEquals("credential login is neither a secret text (a bearer token) nor a secret file (a kubeconfig)",
                error.getMessage());
    }

    @Test
    void aSecretFileThatCannotBeReadIsNamedInTheError() {
        UncheckedIOException error = assertThrows(UncheckedIOException.class,
                () -> environment("abc", new SecretFile("kubeconfig", null)).credential("kubeconfig"));
        assertTrue(error.getMessage().contains("kubeconfig"), error.getMessage());
    }

    @Test
    void theClientReachesTheCloudsServerWithTheCredential() {
        CloudConnection connection = new CloudConnection("dynamic", "https://k8s.example.com:6443", "token",
                "jenkins-workers", null, true);
        try (KubernetesClient client = environment("abc", new SecretText("token", "s3cr3t")).client(connection)) {
            assertEquals("https://k8s.example.com:6443/", client.getConfiguration().getMasterUrl());
            assertEquals("s3cr3t", client.getConfiguration().getOauthToken());
        }
    }

    @Test
    void theControllerIdIsStableForAJenkinsAndCloudAndDiffersBetweenThem() {
        String id = environment("4f1c9a7e2b6d").controllerId("dynamic");

        assertEquals(id, environment("4f1c9a7e2b6d").controllerId("dynamic"), "a restarted Jenkins finds its pods");
        assertNotEquals(id, environment("9e8d7c6b5a4f").controllerId("dynamic"));
        assertNotEquals(id, environment("4f1c9a7e2b6d").controllerId("other"));
        assertTrue(id.contains("4f1c9a7e2b6d") && id.contains("dynamic"), id);
    }

    @Test
    void jenkinsUrlIsAskedEachTimeSinceItCanBeConfiguredLater() {
        JenkinsEnvironment environment = environment("abc");
        assertEquals("https://jenkins.example.com/", environment.rootUrl());

        rootUrl.set("https://ci.example.com/");

        assertEquals("https://ci.example.com/", environment.rootUrl());
    }

    @Test
    void theSecretAnAgentIsGivenIsTheOneJenkinsChecksItsConnectionWith() {
        String secret = environment("abc").agentSecrets().secretFor("dwp-linux-abc");

        assertEquals(OtherAgent.computer("dwp-linux-abc").getJnlpMac(), secret);
        assertNotEquals(secret, environment("abc").agentSecrets().secretFor("dwp-linux-def"));
    }

    @Test
    void theRulesGoByTheSystemClockInUtc() {
        Clock clock = environment("abc").clock();

        assertEquals(ZoneOffset.UTC, clock.getZone());
        assertEquals(Clock.systemUTC(), clock);
    }
}
