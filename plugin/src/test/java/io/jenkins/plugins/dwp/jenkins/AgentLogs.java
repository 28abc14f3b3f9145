package io.jenkins.plugins.dwp.jenkins;

import java.nio.file.Path;

/**
 * Where the computers tests make keep their agents' logs. A {@code SlaveComputer} opens its log
 * under Jenkins' home, or, outside Jenkins, under the directory this system property names;
 * without it no computer can be made.
 */
final class AgentLogs {

    private static final String LOGS_ROOT_PROPERTY = "hudson.triggers.SafeTimerTask.logsTargetDir";

    private AgentLogs() {
    }

    /** Keeps them in the module's build directory, which {@code mvn clean} removes. */
    static void inBuildDirectory() {
        System.setProperty(LOGS_ROOT_PROPERTY, Path.of("target", "agent-logs").toAbsolutePath().toString());
    }
}
