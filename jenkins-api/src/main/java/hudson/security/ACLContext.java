// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/security/ACLContext.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied. Left out: the deprecated Acegi getPreviousContext.
package hudson.security;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Restores the previous security context when closed; see {@link ACL#as2}. */
public class ACLContext implements AutoCloseable {
    private final SecurityContext previousContext;

    ACLContext(SecurityContext previousContext) {
        this.previousContext = previousContext;
    }

    /** The context that was in effect before. */
    public SecurityContext getPreviousContext2() {
        return previousContext;
    }

    @Override
    public void close() {
        SecurityContextHolder.setContext(previousContext);
    }
}
