// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/slaves/NodePropertyDescriptor.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package hudson.slaves;

import hudson.model.Node;
import hudson.tools.PropertyDescriptor;
import jenkins.model.Jenkins;

/** Descriptor of {@link NodeProperty} types. */
public abstract class NodePropertyDescriptor extends PropertyDescriptor<NodeProperty<?>, Node> {
    protected NodePropertyDescriptor(Class<? extends NodeProperty<?>> clazz) {
        super(clazz);
    }

    protected NodePropertyDescriptor() {
    }

    /** Whether the property may also be set globally (upstream tests applicability to the Jenkins class). */
    public boolean isApplicableAsGlobal() {
        Jenkins.get();
        throw new UnsupportedOperationException("stand-in: needs the running Jenkins");
    }
}
