// Stand-in for jenkinsci/durable-task-plugin src/main/java/org/jenkinsci/plugins/durabletask/executors/ContinuableExecutable.java
// Written from it, not copied.
package org.jenkinsci.plugins.durabletask.executors;

import hudson.model.Queue;

/** An executable that another task is expected to continue, such as a Pipeline node block across a restart. */
public interface ContinuableExecutable extends Queue.Executable {

    /** Whether a continuation of this executable is expected, in this Jenkins session or after a restart. */
    boolean willContinue();
}
