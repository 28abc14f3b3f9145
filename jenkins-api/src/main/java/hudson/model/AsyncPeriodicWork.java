// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/AsyncPeriodicWork.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// doRun starts execute() on its own thread unless the previous run is still going, as upstream. The listener writes
// to getLogFile() under SafeTimerTask.getLogsRoot() (set hudson.triggers.SafeTimerTask.logsTargetDir outside Jenkins);
// upstream's log rotation and the lazy opening banner are simplified to appending "Started"/"Finished" lines.
package hudson.model;

import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.StreamTaskListener;
import java.io.File;
import java.io.IOException;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/** {@link PeriodicWork} that runs on its own thread, never overlapping with its previous run. */
public abstract class AsyncPeriodicWork extends PeriodicWork {
    /** Human-readable name of the work (also names its log file). */
    public final String name;

    private Thread thread;

    protected AsyncPeriodicWork(String name) {
        this.name = name;
    }

    /** Starts {@link #execute} on a new thread, unless the previous run is still going. */
    @Override
    @SuppressWarnings("deprecation")
    public final void doRun() {
        try {
            if (thread != null && thread.isAlive()) {
                logger.log(this.getSlowLoggingLevel(), "{0} thread is still running. Execution aborted.", name);
                return;
            }
            thread = new Thread(() -> {
                logger.log(Level.FINE, "Started {0}", name);
                long startTime = System.currentTimeMillis();
                long stopTime;
                StreamTaskListener l = createListener();
                l.getLogger().println(String.format("Started at %tc", new Date(startTime)));
                try {
                    try (ACLContext ctx = ACL.as2(ACL.SYSTEM2)) {
                        execute(l);
                    }
                } catch (IOException e) {
                    e.printStackTrace(l.fatalError(e.getMessage()));
                } catch (InterruptedException e) {
                    e.printStackTrace(l.fatalError("aborted"));
                } finally {
                    stopTime = System.currentTimeMillis();
                    l.getLogger().println(String.format("Finished at %tc. %dms", new Date(stopTime), stopTime - startTime));
                    l.closeQuietly();
                }
                logger.log(Level.FINE, "Finished {0}. {1,number} ms", new Object[] {name, stopTime - startTime});
            }, name + " thread");
            thread.start();
        } catch (Throwable t) {
            LogRecord lr = new LogRecord(this.getErrorLoggingLevel(), "{0} thread failed with error");
            lr.setThrown(t);
            lr.setParameters(new Object[] {name});
            logger.log(lr);
        }
    }

    /** The listener of one run: appends to {@link #getLogFile()}. */
    protected StreamTaskListener createListener() {
        File f = getLogFile();
        if (!f.getParentFile().isDirectory() && !f.getParentFile().mkdirs()) {
            logger.log(getErrorLoggingLevel(), "Could not create directory {0}", f.getParentFile());
        }
        try {
            return new StreamTaskListener(f, true, null);
        } catch (IOException e) {
            throw new Error(e);
        }
    }

    /** LOGS_ROOT/tasks/NAME.log. */
    protected File getLogFile() {
        return new File(getLogsRoot(), "/tasks/" + name + ".log");
    }

    protected Level getNormalLoggingLevel() {
        return Level.INFO;
    }

    protected Level getSlowLoggingLevel() {
        return getNormalLoggingLevel();
    }

    protected Level getErrorLoggingLevel() {
        return Level.SEVERE;
    }

    /** The work itself. */
    protected abstract void execute(TaskListener listener) throws IOException, InterruptedException;
}
