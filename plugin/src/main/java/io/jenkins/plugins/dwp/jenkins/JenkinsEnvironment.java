package io.jenkins.plugins.dwp.jenkins;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.security.ACL;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.jenkins.plugins.dwp.lease.AgentSecrets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import jenkins.model.Jenkins;
import jenkins.slaves.JnlpAgentReceiver;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The running Jenkins, as the engine of a cloud needs it. */
@Restricted(NoExternalUse.class)
final class JenkinsEnvironment implements RuntimeEnvironment {

    @Override
    public KubernetesClient client(CloudConnection connection) {
        ClusterCredential credential = credential(connection.credentialsId());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // fabric8 finds its HTTP client through the context class loader; in Jenkins that is not the plugin's
        thread.setContextClassLoader(JenkinsEnvironment.class.getClassLoader());
        try {
            return new KubernetesClientBuilder().withConfig(credential.config(connection.serverUrl())).build();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The credential with {@code credentialsId}: a secret text is a token, a secret file a kubeconfig. */
    static ClusterCredential credential(String credentialsId) {
        if (credentialsId == null) {
            return new ClusterCredential.Ambient();
        }
        StandardCredentials found = CredentialsProvider.findCredentialByIdInItemGroup(credentialsId,
                StandardCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of());
        if (found instanceof StringCredentials text) {
            return new ClusterCredential.Token(text.getSecret().getPlainText());
        }
        if (found instanceof FileCredentials file) {
            try (InputStream content = file.getContent()) {
                return new ClusterCredential.Kubeconfig(new String(content.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the kubeconfig of credential " + credentialsId, e);
            }
        }
        throw new IllegalArgumentException(found == null
                ? Messages.Credentials_NotFound(credentialsId)
                : Messages.Credentials_WrongKind(credentialsId));
    }

    @Override
    public String controllerId(String cloudName) {
        return ControllerIds.of(Jenkins.get().getLegacyInstanceId(), cloudName);
    }

    @Override
    public String rootUrl() {
        return Jenkins.get().getRootUrl();
    }

    @Override
    public AgentSecrets agentSecrets() {
        return JnlpAgentReceiver.SLAVE_SECRET::mac;
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }
}
