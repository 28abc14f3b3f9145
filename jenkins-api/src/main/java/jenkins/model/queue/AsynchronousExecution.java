// Stand-in for jenkinsci/jenkins core/src/main/java/jenkins/model/queue/AsynchronousExecution.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: the executor wiring (getExecutor, setExecutorWithoutCompleting, maybeComplete) that the running
// Executor uses; completed() only records the outcome here.
package jenkins.model.queue;

/**
 * Thrown by {@code Queue.Executable.run()} to say the work goes on without holding the executor's thread
 * (Pipeline steps do this).
 */
public abstract class AsynchronousExecution extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Throwable result;

    protected AsynchronousExecution() {}

    /** Asks the work to stop. */
    public abstract void interrupt(boolean forShutdown);

    /** Whether a running instance blocks a safe restart. */
    public abstract boolean blocksRestart();

    /** Whether the executor cell is shown while this runs. */
    public abstract boolean displayCell();

    /** Reports that the work finished, with an error or null. */
    public final synchronized void completed(Throwable error) {
        result = error;
    }
}
