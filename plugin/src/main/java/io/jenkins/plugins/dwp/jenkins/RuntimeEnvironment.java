package io.jenkins.plugins.dwp.jenkins;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.jenkins.plugins.dwp.lease.AgentSecrets;
import java.time.Clock;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What a cloud's engine takes from the Jenkins it runs in: a Kubernetes client, this controller's
 * identity, its URL, the agents' secrets and the clock. One place, so that tests give their own
 * (a mock API server, a test clock) and everything else runs as in Jenkins.
 */
@Restricted(NoExternalUse.class)
public interface RuntimeEnvironment {

    /** A client for the cluster the connection names, with its credentials. */
    KubernetesClient client(CloudConnection connection);

    /**
     * The id this Jenkins and cloud put on every pod: stable across restarts, so that a restarted
     * Jenkins adopts its pods, and different for every Jenkins sharing a namespace.
     */
    String controllerId(String cloudName);

    /** Jenkins' own URL, for agents when the cloud gives none. */
    String rootUrl();

    /** The secret each agent proves itself with, by agent (node) name. */
    AgentSecrets agentSecrets();

    /** The clock the engine's rules go by. */
    Clock clock();
}
