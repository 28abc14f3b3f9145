// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/slaves/EphemeralNode.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package hudson.slaves;

import hudson.model.Node;

/** A node that is not persisted: it is gone after a restart of Jenkins. */
public interface EphemeralNode {
    /** This node. */
    Node asNode();
}
