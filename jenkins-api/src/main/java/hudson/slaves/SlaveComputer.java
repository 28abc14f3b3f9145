// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/slaves/SlaveComputer.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
//
// As upstream: constructing one writes its log under SafeTimerTask.getLogsRoot(), which is the running Jenkins'
// home unless the system property hudson.triggers.SafeTimerTask.logsTargetDir names a directory (so outside Jenkins,
// set that property to construct computers); getNode() is null without Jenkins; getJnlpMac() is
// JnlpAgentReceiver.SLAVE_SECRET.mac(getName()), an HMAC-SHA256 of the agent name (hex), with a key from the
// confidential store (an in-memory store when Jenkins is not running).
// No remoting channel exists here: upstream's getChannel/setChannel (remoting types) and the remote-information
// calls are left out, the computer is always offline, and a launch that returns without error still ends, as
// upstream does when no channel was set, with "Agent failed to connect, even though the launcher didn't report it".
// Also left out: ConsoleLogFilter decoration, ComputerListener notifications, Stapler members, JNLP file
// endpoints, class-loading statistics. The log is a plain file rewritten at each launch (upstream rotates it).
package hudson.slaves;

import hudson.model.Computer;
import hudson.model.Executor;
import hudson.model.ExecutorListener;
import hudson.model.Node;
import hudson.model.Queue;
import hudson.model.Slave;
import hudson.model.TaskListener;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.StreamTaskListener;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import jenkins.slaves.JnlpAgentReceiver;

/** The {@link Computer} of a {@link Slave}. */
public class SlaveComputer extends Computer {
    private transient volatile boolean acceptingTasks = true;

    private Charset defaultCharset;

    private Boolean isUnix;

    private ComputerLauncher launcher;

    private final LogFile log;

    private final TaskListener taskListener;

    private transient int numRetryAttempt;

    private volatile Future<?> lastConnectActivity = null;

    private Object constructed = new Object();

    public SlaveComputer(Slave slave) {
        super(slave);
        this.log = new LogFile(getLogFile());
        this.taskListener = new StreamTaskListener(this.log);
        assert slave.getNumExecutors() != 0 : "Computer created with 0 executors";
    }

    /** Whether the agent accepts tasks: this computer's flag and {@link Computer#isAcceptingTasks()}. */
    @Override
    public boolean isAcceptingTasks() {
        return acceptingTasks && super.isAcceptingTasks();
    }

    /** The secret an inbound agent presents to connect as this computer (hex HMAC of its name). */
    public String getJnlpMac() {
        return JnlpAgentReceiver.SLAVE_SECRET.mac(getName());
    }

    /** Overrides whether tasks are accepted; prefer RetentionStrategy.isAcceptingTasks. */
    public void setAcceptingTasks(boolean acceptingTasks) {
        this.acceptingTasks = acceptingTasks;
    }

    @Override
    public Boolean isUnix() {
        return isUnix;
    }

    @Override
    public Slave getNode() {
        Node node = super.getNode();
        if (node == null || node instanceof Slave) {
            return (Slave) node;
        }
        LOGGER.log(Level.WARNING, "found an unexpected kind of node {0} from {1} with nodeName={2}", new Object[] {node, this, nodeName});
        return null;
    }

    /** Writes to this agent's log. */
    public TaskListener getListener() {
        return taskListener;
    }

    @Override
    public boolean isLaunchSupported() {
        return launcher.isLaunchSupported();
    }

    public ComputerLauncher getLauncher() {
        return launcher;
    }

    /** The launcher with delegating wrappers stripped (none are mirrored, so the launcher itself). */
    public ComputerLauncher getDelegatedLauncher() {
        return launcher;
    }

    @Override
    protected Future<?> _connect(boolean forceReconnect) {
        if (!forceReconnect && isConnecting()) {
            return lastConnectActivity;
        }
        if (forceReconnect && isConnecting()) {
            LOGGER.fine("Forcing a reconnect on " + getName());
        }
        Throwable threadInfo = new Throwable("launched here");
        return lastConnectActivity = Computer.threadPoolForRemoting.submit(() -> {
            try (ACLContext ctx = ACL.as2(ACL.SYSTEM2)) {
                log.rewind();
                try {
                    offlineCause = null;
                    launcher.launch(SlaveComputer.this, taskListener);
                } catch (IOException | InterruptedException | RuntimeException | Error e) {
                    e.addSuppressed(threadInfo);
                    String what = e instanceof InterruptedException ? "Launching agent process aborted."
                            : "Unexpected error in launching an agent. This is probably a bug in Jenkins";
                    PrintWriter w = taskListener.error(what);
                    e.printStackTrace(w);
                    w.flush();
                    throw e;
                }
            } finally {
                if (offlineCause == null) {
                    offlineCause = new OfflineCause.LaunchFailed();
                }
            }
            throw new IOException("Agent failed to connect, even though the launcher didn't report it. See the log output for details.");
        });
    }

