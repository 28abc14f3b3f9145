// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/Item.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Only the naming members are mirrored; Item's other abstract members (getAllJobs, getShortUrl, onLoad,
// onCopiedFrom, delete) and its Permission constants are left out. Upstream also extends SearchableModelObject and
// OnMaster.
package hudson.model;

import hudson.security.AccessControlled;
import java.io.IOException;

/** A configurable item (job, folder, ...) in Jenkins' item tree. */
public interface Item extends PersistenceRoot, ModelObject, AccessControlled {
    /** The group this item lives in. */
    ItemGroup<? extends Item> getParent();

    /** Short name, unique within the parent. */
    String getName();

    /** Slash-separated name from the root, such as {@code folder/job}. */
    String getFullName();

    @Override
    String getDisplayName();

    /** Display names from the root, separated by " » ". */
    String getFullDisplayName();

    /** URL relative to the context root, ending with a slash. */
    String getUrl();

    @Override
    void save() throws IOException;
}
