// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/Action.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package hudson.model;

/** Something attached to a model object ({@link Actionable}), often shown as a link in its side panel. */
public interface Action extends ModelObject {
    /** Icon of the link, or null to show no link. */
    String getIconFileName();

    @Override
    String getDisplayName();

    /** URL path segment of the action, or null. */
    String getUrlName();
}
