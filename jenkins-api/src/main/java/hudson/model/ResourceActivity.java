// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/ResourceActivity.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: getResourceList (ResourceList is not mirrored).
package hudson.model;

/** An activity that uses resources (here: only its display name). */
public interface ResourceActivity {
    String getDisplayName();
}
