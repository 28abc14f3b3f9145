// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/security/PermissionScope.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied. Left out: RUN (hudson.model.Run is not mirrored).
package hudson.security;

import hudson.model.Computer;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.ModelObject;
import java.util.Set;
import jenkins.model.Jenkins;

/** Kind of model object a {@link Permission} applies to. */
public final class PermissionScope {
    /** The model class this scope is for. */
    public final Class<? extends ModelObject> modelClass;

    private final Set<PermissionScope> containers;

    public PermissionScope(Class<? extends ModelObject> modelClass, PermissionScope... containers) {
        this.modelClass = modelClass;
        this.containers = Set.of(containers);
    }

    /** Whether this scope is {@code s} or lies, transitively, inside it. */
    public boolean isContainedBy(PermissionScope s) {
        if (this == s) {
            return true;
        }
        for (PermissionScope c : containers) {
            if (c.isContainedBy(s)) {
                return true;
            }
        }
        return false;
    }

    public static final PermissionScope JENKINS = new PermissionScope(Jenkins.class);

    public static final PermissionScope ITEM_GROUP = new PermissionScope(ItemGroup.class, JENKINS);

    public static final PermissionScope ITEM = new PermissionScope(Item.class, ITEM_GROUP);

    public static final PermissionScope COMPUTER = new PermissionScope(Computer.class, JENKINS);
}
