// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/slaves/NodeProperty.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: canTake (CauseOfBlockage of queue items), setUp (AbstractBuild/Launcher/BuildListener), reconfigure
// (form binding), all() and for_ (DescriptorExtensionList). Upstream implements ReconfigurableDescribable.
package hudson.slaves;

import hudson.EnvVars;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Node;
import hudson.model.TaskListener;
import java.io.IOException;
import jenkins.model.Jenkins;

/** Extra configuration of a {@link Node}, such as environment variables. */
public abstract class NodeProperty<N extends Node> implements Describable<NodeProperty<?>>, ExtensionPoint {
    /** The node this property is attached to. */
    protected transient N node;

    protected void setNode(N node) {
        this.node = node;
    }

    @Override
    public NodePropertyDescriptor getDescriptor() {
        return (NodePropertyDescriptor) Jenkins.get().getDescriptorOrDie(getClass());
    }

    /** Adds this property's variables to the environment of builds on the node. */
    public void buildEnvVars(EnvVars env, TaskListener listener) throws IOException, InterruptedException {
    }
}
