// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/AbstractModelObject.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Upstream implements SearchableModelObject (search index, sendError helpers with servlet types); here only its
// ModelObject side and getSearchName are mirrored.
package hudson.model;

/** Base of model objects. */
public abstract class AbstractModelObject implements ModelObject {
    /** Name used by the search box; the display name by default. */
    public String getSearchName() {
        return getDisplayName();
    }
}
