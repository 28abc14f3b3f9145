package io.jenkins.plugins.dwp.jenkins;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What a cloud's workers depend on besides its pools: where the cluster is, how to reach it, and
 * how agents reach Jenkins. A change to any of them means a new client and a new engine; the pools
 * alone are swapped in place.
 *
 * @param cloudName the cloud's name, which also names its controller on every pod
 * @param serverUrl the API server's URL, or null for in-cluster or the kubeconfig's current context
 * @param credentialsId the Jenkins credential to reach it with, or null
 * @param namespace where workers go unless a pool names another
 * @param jenkinsUrl where agents reach Jenkins, or null for Jenkins' own URL
 * @param webSocket whether agents connect over WebSocket
 */
@Restricted(NoExternalUse.class)
public record CloudConnection(String cloudName, String serverUrl, String credentialsId, String namespace,
        String jenkinsUrl, boolean webSocket) {
}
