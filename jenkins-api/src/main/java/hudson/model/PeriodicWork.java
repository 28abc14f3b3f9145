// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/PeriodicWork.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: init() (the @Initializer that schedules all PeriodicWork extensions on Jenkins' Timer at start-up).
package hudson.model;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.triggers.SafeTimerTask;
import java.util.Random;
import java.util.logging.Logger;

/** Work Jenkins runs periodically (every {@link #getRecurrencePeriod()} ms) once registered as an @Extension. */
public abstract class PeriodicWork extends SafeTimerTask implements ExtensionPoint {
    @Deprecated
    protected final Logger logger = Logger.getLogger(getClass().getName());

    /** Milliseconds between runs; read once, when Jenkins schedules the work. */
    public abstract long getRecurrencePeriod();

    /** Milliseconds before the first run; random within one period by default. */
    public long getInitialDelay() {
        long l = RANDOM.nextLong();
        if (l == Long.MIN_VALUE) {
            l++;
        }
        return Math.abs(l) % getRecurrencePeriod();
    }

    public static ExtensionList<PeriodicWork> all() {
        return ExtensionList.lookup(PeriodicWork.class);
    }

    protected static final long MIN = 1000 * 60;
    protected static final long HOUR = 60 * MIN;
    protected static final long DAY = 24 * HOUR;

    private static final Random RANDOM = new Random();
}
