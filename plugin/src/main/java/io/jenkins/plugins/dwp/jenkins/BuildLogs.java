package io.jenkins.plugins.dwp.jenkins;

import hudson.model.Queue;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The build log a message about a step belongs in. A Pipeline's {@code node} step runs as its own
 * executable whose parent is the run; the run's log is reached through its flow owner.
 */
@Restricted(NoExternalUse.class)
final class BuildLogs {

    private static final Logger LOGGER = Logger.getLogger(BuildLogs.class.getName());

    private BuildLogs() {
    }

    /** The log of the run {@code executable} belongs to, if it is a Pipeline's. */
    static Optional<TaskListener> of(Queue.Executable executable) {
        for (Queue.Executable e = executable; e != null; e = e.getParentExecutable()) {
            if (e instanceof FlowExecutionOwner.Executable flow) {
                FlowExecutionOwner owner = flow.asFlowExecutionOwner();
                if (owner == null) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(owner.getListener());
                } catch (IOException ex) {
                    LOGGER.log(Level.FINE, "no build log for " + executable, ex);
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Prints {@code lines} to the log of the run {@code executable} belongs to, if any. */
    static void print(Queue.Executable executable, Iterable<String> lines) {
        of(executable).ifPresent(listener -> lines.forEach(listener.getLogger()::println));
    }
}
