// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/queue/SubTask.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied. Upstream also extends jenkins.model.queue.ITask (UI-facing, not mirrored).
package hudson.model.queue;

import hudson.model.Label;
import hudson.model.Node;
import hudson.model.Queue;
import hudson.model.ResourceActivity;
import java.io.IOException;

/** A piece of work of a {@link Queue.Task} that runs on one executor. */
public interface SubTask extends ResourceActivity {
    /** Where this may run; null means anywhere. */
    default Label getAssignedLabel() {
        return null;
    }

    @Deprecated
    default Node getLastBuiltOn() {
        return null;
    }

    /** Estimated duration in ms, or -1. */
    default long getEstimatedDuration() {
        return -1;
    }

    /** Creates what an executor runs. */
    Queue.Executable createExecutable() throws IOException;

    /** The task this subtask belongs to. */
    default Queue.Task getOwnerTask() {
        return (Queue.Task) this;
    }

    /** The executable this subtask belongs to, if already running. */
    default Queue.Executable getOwnerExecutable() {
        return null;
    }

    /** Subtasks with the same non-null constraint run on the same node. */
    default Object getSameNodeConstraint() {
        return null;
    }

    /** URL relative to the context root, or null. */
    default String getUrl() {
        return null;
    }
}
