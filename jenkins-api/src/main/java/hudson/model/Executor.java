// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/Executor.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// As upstream, constructing an Executor needs the running Jenkins (it takes Jenkins.get().getQueue()), so none exists
// here; tests that need one can mock this class. Left out: run loop, interruption with Result and
// CauseOfInterruption, work units, workspace, estimates, Stapler members, impersonation proxies.
package hudson.model;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import jenkins.model.Jenkins;

/** A thread that runs tasks for a {@link Computer}. */
public class Executor extends Thread implements ModelObject {
    protected final Computer owner;

    private final Queue queue;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private final long creationTime = System.currentTimeMillis();

    private long startTime;

    private final int number;

    private Queue.Executable executable;

    public Executor(Computer owner, int n) {
        super("Executor #" + n + " for " + owner.getDisplayName());
        this.owner = owner;
        this.queue = Jenkins.get().getQueue();
        this.number = n;
    }

    /** What this executor runs now, or null if idle. */
    public Queue.Executable getCurrentExecutable() {
        lock.readLock().lock();
        try {
            return executable;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public String getDisplayName() {
        return "Executor #" + getNumber();
    }

    /** 0-based number of this executor within its computer. */
    public int getNumber() {
        return number;
    }

    /** Whether the executor runs nothing. */
    public boolean isIdle() {
        lock.readLock().lock();
        try {
            return executable == null;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Whether the executor runs something. */
    public boolean isBusy() {
        lock.readLock().lock();
        try {
            return executable != null;
        } finally {
            lock.readLock().unlock();
        }
    }

    public Computer getOwner() {
        return owner;
    }

    /** When this executor became (or is expected to become) idle. */
    public long getIdleStartMilliseconds() {
        if (isIdle()) {
            return Math.max(creationTime, owner.getConnectTime());
        }
        return Math.max(startTime, System.currentTimeMillis() + 15000);
    }

    /** The executor of the current thread, or null. */
    public static Executor currentExecutor() {
        Thread t = Thread.currentThread();
        if (t instanceof Executor) {
            return (Executor) t;
        }
        return null;
    }

    /** The executor running {@code executable}, or null (always null when Jenkins is not running). */
    public static Executor of(Queue.Executable executable) {
        Jenkins jenkins = Jenkins.getInstanceOrNull();
        if (jenkins == null) {
            return null;
        }
        for (Computer computer : jenkins.getComputers()) {
            for (Executor executor : computer.getAllExecutors()) {
                if (executor.getCurrentExecutable() == executable) {
                    return executor;
                }
            }
        }
        return null;
    }
}
