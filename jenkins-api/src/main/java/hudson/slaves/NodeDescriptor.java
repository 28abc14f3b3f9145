// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/slaves/NodeDescriptor.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: handleNewNodePage and getConfigPage (Stapler views), doCheckName (Jenkins.checkGoodName's Failure), all()
// and allInstantiable (DescriptorExtensionList), the deprecated ALL.
package hudson.slaves;

import hudson.model.Descriptor;
import hudson.model.Node;

/** Descriptor of {@link Node} types. */
public abstract class NodeDescriptor extends Descriptor<Node> {
    protected NodeDescriptor(Class<? extends Node> clazz) {
        super(clazz);
    }

    protected NodeDescriptor() {
    }

    /** Whether users can create nodes of this type from the UI (false for cloud agents, typically). */
    public boolean isInstantiable() {
        return true;
    }

    /** Jelly page shown when creating a node of this type. */
    public final String newInstanceDetailPage() {
        return '/' + clazz.getName().replace('.', '/').replace('$', '/') + "/newInstanceDetail.jelly";
    }
}
