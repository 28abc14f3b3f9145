// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/ExecutorListener.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package hudson.model;

import hudson.ExtensionPoint;

/**
 * Told when an executor accepts, starts and completes a task. A {@link Computer} is one; a ComputerLauncher or a
 * RetentionStrategy that implements it is told by SlaveComputer.
 */
public interface ExecutorListener extends ExtensionPoint {
    /** The executor took the task from the queue. */
    default void taskAccepted(Executor executor, Queue.Task task) {}

    /** The executor started running the task. */
    default void taskStarted(Executor executor, Queue.Task task) {}

    /** The task completed normally. */
    default void taskCompleted(Executor executor, Queue.Task task, long durationMS) {}

    /** The task completed with a problem. */
    default void taskCompletedWithProblems(Executor executor, Queue.Task task, long durationMS, Throwable problems) {}
}
