// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/PersistenceRoot.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package hudson.model;

import java.io.File;

/** A {@link Saveable} that has its own directory. */
public interface PersistenceRoot extends Saveable {
    /** The directory this object persists into. */
    File getRootDir();
}
