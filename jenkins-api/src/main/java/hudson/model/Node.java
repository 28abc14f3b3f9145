// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/Node.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
//
// Upstream's abstract members whose types are not mirrored are left out: createLauncher (hudson.Launcher),
// getWorkspaceFor and getRootPath (hudson.FilePath), getClockDifferenceCallable (remoting Callable); Slave implements
// them all upstream, so subclasses of Slave never see them. Also left out: canTake, getChannel, createPath,
// getLabelCloud, reconfigure (form binding), onLoad(Nodes, String). Upstream implements
// ReconfigurableDescribable<Node> (here Describable<Node>), OnMaster, and PersistenceRoot.
// As upstream: save() does nothing until the node has been loaded into Jenkins' node list (never, here), and the
// self label, assigned labels and toComputer() come from the running Jenkins.
package hudson.model;

import hudson.ExtensionPoint;
import hudson.model.labels.LabelAtom;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.slaves.NodeDescriptor;
import hudson.slaves.NodeProperty;
import hudson.slaves.NodePropertyDescriptor;
import hudson.slaves.OfflineCause;
import hudson.util.DescribableList;
import java.io.File;
import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import jenkins.model.Jenkins;
import org.jvnet.localizer.Localizable;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.accmod.restrictions.ProtectedExternally;

/** A machine that can run builds: the built-in node or an agent. */
public abstract class Node extends AbstractModelObject implements Describable<Node>, ExtensionPoint, AccessControlled, PersistenceRoot {
    /** Set to keep the computer from launching before the node has been saved. */
    protected transient volatile boolean holdOffLaunchUntilSave;

    @Override
    public String getDisplayName() {
        return getNodeName();
    }

    public boolean isHoldOffLaunchUntilSave() {
        return holdOffLaunchUntilSave;
    }

    /** Persists the node; a no-op until it belongs to Jenkins' node list (always, here). */
    @Override
    public void save() throws IOException {
        // upstream: if (parent == null) return; the parent (Nodes) is only set when Jenkins loads the node
    }

    /** Name of the node ("" for the built-in node). */
    public abstract String getNodeName();

    /** Used only when loading a node from disk. */
    @Deprecated
    public abstract void setNodeName(String name);

    public abstract String getNodeDescription();

    public abstract int getNumExecutors();

    public abstract Mode getMode();

    /** The computer of this node in the running Jenkins, or null. */
    public final Computer toComputer() {
        // Upstream asks Jenkins through AbstractCIBase.getComputer(Node), which is package-private there and not
        // mirrored; Jenkins.get() throws first here, as it does upstream when no Jenkins runs.
        Jenkins.get();
        throw new UnsupportedOperationException("stand-in: no Jenkins instance exists here");
    }

    /** Creates the computer for this node; called by Jenkins only. */
    @Restricted(ProtectedExternally.class)
    protected abstract Computer createComputer();

    /** Whether the node accepts new tasks. */
    public boolean isAcceptingTasks() {
        return true;
    }

    boolean isTemporarilyOffline() {
        return temporaryOfflineCause != null;
    }

    private volatile OfflineCause temporaryOfflineCause;

    void setTemporaryOfflineCause(OfflineCause cause) {
        try {
            if (temporaryOfflineCause != cause) {
                temporaryOfflineCause = cause;
                Jenkins.get().updateNode(this);
            }
        } catch (IOException e) {
            // upstream logs and goes on
        }
    }

    /** Why the node is temporarily offline, or null. */
    public OfflineCause getTemporaryOfflineCause() {
        return temporaryOfflineCause;
    }

    /** The atoms of {@link #getLabelString()}. */
    @Restricted(NoExternalUse.class)
    protected Set<LabelAtom> getLabelAtomSet() {
        return Collections.unmodifiableSet(Label.parse(getLabelString()));
    }

    /** Configured labels plus the self label (and, upstream, dynamic labels from LabelFinders). */
    public Set<LabelAtom> getAssignedLabels() {
        Set<LabelAtom> r = new HashSet<>(getLabelAtomSet());
        r.add(getSelfLabel());
        return Collections.unmodifiableSet(r);
    }

    /** Whitespace-separated configured labels. */
    public abstract String getLabelString();

    public void setLabelString(String labelString) throws IOException {
        throw new UnsupportedOperationException();
    }

    /** The atom named after this node. */
    public LabelAtom getSelfLabel() {
        return LabelAtom.get(getNodeName());
    }

    /** Node properties (environment variables, tool locations, ...). */
    public abstract DescribableList<NodeProperty<?>, NodePropertyDescriptor> getNodeProperties();

    /** The first property of a type, or null. */
    @SuppressWarnings("rawtypes")
    public <T extends NodeProperty> T getNodeProperty(Class<T> clazz) {
        for (NodeProperty p : getNodeProperties()) {
            if (clazz.isInstance(p)) {
                return clazz.cast(p);
            }
        }
        return null;
    }

    /** The first property of the named class, or null. */
    @SuppressWarnings("rawtypes")
    public NodeProperty getNodeProperty(String className) {
        for (NodeProperty p : getNodeProperties()) {
            if (p.getClass().getName().equals(className)) {
                return p;
            }
        }
        return null;
    }

    /** The running Jenkins' ACL for this node. */
    @Override
    public ACL getACL() {
        Jenkins.get();
        throw new UnsupportedOperationException("stand-in: authorization strategies are not mirrored");
    }

    @Override
    public abstract NodeDescriptor getDescriptor();

    /** How Jenkins assigns builds to this node. */
    public enum Mode {
        /** Use this node as much as possible. */
        NORMAL(text("Use this node as much as possible")),
        /** Only build jobs with label expressions matching this node. */
        EXCLUSIVE(text("Only build jobs with label expressions matching this node"));

        private final Localizable description;

        public String getDescription() {
            return description.toString();
        }

        public String getName() {
            return name();
        }

        Mode(Localizable description) {
            this.description = description;
        }

        private static Localizable text(String english) {
            return new Localizable(null, english) {
                @Override
                public String toString(Locale locale) {
                    return english;
                }
            };
        }
    }

    /** The node's directory under Jenkins' home; needs the node to be loaded into Jenkins (never, here). */
    @Override
    public File getRootDir() {
        throw new IllegalStateException("no parent set on " + getClass().getName() + "[" + getNodeName() + "]");
    }
}
