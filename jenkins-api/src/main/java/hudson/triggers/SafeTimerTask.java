// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/triggers/SafeTimerTask.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied. Left out: of(ExceptionRunnable) and ExceptionRunnable.
package hudson.triggers;

import hudson.security.ACL;
import hudson.security.ACLContext;
import java.io.File;
import java.util.TimerTask;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;

/** A timer task that runs as SYSTEM and logs, rather than propagates, failures. */
public abstract class SafeTimerTask extends TimerTask {
    /** System property naming the directory for task and agent logs (instead of JENKINS_HOME/logs). */
    static final String LOGS_ROOT_PATH_PROPERTY = SafeTimerTask.class.getName() + ".logsTargetDir";

    private static boolean ALREADY_LOGGED = false;

    @Override
    public final void run() {
        try (ACLContext ctx = ACL.as2(ACL.SYSTEM2)) {
            doRun();
        } catch (Throwable t) {
            LOGGER.log(Level.SEVERE, "Timer task " + this + " failed", t);
        }
    }

    protected abstract void doRun() throws Exception;

    /** Root of task and agent logs: the system property above, else JENKINS_HOME/logs (needs the running Jenkins). */
    public static File getLogsRoot() {
        String tagsLogsPath = System.getProperty(LOGS_ROOT_PATH_PROPERTY);
        if (tagsLogsPath == null) {
            return new File(Jenkins.get().getRootDir(), "logs");
        }
        Level logLevel = ALREADY_LOGGED ? Level.FINE : Level.INFO;
        LOGGER.log(logLevel, "Using non default root path for tasks logging: {0}. (Beware: no automated migration if you change or remove it again)",
                LOGS_ROOT_PATH_PROPERTY);
        ALREADY_LOGGED = true;
        return new File(tagsLogsPath);
    }

    private static final Logger LOGGER = Logger.getLogger(SafeTimerTask.class.getName());
}
