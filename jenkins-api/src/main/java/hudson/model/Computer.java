// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/Computer.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
//
// A Computer here behaves as upstream's does when Jenkins is not running: it gets no executors (upstream only creates
// them when a Jenkins instance exists), getNode() is null, and it has no remoting channel. Upstream's abstract
// getChannel() (remoting's VirtualChannel) and doLaunchSlaveAgent (servlet types) are left out, so isOffline() is
// "temporarily offline or no channel", i.e. always true here. isConnecting() comes from jenkins.model.IComputer
// upstream (not mirrored) and is declared here. Upstream also implements IComputer, DescriptorByNameOwner,
// StaplerProxy and HasWidgets.
// Left out: one-off executors, workspace list, log text/UI, environment/host/thread-dump remote calls, builds and
// tied jobs, monitoring data, Stapler members, and the legacy setTemporarilyOffline overloads.
package hudson.model;

import hudson.Util;
import hudson.model.labels.LabelAtom;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.security.PermissionScope;
import hudson.slaves.OfflineCause;
import hudson.slaves.RetentionStrategy;
import hudson.triggers.SafeTimerTask;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.jvnet.localizer.Localizable;

/** The runtime side of a {@link Node}: its executors and its connection. */
public abstract class Computer extends Actionable implements AccessControlled, ExecutorListener {
    private final CopyOnWriteArrayList<Executor> executors = new CopyOnWriteArrayList<>();

    private int numExecutors;

    /** Why the computer is offline, if it is. */
    protected volatile OfflineCause offlineCause;

    private long connectTime = 0;

    /** Name of the node, or null for the built-in node. */
    protected String nodeName;

    private final Object logDirLock = new Object();

    private final transient List<TerminationRequest> terminatedBy = Collections.synchronizedList(new ArrayList<>());

    /** Records who asked for this computer to be terminated (for diagnosing tasks lost in between). */
    public void recordTermination() {
        terminatedBy.add(new TerminationRequest(String.format("Termination requested at %s by %s [id=%d]",
                new Date(), Thread.currentThread(), Thread.currentThread().getId())));
    }

    /** The recorded termination requests. */
    public List<TerminationRequest> getTerminatedBy() {
        return new ArrayList<>(terminatedBy);
    }

    protected Computer(Node node) {
        setNode(node);
    }

    /** The agent's log file, under the logs root ({@link SafeTimerTask#getLogsRoot()}). */
    public File getLogFile() {
        return new File(getLogDir(), "slave.log");
    }

    /** The directory of the agent's (rotated) logs; created if missing. */
    protected File getLogDir() {
        File dir = new File(SafeTimerTask.getLogsRoot(), "slaves/" + nodeName);
        synchronized (logDirLock) {
            try {
                Files.createDirectories(dir.toPath());
            } catch (IOException x) {
                LOGGER.log(Level.SEVERE, "Failed to create agent log directory " + dir, x);
            }
        }
        return dir;
    }

    /** Why the computer is offline, or null. */
    public OfflineCause getOfflineCause() {
        var node = getNode();
        if (node != null) {
            var temporaryOfflineCause = node.getTemporaryOfflineCause();
            if (temporaryOfflineCause != null) {
                return temporaryOfflineCause;
            }
        }
        return offlineCause;
    }

    public boolean hasOfflineCause() {
        return offlineCause != null;
    }

    /** The offline cause's text, HTML-escaped, or "" (upstream also strips a "Disconnected by" prefix). */
    public String getOfflineCauseReason() {
        OfflineCause cause = getOfflineCause();
        if (cause == null) {
            return "";
        }
        return Util.escape(cause.toString());
    }

    /** Charset of the agent, once connected. */
    public abstract Charset getDefaultCharset();

    /** Recent log records of the agent JVM. */
    public abstract List<LogRecord> getLogRecords() throws IOException, InterruptedException;

    /** Starts connecting (no-op when already connected or, unless forced, when connecting). */
    public final Future<?> connect(boolean forceReconnect) {
        connectTime = System.currentTimeMillis();
        return _connect(forceReconnect);
    }

    protected abstract Future<?> _connect(boolean forceReconnect);

    /** When the last connection attempt started, in ms since the epoch. */
    public final long getConnectTime() {
        return connectTime;
    }

