// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/security/AccessControlled.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied. Left out: the deprecated Acegi overload of hasPermission.
package hudson.security;

import jenkins.model.Jenkins;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** An object protected by an {@link ACL}. */
public interface AccessControlled {
    /** The access control list of this object. */
    ACL getACL();

    /** Throws unless the current user has the permission; SYSTEM always passes. */
    default void checkPermission(Permission permission) throws AccessDeniedException {
        if (Jenkins.getAuthentication2().equals(ACL.SYSTEM2)) {
            return;
        }
        getACL().checkPermission(permission);
    }

    /** Throws unless the current user has at least one of the permissions. */
    default void checkAnyPermission(Permission... permission) throws AccessDeniedException {
        getACL().checkAnyPermission(permission);
    }

    /** Whether the current user has the permission; SYSTEM always has. */
    default boolean hasPermission(Permission permission) {
        if (Jenkins.getAuthentication2().equals(ACL.SYSTEM2)) {
            return true;
        }
        return getACL().hasPermission(permission);
    }

    /** Whether the current user has at least one of the permissions. */
    default boolean hasAnyPermission(Permission... permission) {
        return getACL().hasAnyPermission(permission);
    }

    /** Whether the given authentication has the permission. */
    default boolean hasPermission2(Authentication a, Permission permission) {
        if (a.equals(ACL.SYSTEM2)) {
            return true;
        }
        return getACL().hasPermission2(a, permission);
    }
}
