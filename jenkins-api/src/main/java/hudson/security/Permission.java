// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/security/Permission.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Deviation: the Overall group's owner is hudson.model.Hudson upstream (a deprecated subclass of Jenkins that is not
// mirrored, as its constructors need servlet and reactor types); here its owner field is Jenkins.class while ids keep
// upstream's text ("hudson.model.Hudson.Administer"). Descriptions of the built-in permissions are null (no message
// bundles here). Left out: fromId (needs the plugin manager's class loader).
package hudson.security;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.lang.model.SourceVersion;
import jenkins.model.Jenkins;
import org.jvnet.localizer.Localizable;

/** A permission, such as Overall/Administer. */
public final class Permission {
    public static final Comparator<Permission> ID_COMPARATOR = Comparator.comparing(Permission::getId);

    /** The class that owns the group of this permission. */
    public final Class owner;

    public final PermissionGroup group;

    private final String id;

    /** Short name, unique within the group, such as "Administer". */
    public final String name;

    /** Human-readable description, or null. */
    public final Localizable description;

    /** The permission that implies this one, or null. */
    public final Permission impliedBy;

    /** Whether the permission is enabled (disabled ones are implied by {@link #impliedBy}). */
    public boolean enabled;

    private final Set<PermissionScope> scopes;

    public Permission(PermissionGroup group, String name,
            Localizable description, Permission impliedBy, boolean enable,
            PermissionScope[] scopes) throws IllegalStateException {
        if (!SourceVersion.isIdentifier(name)) {
            throw new IllegalArgumentException(name + " is not a Java identifier");
        }
        this.owner = group.owner;
        this.group = group;
        this.name = name;
        this.description = description;
        this.impliedBy = impliedBy;
        this.enabled = enable;
        this.scopes = Set.of(scopes);
        this.id = group.getOwnerClassName() + '.' + name;
        group.add(this);
        ALL.add(this);
    }

    public Permission(PermissionGroup group, String name,
            Localizable description, Permission impliedBy, PermissionScope scope) {
        this(group, name, description, impliedBy, true, new PermissionScope[] {scope});
    }

    @Deprecated
    public Permission(PermissionGroup group, String name, Localizable description, Permission impliedBy, boolean enable) {
        this(group, name, description, impliedBy, enable, new PermissionScope[] {PermissionScope.JENKINS});
    }

    @Deprecated
    public Permission(PermissionGroup group, String name, Localizable description, Permission impliedBy) {
        this(group, name, description, impliedBy, PermissionScope.JENKINS);
    }

    @Deprecated
    public Permission(PermissionGroup group, String name, Permission impliedBy) {
        this(group, name, null, impliedBy);
    }

    /** Whether this permission applies to the given scope or one inside it. */
    public boolean isContainedBy(PermissionScope s) {
        for (PermissionScope c : scopes) {
            if (c.isContainedBy(s)) {
                return true;
            }
        }
        return false;
    }

    /** The id, "owner class name.name", such as "hudson.model.Hudson.Administer". */
    public String getId() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Permission && getId().equals(((Permission) o).getId());
    }

    @Override
    public int hashCode() {
        return getId().hashCode();
    }

    @Override
    public String toString() {
        return "Permission[" + owner + ',' + name + ']';
    }

    public void setEnabled(boolean enable) {
        enabled = enable;
    }

    public boolean getEnabled() {
        return enabled;
    }

    /** All permissions created so far. */
    public static List<Permission> getAll() {
        return ALL_VIEW;
    }

    private static final List<Permission> ALL = new CopyOnWriteArrayList<>();

    private static final List<Permission> ALL_VIEW = Collections.unmodifiableList(ALL);

    /** The Overall group ("hudson.model.Hudson" upstream; see the header of this file). */
    @Deprecated
    public static final PermissionGroup HUDSON_PERMISSIONS =
            new PermissionGroup("Overall", Jenkins.class, "hudson.model.Hudson", PermissionGroup.text("Overall"));

    /** Overall/Administer: everything. Use {@link Jenkins#ADMINISTER}. */
    @Deprecated
    public static final Permission HUDSON_ADMINISTER = new Permission(HUDSON_PERMISSIONS, "Administer", null, null);

    /** Group of the generic permissions below. */
    public static final PermissionGroup GROUP = new PermissionGroup(Permission.class, PermissionGroup.text("N/A"));

    @Deprecated
    public static final Permission FULL_CONTROL = new Permission(GROUP, "FullControl", null, HUDSON_ADMINISTER);

    public static final Permission READ = new Permission(GROUP, "GenericRead", null, HUDSON_ADMINISTER);

    public static final Permission WRITE = new Permission(GROUP, "GenericWrite", null, HUDSON_ADMINISTER);

    public static final Permission CREATE = new Permission(GROUP, "GenericCreate", null, WRITE);

    public static final Permission UPDATE = new Permission(GROUP, "GenericUpdate", null, WRITE);

    public static final Permission DELETE = new Permission(GROUP, "GenericDelete", null, WRITE);

    public static final Permission CONFIGURE = new Permission(GROUP, "GenericConfigure", null, UPDATE);
}
