// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/ModelObject.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package hudson.model;

/** An object with a human-readable name. */
public interface ModelObject {
    String getDisplayName();
}
