package io.jenkins.plugins.dwp.lease;

/** Gives the secret an agent of a given name connects with; in Jenkins it is derived from the agent's name. */
@FunctionalInterface
public interface AgentSecrets {

    /** The secret for the agent named {@code agentName}. */
    String secretFor(String agentName);
}
