// Stand-in for jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/flow/FlowExecutionOwner.java
// Written from it, not copied.
// Left out: getOrNull, getUrlOfExecution, dummyOwner and the package-private notifyShutdown. getListener's body
// upstream goes through LogStorage (not mirrored); here it gives TaskListener.NULL. The six abstract members are
// kept abstract, as upstream declares them, so that a subclass written here must implement what it must upstream.
package org.jenkinsci.plugins.workflow.flow;

import hudson.model.Queue;
import hudson.model.TaskListener;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;

/** Finds the execution of a Pipeline run; here, only its build log. */
public abstract class FlowExecutionOwner implements Serializable {

    /** The execution this owner stands for; throws when it cannot be found. */
    public abstract FlowExecution get() throws IOException;

    /** A directory on the controller where the run may keep what it persists. */
    public abstract File getRootDir() throws IOException;

    /** What occupies the executor for this flow, such as the run; preferably an {@link Executable}. */
    public abstract Queue.Executable getExecutable() throws IOException;

    /** The URL of the object owning the execution, relative to Jenkins' root, with a trailing slash. */
    public abstract String getUrl() throws IOException;

    /** Two owners are equal exactly when they lead to the same execution. */
    @Override
    public abstract boolean equals(Object o);

    @Override
    public abstract int hashCode();

    /** A listener printing to the run's build log, for messages not tied to one step. */
    public TaskListener getListener() throws IOException {
        return TaskListener.NULL;
    }

    /** Queue executables that own a flow execution: a Pipeline run. */
    public interface Executable extends Queue.Executable {

        /** The owner, or null if this instance is somehow inapplicable. */
        FlowExecutionOwner asFlowExecutionOwner();
    }
}
