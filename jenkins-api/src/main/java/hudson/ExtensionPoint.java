// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/ExtensionPoint.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package hudson;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marker interface of extension points. */
public interface ExtensionPoint {
    /** Put on an extension point whose legacy (manually added) instances are scoped to the Jenkins instance. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface LegacyInstancesAreScopedToHudson {}
}
