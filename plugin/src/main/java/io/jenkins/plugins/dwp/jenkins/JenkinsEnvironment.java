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
import java.util.function.Function;
import java.util.function.Supplier;
import jenkins.model.Jenkins;
import jenkins.slaves.JnlpAgentReceiver;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** The running Jenkins, as the engine of a cloud needs it. */
@Restricted(NoExternalUse.class)
final class JenkinsEnvironment implements RuntimeEnvironment {

    private final Function<String, StandardCredentials> credentialsById;
    private final Supplier<String> instanceId;
    private final Supplier<String> rootUrl;

    /** The running Jenkins': its credentials Jenkins itself may use, its instance id and its URL. */
    JenkinsEnvironment() {
        this(id -> CredentialsProvider.findCredentialByIdInItemGroup(id, StandardCredentials.class, Jenkins.get(),
                ACL.SYSTEM2, List.of()), () -> Jenkins.get().getLegacyInstanceId(), () -> Jenkins.get().getRootUrl());
    }

    /**
     * @param credentialsById the credential with an id, or null when there is none
     * @param instanceId the id of this Jenkins, stable across its restarts
     * @param rootUrl the URL of this Jenkins, as its system configuration gives it
     */
    JenkinsEnvironment(Function<String, StandardCredentials> credentialsById, Supplier<String> instanceId,
            Supplier<String> rootUrl) {
        this.credentialsById = credentialsById;
        this.instanceId = instanceId;
        this.rootUrl = rootUrl;
    }

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
    ClusterCredential credential(String credentialsId) {
        if (credentialsId == null) {
            return new ClusterCredential.Ambient();
        }
        StandardCredentials found = credentialsById.apply(credentialsId);
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
        return ControllerIds.of(instanceId.get(), cloudName);
    }

    @Override
    public String rootUrl() {
        return rootUrl.get();
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