    /** Disconnects, recording why. */
    public Future<?> disconnect(OfflineCause cause) {
        recordTermination();
        offlineCause = cause;
        if (Util.isOverridden(Computer.class, getClass(), "disconnect")) {
            return disconnect();
        }
        connectTime = 0;
        return CompletableFuture.completedFuture(null);
    }

    @Deprecated
    public Future<?> disconnect() {
        recordTermination();
        if (Util.isOverridden(Computer.class, getClass(), "disconnect", OfflineCause.class)) {
            return disconnect(null);
        }
        connectTime = 0;
        return CompletableFuture.completedFuture(null);
    }

    /** Configured number of executors. */
    public int getNumExecutors() {
        return numExecutors;
    }

    /** The node name ("" for the built-in node). */
    public String getName() {
        return nodeName != null ? nodeName : "";
    }

    /** Whether the agent runs on Unix; null while disconnected. */
    public abstract Boolean isUnix();

    /** The node of this computer in the running Jenkins; null when removed, or when Jenkins is not running. */
    public Node getNode() {
        Jenkins j = Jenkins.getInstanceOrNull();
        if (j == null) {
            return null;
        }
        return j.getNode(nodeName);
    }

    /** Temporarily offline, or not connected (there is no remoting channel here, so always true). */
    public boolean isOffline() {
        return true;
    }

    public final boolean isOnline() {
        return !isOffline();
    }

    /** Whether a connection attempt is in progress. */
    public abstract boolean isConnecting();

    public boolean isManualLaunchAllowed() {
        return getRetentionStrategy().isManualLaunchAllowed(this);
    }

    /** Whether Jenkins can launch the agent itself (false for inbound agents). */
    public boolean isLaunchSupported() {
        return true;
    }

    @Deprecated
    public boolean isTemporarilyOffline() {
        var node = getNode();
        return node != null && node.isTemporarilyOffline();
    }

    /** Sets the offline cause of a computer that has never been online. */
    public void setOfflineCause(OfflineCause cause) {
        this.offlineCause = cause;
    }

    /** Marks the node temporarily offline (null clears); the node must still exist. */
    public void setTemporaryOfflineCause(OfflineCause temporaryOfflineCause) {
        var node = getNode();
        if (node == null) {
            throw new IllegalStateException("Can't set a temporary offline cause if the node has been removed");
        }
        node.setTemporaryOfflineCause(temporaryOfflineCause);
    }

    @Override
    public String getDisplayName() {
        return nodeName;
    }

    /** "Agent NAME". */
    public String getCaption() {
        return "Agent " + nodeName;
    }

    public String getUrl() {
        return "computer/" + Util.fullEncode(getName()) + "/";
    }

    /** Labels of the node, or none once it is gone. */
    public Set<LabelAtom> getAssignedLabels() {
        Node node = getNode();
        return node != null ? node.getAssignedLabels() : Collections.emptySet();
    }

    /** Called when the node's configuration changes. */
    protected void setNode(Node node) {
        assert node != null;
        if (node instanceof Slave) {
            this.nodeName = node.getNodeName();
        } else {
            this.nodeName = null;
        }
        setNumExecutors(node.getNumExecutors());
    }

    /** Called when the computer is being removed. */
    protected void kill() {
        setNumExecutors(0);
    }

    /** Called after the computer is removed. */
    protected void onRemoved() {
    }

    private void setNumExecutors(int n) {
        this.numExecutors = n;
        // upstream creates Executor threads here only when a Jenkins instance exists
    }

    /** Idle executors. */
    public int countIdle() {
        int n = 0;
        for (Executor e : executors) {
            if (e.isIdle()) {
                n++;
            }
        }
        return n;
    }

    public final int countBusy() {
        return countExecutors() - countIdle();
    }

    public final int countExecutors() {
        return executors.size();
    }

    /** Snapshot of the executors. */
    public List<Executor> getExecutors() {
        return new ArrayList<>(executors);
    }

    /** Snapshot of all executors, including one-off ones. */
    public List<Executor> getAllExecutors() {
        return new ArrayList<>(executors);
    }

