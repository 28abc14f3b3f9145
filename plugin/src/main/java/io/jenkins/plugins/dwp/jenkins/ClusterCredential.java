package io.jenkins.plugins.dwp.jenkins;

import io.fabric8.kubernetes.client.Config;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * How Jenkins proves itself to the Kubernetes API: what the controller has (its pod's service
 * account, or its user's kubeconfig), a bearer token, or a whole kubeconfig.
 */
@Restricted(NoExternalUse.class)
public sealed interface ClusterCredential {

    /** The controller's own: in-cluster service account, or ~/.kube/config. */
    record Ambient() implements ClusterCredential {
    }

    /** A bearer token from a secret text credential, for the server URL the cloud names. */
    record Token(String token) implements ClusterCredential {
        @Override
        public String toString() {
            return "Token[****]";
        }
    }

    /** A kubeconfig from a secret file credential: its current context names server, CA and user. */
    record Kubeconfig(String text) implements ClusterCredential {
        @Override
        public String toString() {
            return "Kubeconfig[****]";
        }
    }

    /**
     * The client configuration for {@code serverUrl} (null: the one the credential or the controller
     * implies) with this credential. A token never goes with the controller's kubeconfig: a
     * server named here gets only what the cloud gives it.
     */
    default Config config(String serverUrl) {
        Config config;
        if (this instanceof Kubeconfig kubeconfig) {
            config = Config.fromKubeconfig(kubeconfig.text());
        } else if (serverUrl == null) {
            config = Config.autoConfigure(null);
        } else {
            config = Config.empty();
        }
        if (serverUrl != null) {
            config.setMasterUrl(serverUrl);
        }
        if (this instanceof Token token) {
            config.setOauthToken(token.token());
        }
        return config;
    }
}
