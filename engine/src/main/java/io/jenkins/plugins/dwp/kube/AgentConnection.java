package io.jenkins.plugins.dwp.kube;

/**
 * How a worker's agent reaches Jenkins.
 *
 * @param jenkinsUrl the URL agents connect to, like {@code http://jenkins:8080/}
 * @param webSocket whether the agent connects over WebSocket (through the HTTP port) rather than the TCP agent port
 */
public record AgentConnection(String jenkinsUrl, boolean webSocket) {
}
