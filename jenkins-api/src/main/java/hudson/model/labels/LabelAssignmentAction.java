// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/labels/LabelAssignmentAction.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package hudson.model.labels;

import hudson.model.Action;
import hudson.model.Label;
import hudson.model.queue.SubTask;

/** An action on a queue item that overrides where a subtask may run. */
public interface LabelAssignmentAction extends Action {
    /** The label for {@code task}, or null to leave the decision to others. */
    Label getAssignedLabel(SubTask task);
}