    /** Whether all executors are idle. */
    public final boolean isIdle() {
        for (Executor e : executors) {
            if (!e.isIdle()) {
                return false;
            }
        }
        return true;
    }

    /** Whether some executor is idle. */
    public final boolean isPartiallyIdle() {
        for (Executor e : executors) {
            if (e.isIdle()) {
                return true;
            }
        }
        return false;
    }

    /** Since when the computer has been idle (or, if busy, when it is expected to be); Long.MIN_VALUE with no executor. */
    public final long getIdleStartMilliseconds() {
        long firstIdle = Long.MIN_VALUE;
        for (Executor e : executors) {
            firstIdle = Math.max(firstIdle, e.getIdleStartMilliseconds());
        }
        return firstIdle;
    }

    /** Since when a buildable item has been waiting for this computer. */
    public final long getDemandStartMilliseconds() {
        long firstDemand = Long.MAX_VALUE;
        for (Queue.BuildableItem item : Jenkins.get().getQueue().getBuildableItems(this)) {
            firstDemand = Math.min(item.buildableStartMilliseconds, firstDemand);
        }
        return firstDemand;
    }

    /** Interrupts all executors. */
    public void interrupt() {
        Queue.withLock(() -> {
            for (Executor e : executors) {
                e.interrupt();
            }
        });
    }

    /** The retention strategy in charge of this computer. */
    public abstract RetentionStrategy getRetentionStrategy();

    /** The running Jenkins' ACL for this computer. */
    @Override
    public ACL getACL() {
        Jenkins.get();
        throw new UnsupportedOperationException("stand-in: authorization strategies are not mirrored");
    }

    /** Whether the computer accepts new tasks: its retention strategy and its node must both agree. */
    public boolean isAcceptingTasks() {
        final Node node = getNode();
        return getRetentionStrategy().isAcceptingTasks(this) && (node == null || node.isAcceptingTasks());
    }

    /**
     * Background pool for launches, disconnects and other remote work (upstream also resets the context class loader,
     * logs errors and runs each task as SYSTEM; SlaveComputer's launch sets SYSTEM itself).
     */
    public static final ExecutorService threadPoolForRemoting = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "Computer.threadPoolForRemoting [#" + count.incrementAndGet() + "]");
            t.setDaemon(true);
            return t;
        }
    });

    /** The computer of the current executor thread, or null. */
    public static Computer currentComputer() {
        Executor e = Executor.currentExecutor();
        return e != null ? e.getOwner() : null;
    }

    /** Where a termination was requested from. */
    public static class TerminationRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final long when;

        public TerminationRequest(String message) {
            super(message);
            this.when = System.currentTimeMillis();
        }

        public long getWhen() {
            return when;
        }
    }

    public static final PermissionGroup PERMISSIONS = new PermissionGroup(Computer.class, text("Agent"));

    public static final Permission CONFIGURE =
            new Permission(PERMISSIONS, "Configure", null, Permission.CONFIGURE, PermissionScope.COMPUTER);

    public static final Permission EXTENDED_READ =
            new Permission(PERMISSIONS, "ExtendedRead", null, CONFIGURE,
                    Boolean.getBoolean("hudson.security.ExtendedReadPermission"),
                    new PermissionScope[] {PermissionScope.COMPUTER});

    public static final Permission DELETE =
            new Permission(PERMISSIONS, "Delete", null, Permission.DELETE, PermissionScope.COMPUTER);

    public static final Permission CREATE =
            new Permission(PERMISSIONS, "Create", null, Permission.CREATE, PermissionScope.JENKINS);

    public static final Permission DISCONNECT =
            new Permission(PERMISSIONS, "Disconnect", null, Jenkins.ADMINISTER, PermissionScope.COMPUTER);

    public static final Permission CONNECT =
            new Permission(PERMISSIONS, "Connect", null, DISCONNECT, PermissionScope.COMPUTER);

    public static final Permission BUILD =
            new Permission(PERMISSIONS, "Build", null, Permission.WRITE, PermissionScope.COMPUTER);

    private static Localizable text(String english) {
        return new Localizable(null, english) {
            @Override
            public String toString(Locale locale) {
                return english;
            }
        };
    }

    private static final Logger LOGGER = Logger.getLogger(Computer.class.getName());
}
