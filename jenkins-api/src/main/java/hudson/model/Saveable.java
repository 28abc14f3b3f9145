// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/Saveable.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package hudson.model;

import java.io.IOException;

/** An object that can persist itself. */
public interface Saveable {
    /** Persists the state of this object. */
    void save() throws IOException;

    /** Does nothing. */
    Saveable NOOP = () -> {
    };
}