    @Override
    public void taskAccepted(Executor executor, Queue.Task task) {
        LOGGER.log(Level.FINER, "Accepted {0} on {1}", new Object[] {task.toString(), executor.getOwner().getDisplayName()});
        if (launcher instanceof ExecutorListener) {
            ((ExecutorListener) launcher).taskAccepted(executor, task);
        }
        Slave node = getNode();
        if (node != null && node.getRetentionStrategy() instanceof ExecutorListener) {
            ((ExecutorListener) node.getRetentionStrategy()).taskAccepted(executor, task);
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void taskStarted(Executor executor, Queue.Task task) {
        LOGGER.log(Level.FINER, "Started {0} on {1}", new Object[] {task.toString(), executor.getOwner().getDisplayName()});
        if (launcher instanceof ExecutorListener) {
            ((ExecutorListener) launcher).taskStarted(executor, task);
        }
        RetentionStrategy r = getRetentionStrategy();
        if (r instanceof ExecutorListener) {
            ((ExecutorListener) r).taskStarted(executor, task);
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void taskCompleted(Executor executor, Queue.Task task, long durationMS) {
        LOGGER.log(Level.FINE, "Completed {0} on {1}", new Object[] {task.toString(), executor.getOwner().getDisplayName()});
        if (launcher instanceof ExecutorListener) {
            ((ExecutorListener) launcher).taskCompleted(executor, task, durationMS);
        }
        RetentionStrategy r = getRetentionStrategy();
        if (r instanceof ExecutorListener) {
            ((ExecutorListener) r).taskCompleted(executor, task, durationMS);
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void taskCompletedWithProblems(Executor executor, Queue.Task task, long durationMS, Throwable problems) {
        LOGGER.log(Level.FINE, "Completed with problems {0} on {1}", new Object[] {task.toString(), executor.getOwner().getDisplayName()});
        if (launcher instanceof ExecutorListener) {
            ((ExecutorListener) launcher).taskCompletedWithProblems(executor, task, durationMS, problems);
        }
        RetentionStrategy r = getRetentionStrategy();
        if (r instanceof ExecutorListener) {
            ((ExecutorListener) r).taskCompletedWithProblems(executor, task, durationMS, problems);
        }
    }

    /** Whether a launch is in progress. */
    @Override
    public boolean isConnecting() {
        Future<?> l = lastConnectActivity;
        return isOffline() && l != null && !l.isDone();
    }

    /** The agent log, rewound (emptied) for a new launch. */
    public OutputStream openLogFile() {
        try {
            log.rewind();
            return log;
        } catch (IOException e) {
            LOGGER.log(Level.SEVERE, "Failed to create log file " + getLogFile(), e);
            return OutputStream.nullOutputStream();
        }
    }

    /** The agent's root directory as an absolute path; null while disconnected (always, here). */
    public String getAbsoluteRemoteFs() {
        return null;
    }

    @Override
    public Charset getDefaultCharset() {
        return defaultCharset;
    }

    /** The agent JVM's recent log records; none while disconnected (always, here). */
    @Override
    public List<LogRecord> getLogRecords() throws IOException, InterruptedException {
        return Collections.emptyList();
    }

    @Override
    public Future<?> disconnect(OfflineCause cause) {
        super.disconnect(cause);
        return Computer.threadPoolForRemoting.submit(() -> {
            launcher.beforeDisconnect(SlaveComputer.this, taskListener);
            launcher.afterDisconnect(SlaveComputer.this, taskListener);
        });
    }

    /** Reconnects, quickly at first and then only every twelfth call. */
    public void tryReconnect() {
        numRetryAttempt++;
        if (numRetryAttempt < 6 || numRetryAttempt % 12 == 0) {
            LOGGER.info("Attempting to reconnect " + nodeName);
            connect(true);
        }
    }

    @Override
    protected void kill() {
        super.kill();
        try {
            log.close();
        } catch (IOException x) {
            LOGGER.log(Level.WARNING, "Failed to close agent log", x);
        }
    }

    /** The node's retention strategy, or {@link RetentionStrategy#NOOP} once the node is gone. */
    @Override
    @SuppressWarnings("rawtypes")
    public RetentionStrategy getRetentionStrategy() {
        Slave n = getNode();
        return n == null ? RetentionStrategy.NOOP : n.getRetentionStrategy();
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected void setNode(final Node node) {
        super.setNode(node);
        launcher = grabLauncher(node);
        // "constructed" is still null while the superclass constructor runs, so a new computer does not launch here
        if (constructed != null) {
            if (node instanceof Slave) {
                Queue.withLock((Runnable) () -> ((Slave) node).getRetentionStrategy().check(SlaveComputer.this));
            } else {
                connect(false);
            }
        }
    }

    /** The launcher to use for {@code node}; override to wrap it. */
    protected ComputerLauncher grabLauncher(Node node) {
        return ((Slave) node).getLauncher();
    }

    /** The agent log: opened (truncated) on first write after a rewind. */
    private static final class LogFile extends OutputStream {
        private final File file;
        private OutputStream current;

        LogFile(File file) {
            this.file = file;
        }

        private synchronized OutputStream current() throws IOException {
            if (current == null) {
                current = new FileOutputStream(file, false);
            }
            return current;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            current().write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            current().write(b, off, len);
        }

        @Override
        public synchronized void flush() throws IOException {
            if (current != null) {
                current.flush();
            }
        }

        synchronized void rewind() throws IOException {
            close();
        }

        @Override
        public synchronized void close() throws IOException {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }

    private static final Logger LOGGER = Logger.getLogger(SlaveComputer.class.getName());
}
