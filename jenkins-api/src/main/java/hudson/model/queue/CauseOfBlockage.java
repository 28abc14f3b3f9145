// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/queue/CauseOfBlockage.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: the NeedsMoreExecutor family and the Because* subclasses (their messages come from core's bundles).
package hudson.model.queue;

import hudson.model.TaskListener;
import java.util.Objects;
import org.jvnet.localizer.Localizable;

/** Why a queue item cannot run now. */
public abstract class CauseOfBlockage {
    /** One-line human-readable reason. */
    public abstract String getShortDescription();

    /** Writes the reason to a build log. */
    public void print(TaskListener listener) {
        listener.getLogger().println(getShortDescription());
    }

    /** A cause whose description is a localized message. */
    public static CauseOfBlockage fromMessage(final Localizable l) {
        Objects.requireNonNull(l);
        return new CauseOfBlockage() {
            @Override
            public String getShortDescription() {
                return l.toString();
            }
        };
    }

    @Override
    public String toString() {
        return getShortDescription();
    }
}
