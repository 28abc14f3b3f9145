// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/Actionable.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Transient actions (TransientActionFactory) are only contributed inside a running Jenkins and so are absent here;
// Stapler-facing members (getDynamic, doContextMenu) are left out.
package hudson.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** A model object that holds {@link Action}s. */
public abstract class Actionable extends AbstractModelObject {
    private volatile CopyOnWriteArrayList<Action> actions;

    /** The persisted actions, modifiable (upstream deprecates direct modification in favour of the methods below). */
    @Deprecated
    public List<Action> getActions() {
        if (actions == null) {
            synchronized (this) {
                if (actions == null) {
                    actions = new CopyOnWriteArrayList<>();
                }
            }
        }
        return actions;
    }

    /** All actions, read-only. */
    public final List<? extends Action> getAllActions() {
        return Collections.unmodifiableList(getActions());
    }

    /** Actions of a type, read-only. */
    public <T extends Action> List<T> getActions(Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Action a : getActions()) {
            if (type.isInstance(a)) {
                result.add(type.cast(a));
            }
        }
        return Collections.unmodifiableList(result);
    }

    public void addAction(Action a) {
        if (a == null) {
            throw new IllegalArgumentException("Action must be non-null");
        }
        getActions().add(a);
    }

    public void replaceAction(Action a) {
        addOrReplaceAction(a);
    }

    /** Adds {@code a}, replacing actions of the same class; true if the list changed. */
    public boolean addOrReplaceAction(Action a) {
        if (a == null) {
            throw new IllegalArgumentException("Action must be non-null");
        }
        List<Action> old = new ArrayList<>(1);
        List<Action> current = getActions();
        boolean found = false;
        for (Action a2 : current) {
            if (!found && a.equals(a2)) {
                found = true;
            } else if (a2.getClass() == a.getClass()) {
                old.add(a2);
            }
        }
        current.removeAll(old);
        if (!found) {
            addAction(a);
        }
        return !found || !old.isEmpty();
    }

    public boolean removeAction(Action a) {
        if (a == null) {
            return false;
        }
        return getActions().removeAll(Set.of(a));
    }

    public boolean removeActions(Class<? extends Action> clazz) {
        if (clazz == null) {
            throw new IllegalArgumentException("Action type must be non-null");
        }
        List<Action> old = new ArrayList<>();
        List<Action> current = getActions();
        for (Action a : current) {
            if (clazz.isInstance(a)) {
                old.add(a);
            }
        }
        return current.removeAll(old);
    }

    /** The first action of a type, or null. */
    public <T extends Action> T getAction(Class<T> type) {
        for (Action a : getActions()) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }
}
