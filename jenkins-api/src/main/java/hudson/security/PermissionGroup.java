// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/security/PermissionGroup.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: hasPermissionContainedBy (PermissionScope is not mirrored).
package hudson.security;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jvnet.localizer.Localizable;

/** A group of {@link Permission}s owned by one class. */
public final class PermissionGroup implements Iterable<Permission>, Comparable<PermissionGroup> {
    private final SortedSet<Permission> permissions = new TreeSet<>(Permission.ID_COMPARATOR);

    /** The class that owns this group. */
    public final Class owner;

    /** Human-readable title. */
    public final Localizable title;

    private final String id;

    /** The stand-in's owner class name for ids (differs from {@code owner} only for Overall, see Permission). */
    private final String ownerClassName;

    public PermissionGroup(Class owner, Localizable title) throws IllegalStateException {
        this(title.toString(Locale.ENGLISH), owner, title);
    }

    public PermissionGroup(String id, Class owner, Localizable title) throws IllegalStateException {
        this(id, owner, owner.getName(), title);
    }

    PermissionGroup(String id, Class owner, String ownerClassName, Localizable title) {
        this.owner = owner;
        this.title = title;
        this.id = id;
        this.ownerClassName = ownerClassName;
        register(this);
    }

    public String getId() {
        return id;
    }

    public String getOwnerClassName() {
        return ownerClassName;
    }

    @Override
    public Iterator<Permission> iterator() {
        return getPermissions().iterator();
    }

    synchronized void add(Permission p) {
        if (!permissions.add(p)) {
            throw new IllegalStateException("attempt to register a second Permission for " + p.getId());
        }
    }

    /** The permissions of this group, in id order. */
    public synchronized List<Permission> getPermissions() {
        return new ArrayList<>(permissions);
    }

    /** The permission of this group with the given name, or null. */
    public synchronized Permission find(String name) {
        for (Permission p : permissions) {
            if (p.name.equals(name)) {
                return p;
            }
        }
        return null;
    }

    @Override
    public int compareTo(PermissionGroup that) {
        int r = this.compareOrder() - that.compareOrder();
        if (r != 0) {
            return r;
        }
        return getOwnerClassName().compareTo(that.getOwnerClassName());
    }

    private int compareOrder() {
        return "hudson.model.Hudson".equals(ownerClassName) ? 0 : 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PermissionGroup && getOwnerClassName().equals(((PermissionGroup) o).getOwnerClassName());
    }

    @Override
    public int hashCode() {
        return getOwnerClassName().hashCode();
    }

    public synchronized int size() {
        return permissions.size();
    }

    @Override
    public String toString() {
        return "PermissionGroup[" + getOwnerClassName() + "]";
    }

    private static synchronized void register(PermissionGroup g) {
        if (!PERMISSIONS.add(g)) {
            throw new IllegalStateException("attempt to register a second PermissionGroup for " + g.getOwnerClassName());
        }
    }

    /** All registered groups, in order. */
    public static synchronized List<PermissionGroup> getAll() {
        return new ArrayList<>(PERMISSIONS);
    }

    /** The group owned by the given class, or null. */
    public static synchronized PermissionGroup get(Class owner) {
        for (PermissionGroup g : PERMISSIONS) {
            if (g.owner == owner) {
                return g;
            }
        }
        return null;
    }

    private static final SortedSet<PermissionGroup> PERMISSIONS = new TreeSet<>();

    /** A fixed English text as a Localizable (the stand-in carries no message bundles). */
    static Localizable text(String english) {
        return new Localizable(null, english) {
            @Override
            public String toString(Locale locale) {
                return english;
            }
        };
    }
}
