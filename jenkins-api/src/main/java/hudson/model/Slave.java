// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/Slave.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: the members needing remoting or FilePath/Launcher (createLauncher, getWorkspaceFor, getRootPath,
// getWorkspaceRoot, getClockDifferenceCallable, JnlpJar), the removed userId accessors, and the descriptor's
// Jelly helpers. As upstream, the labels of a node are resolved through the running Jenkins, so a non-empty label
// string needs Jenkins (the three-argument constructor, whose label is empty, does not).
package hudson.model;

import hudson.Util;
import hudson.model.Descriptor.FormException;
import hudson.model.labels.LabelAtom;
import hudson.slaves.ComputerLauncher;
import hudson.slaves.JNLPLauncher;
import hudson.slaves.NodeDescriptor;
import hudson.slaves.NodeProperty;
import hudson.slaves.NodePropertyDescriptor;
import hudson.slaves.RetentionStrategy;
import hudson.slaves.SlaveComputer;
import hudson.util.DescribableList;
import hudson.util.FormValidation;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/** An agent: a node other than the built-in one. */
public abstract class Slave extends Node implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Name of this agent. */
    protected String name;

    private String description;

    /** Root directory of the agent's files on the agent machine. */
    protected final String remoteFS;

    private int numExecutors = 1;

    private Mode mode = Mode.NORMAL;

    private RetentionStrategy retentionStrategy;

    private ComputerLauncher launcher;

    private String label = "";

    private DescribableList<NodeProperty<?>, NodePropertyDescriptor> nodeProperties = new DescribableList<>(this);

    private transient Set<LabelAtom> labelAtomSet;

    /** Use the three-argument constructor and the setters. */
    @Deprecated
    @SuppressWarnings("rawtypes")
    protected Slave(String name, String nodeDescription, String remoteFS, String numExecutors,
            Mode mode, String labelString, ComputerLauncher launcher, RetentionStrategy retentionStrategy,
            List<? extends NodeProperty<?>> nodeProperties) throws FormException, IOException {
        this(name, nodeDescription, remoteFS, Util.tryParseNumber(numExecutors, 1).intValue(), mode, labelString,
                launcher, retentionStrategy, nodeProperties);
    }

    @Deprecated
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected Slave(String name, String nodeDescription, String remoteFS, int numExecutors,
            Mode mode, String labelString, ComputerLauncher launcher, RetentionStrategy retentionStrategy)
            throws FormException, IOException {
        this(name, nodeDescription, remoteFS, numExecutors, mode, labelString, launcher, retentionStrategy, new ArrayList());
    }

    /** The current constructor: name, remote root directory, launcher; the rest through setters. */
    protected Slave(String name, String remoteFS, ComputerLauncher launcher) throws FormException, IOException {
        this.name = name;
        this.remoteFS = remoteFS;
        this.launcher = launcher;
        this.labelAtomSet = Collections.unmodifiableSet(Label.parse(label));
    }

    @Deprecated
    @SuppressWarnings("rawtypes")
    protected Slave(String name, String nodeDescription, String remoteFS, int numExecutors,
            Mode mode, String labelString, ComputerLauncher launcher, RetentionStrategy retentionStrategy,
            List<? extends NodeProperty<?>> nodeProperties) throws FormException, IOException {
        this.name = name;
        this.description = nodeDescription;
        this.numExecutors = numExecutors;
        this.mode = mode;
        this.remoteFS = Util.fixNull(remoteFS).trim();
        _setLabelString(labelString);
        this.launcher = launcher;
        this.retentionStrategy = retentionStrategy;
        getAssignedLabels();
        this.nodeProperties.replaceBy(nodeProperties);
        if (name.isEmpty()) {
            throw new FormException("Invalid agent configuration. Name is empty", null);
        }
        if (this.numExecutors <= 0) {
            throw new FormException("Invalid agent configuration for " + name + ". Invalid number of executors.", null);
        }
    }

    /** The launcher; an inbound (JNLP) launcher if none was set. */
    public ComputerLauncher getLauncher() {
        return launcher == null ? new JNLPLauncher() : launcher;
    }

    @Override
    @Deprecated
    public void save() throws IOException {
        super.save();
    }

    public void setLauncher(ComputerLauncher launcher) {
        this.launcher = launcher;
    }

    public String getRemoteFS() {
        return remoteFS;
    }

    @Override
    public String getNodeName() {
        return name;
    }

    @Override
    public String toString() {
        return getClass().getName() + "[" + name + "]";
    }

    @Override
    public void setNodeName(String name) {
        this.name = name;
    }

    @DataBoundSetter
    public void setNodeDescription(String value) {
        this.description = value;
    }

    @Override
    public String getNodeDescription() {
        return description;
    }

    @Override
    public int getNumExecutors() {
        return numExecutors;
    }

    @DataBoundSetter
    public void setNumExecutors(int n) {
        this.numExecutors = n;
    }

    @Override
    public Mode getMode() {
        return mode;
    }

    @DataBoundSetter
    public void setMode(Mode mode) {
        this.mode = mode;
    }

    @Override
    public DescribableList<NodeProperty<?>, NodePropertyDescriptor> getNodeProperties() {
        return nodeProperties;
    }

    @DataBoundSetter
    public void setNodeProperties(List<? extends NodeProperty<?>> properties) throws IOException {
        if (nodeProperties == null) {
            nodeProperties = new DescribableList<>(this);
        }
        nodeProperties.replaceBy(properties);
    }

    /** The retention strategy; {@link RetentionStrategy#INSTANCE} ("always") if none was set. */
    @SuppressWarnings("rawtypes")
    public RetentionStrategy getRetentionStrategy() {
        return retentionStrategy == null ? RetentionStrategy.INSTANCE : retentionStrategy;
    }

    @DataBoundSetter
    @SuppressWarnings("rawtypes")
    public void setRetentionStrategy(RetentionStrategy availabilityStrategy) {
        this.retentionStrategy = availabilityStrategy;
    }

    @Override
    public String getLabelString() {
        return Util.fixNull(label).trim();
    }

    @Override
    @DataBoundSetter
    public void setLabelString(String labelString) throws IOException {
        _setLabelString(labelString);
        getAssignedLabels();
    }

    private void _setLabelString(String labelString) {
        this.label = Util.fixNull(labelString).trim();
        this.labelAtomSet = Collections.unmodifiableSet(Label.parse(label));
    }

    @Override
    protected Set<LabelAtom> getLabelAtomSet() {
        if (labelAtomSet == null) {
            this.labelAtomSet = Collections.unmodifiableSet(Label.parse(label));
        }
        return labelAtomSet;
    }

    @Override
    public Computer createComputer() {
        return new SlaveComputer(this);
    }

    /** The computer of this agent in the running Jenkins, or null. */
    public SlaveComputer getComputer() {
        return (SlaveComputer) toComputer();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        final Slave that = (Slave) o;
        return name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    protected Object readResolve() {
        if (nodeProperties == null) {
            nodeProperties = new DescribableList<>(this);
        }
        _setLabelString(label);
        return this;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SlaveDescriptor getDescriptor() {
        Descriptor d = Jenkins.get().getDescriptorOrDie(getClass());
        if (d instanceof SlaveDescriptor) {
            return (SlaveDescriptor) d;
        }
        throw new IllegalStateException(d.getClass() + " needs to extend from SlaveDescriptor");
    }

    /** Descriptor of agent types. */
    public abstract static class SlaveDescriptor extends NodeDescriptor {
        public FormValidation doCheckNumExecutors(@QueryParameter String value) {
            return FormValidation.validatePositiveInteger(value);
        }

        /** Syntax check of the remote root directory. */
        public FormValidation doCheckRemoteFS(@QueryParameter String value) throws IOException {
            if (Util.fixEmptyAndTrim(value) == null) {
                return FormValidation.error("Remote directory is mandatory");
            }
            if (value.startsWith("\\\\") || value.startsWith("/net/")) {
                return FormValidation.warning("Are you sure you want to use network mounted file system for FS root? "
                        + "Note that this directory does not need to be visible to the controller.");
            }
            if (Util.isRelativePath(value)) {
                return FormValidation.warning("Are you sure you want to use a relative path for the FS root? Note that "
                        + "relative paths require that you can assure that the selected launcher provides a consistent "
                        + "current working directory. Using an absolute path is highly recommended.");
            }
            return FormValidation.ok();
        }
    }
}
