// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/security/AccessDeniedException3.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied. Left out: reportAsHeaders and report (servlet response, page output).
package hudson.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** Access denied because an authentication lacks a permission. */
public class AccessDeniedException3 extends AccessDeniedException {
    /** Who was denied. */
    public final Authentication authentication;

    /** The missing permission. */
    public final Permission permission;

    public AccessDeniedException3(Authentication authentication, Permission permission) {
        this(null, authentication, permission);
    }

    public AccessDeniedException3(Throwable t, Authentication authentication, Permission permission) {
        super(authentication.getName() + " is missing the " + permission.group.title + "/" + permission.name + " permission", t);
        this.authentication = authentication;
        this.permission = permission;
    }
}
