// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/security/ACL.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: Acegi overloads, create-permission checks (need TopLevelItemDescriptor / ViewGroup), Sid constants
// (EVERYONE, ANONYMOUS need Spring ACL types), the deprecated impersonate methods, as(User).
package hudson.security;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/** Decides which permissions an authentication has on an object. */
public abstract class ACL {
    /** Throws {@link AccessDeniedException3} unless the current user has the permission. */
    public final void checkPermission(Permission p) {
        Authentication a = Jenkins.getAuthentication2();
        if (a.equals(SYSTEM2)) {
            return;
        }
        if (!hasPermission2(a, p)) {
            while (!p.enabled && p.impliedBy != null) {
                p = p.impliedBy;
            }
            throw new AccessDeniedException3(a, p);
        }
    }

    /** Throws unless the current user has at least one of the permissions. */
    public final void checkAnyPermission(Permission... permissions) {
        if (permissions.length == 0) {
            throw new IllegalArgumentException("At least one permission must be provided");
        }
        boolean failed = !hasAnyPermission(permissions);
        Authentication authentication = Jenkins.getAuthentication2();
        if (failed) {
            Set<Permission> enabledPermissions = new LinkedHashSet<>();
            for (Permission p : permissions) {
                while (!p.enabled && p.impliedBy != null) {
                    p = p.impliedBy;
                }
                enabledPermissions.add(p);
            }
            String permissionsDisplayName = enabledPermissions.stream()
                    .map(p -> p.group.title + "/" + p.name)
                    .collect(Collectors.joining(", "));
            String errorMessage = enabledPermissions.size() == 1
                    ? authentication.getName() + " is missing the " + permissionsDisplayName + " permission"
                    : authentication.getName() + " is missing a permission, one of " + permissionsDisplayName + " is required";
            throw new AccessDeniedException(errorMessage);
        }
    }

    /** Whether the current user has the permission. */
    public final boolean hasPermission(Permission p) {
        Authentication a = Jenkins.getAuthentication2();
        if (a.equals(SYSTEM2)) {
            return true;
        }
        return hasPermission2(a, p);
    }

    /** Whether the current user has at least one of the permissions. */
    public final boolean hasAnyPermission(Permission... permissions) {
        if (permissions.length == 0) {
            throw new IllegalArgumentException("At least one permission must be provided");
        }
        Authentication a = Jenkins.getAuthentication2();
        if (a.equals(SYSTEM2)) {
            return true;
        }
        for (Permission permission : permissions) {
            if (hasPermission(permission)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code a} has the permission; implementations override this. */
    public boolean hasPermission2(Authentication a, Permission permission) {
        throw new AbstractMethodError("implement hasPermission2");
    }

    /** An ACL from a lambda implementing {@link #hasPermission2}. */
    public static ACL lambda2(final BiFunction<Authentication, Permission, Boolean> impl) {
        return new ACL() {
            @Override
            public boolean hasPermission2(Authentication a, Permission permission) {
                return impl.apply(a, permission);
            }
        };
    }

    @Restricted(NoExternalUse.class)
    public static final String ANONYMOUS_USERNAME = "anonymous";

    @Restricted(NoExternalUse.class)
    public static final String SYSTEM_USERNAME = "SYSTEM";

    /** The identity Jenkins itself acts under; has every permission. */
    public static final Authentication SYSTEM2 = new UsernamePasswordAuthenticationToken(SYSTEM_USERNAME, "SYSTEM");

    /**
     * Runs the following code as {@code auth} until the returned context is closed:
     * {@code try (ACLContext ctx = ACL.as2(ACL.SYSTEM2)) { ... }}.
     */
    public static ACLContext as2(Authentication auth) {
        final ACLContext context = new ACLContext(SecurityContextHolder.getContext());
        SecurityContextHolder.setContext(new SecurityContextImpl(auth));
        return context;
    }

    /** Whether the authentication is anonymous. */
    public static boolean isAnonymous2(Authentication authentication) {
        return authentication instanceof AnonymousAuthenticationToken;
    }
}
