package io.jenkins.plugins.dwp.catalog;

import java.util.Locale;

/** Where a worker's Jenkins agent comes from: the image itself, or put into the pod beside it. */
public enum AgentSource {
    /** The image's entrypoint is the Jenkins inbound agent, as in jenkins/inbound-agent and images built FROM it. */
    INCLUDED,
    /**
     * Any Linux image with Java: an init container copies the agent's jar from the official
     * inbound-agent image into the pod, and the worker container starts it with the image's java.
     */
    INJECTED;

    /** The name written in YAML. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
