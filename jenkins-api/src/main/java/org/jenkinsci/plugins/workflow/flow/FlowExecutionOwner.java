// Stand-in for jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/flow/FlowExecutionOwner.java
// Written from it, not copied.
// Left out: get/getOrNull (FlowExecution is not mirrored), getRootDir, getExecutable, getUrl, getUrlOfExecution,
// equals/hashCode (abstract upstream), dummyOwner. getListener's body upstream goes through LogStorage (not
// mirrored); here it gives TaskListener.NULL.
package org.jenkinsci.plugins.workflow.flow;

import hudson.model.Queue;
import hudson.model.TaskListener;
import java.io.IOException;
import java.io.Serializable;

/** Finds the execution of a Pipeline run; here, only its build log. */
public abstract class FlowExecutionOwner implements Serializable {

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
