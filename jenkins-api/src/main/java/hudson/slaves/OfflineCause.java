// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/slaves/OfflineCause.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: LegacyOfflineCause, UserCause and ByCLI (need hudson.model.User), IdleOfflineCause, and the
// jenkins.agents.IOfflineCause interface (icons, status class) that upstream implements; getTime(), one of that
// interface's defaults, is declared here.
package hudson.slaves;

import java.util.Date;
import org.jvnet.localizer.Localizable;

/** Why a computer is offline. */
public abstract class OfflineCause {
    protected final long timestamp = System.currentTimeMillis();

    /** When the cause arose, in ms since the epoch. */
    public long getTimestamp() {
        return timestamp;
    }

    public Date getTime() {
        return new Date(getTimestamp());
    }

    /** A cause described by a message. */
    public static class SimpleOfflineCause extends OfflineCause {
        public final Localizable description;

        protected SimpleOfflineCause(Localizable description) {
            this.description = description;
        }

        @Override
        public String toString() {
            return description.toString();
        }
    }

    /** A cause from a message; null for null. */
    public static OfflineCause create(Localizable d) {
        if (d == null) {
            return null;
        }
        return new SimpleOfflineCause(d);
    }

    /** The remoting channel broke. */
    public static class ChannelTermination extends OfflineCause {
        public final Exception cause;

        public ChannelTermination(Exception cause) {
            this.cause = cause;
        }

        public String getShortDescription() {
            return cause.toString();
        }

        @Override
        public String toString() {
            return "Connection was broken";
        }
    }

    /** The launcher failed. */
    public static class LaunchFailed extends OfflineCause {
        @Override
        public String toString() {
            return "This agent is offline because Jenkins failed to launch the agent process on it.";
        }
    }
}
