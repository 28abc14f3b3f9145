// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/slaves/Cloud.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: getUrl/getSearchUrl, icon getters, Stapler web methods (doDoDelete, doConfigSubmit, reconfigure),
// all() (DescriptorExtensionList), the deprecated ALL and the registerPermissions initializer.
// The deprecated Label-based provision/canProvision and the CloudState-based ones delegate to each other as
// upstream: override exactly one of each pair (the CloudState ones), or calls end in AbstractMethodError.
package hudson.slaves;

import hudson.ExtensionPoint;
import hudson.Util;
import hudson.model.Actionable;
import hudson.model.Computer;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Label;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import hudson.security.PermissionScope;
import hudson.slaves.NodeProvisioner.PlannedNode;
import java.util.Collection;
import java.util.Locale;
import jenkins.model.Jenkins;
import org.jvnet.localizer.Localizable;

/** Creates agents on demand (VMs, containers, pods) for the labels it can serve. */
public abstract class Cloud extends Actionable implements ExtensionPoint, Describable<Cloud>, AccessControlled {
    /** Unique name of this cloud among the clouds of Jenkins. */
    public String name;

    protected Cloud(String name) {
        this.name = validateNotEmpty(name);
    }

    private static String validateNotEmpty(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("Cloud must have a unique non-empty name.");
        }
        return name;
    }

    @Override
    public String getDisplayName() {
        return name;
    }

    /** The running Jenkins' ACL for this cloud. */
    @Override
    public ACL getACL() {
        Jenkins.get();
        throw new UnsupportedOperationException("stand-in: authorization strategies are not mirrored");
    }

    /** Use {@link #provision(CloudState, int)}. */
    @Deprecated
    public Collection<PlannedNode> provision(Label label, int excessWorkload) {
        return Util.ifOverridden(() -> provision(new CloudState(label, 0), excessWorkload),
                Cloud.class, getClass(), "provision", CloudState.class, int.class);
    }

    /**
     * Starts provisioning agents for the state's label. Returns at once with one {@link PlannedNode} per agent being
     * made (each completing when its node is ready to be added to Jenkins).
     *
     * @param excessWorkload how many executors are wanted; the plan may bring more or fewer
     */
    public Collection<PlannedNode> provision(CloudState state, int excessWorkload) {
        return provision(state.getLabel(), excessWorkload);
    }

    /** Use {@link #canProvision(CloudState)}. */
    @Deprecated
    public boolean canProvision(Label label) {
        return Util.ifOverridden(() -> canProvision(new CloudState(label, 0)),
                Cloud.class, getClass(), "canProvision", CloudState.class);
    }

    /** Whether this cloud can provision agents for the state's label (null label: jobs without one). */
    public boolean canProvision(CloudState state) {
        return canProvision(state.getLabel());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Descriptor<Cloud> getDescriptor() {
        return Jenkins.get().getDescriptorOrDie(getClass());
    }

    private static final PermissionScope PERMISSION_SCOPE = new PermissionScope(Cloud.class, PermissionScope.JENKINS);

    /** Permission to provision nodes by hand. */
    public static final Permission PROVISION = new Permission(
            Computer.PERMISSIONS, "Provision", text("Provision new nodes"), Jenkins.ADMINISTER, PERMISSION_SCOPE);

    private static Localizable text(String english) {
        return new Localizable(null, english) {
            @Override
            public String toString(Locale locale) {
                return english;
            }
        };
    }

    /** What NodeProvisioner knows when it asks a cloud to provision. */
    public static final class CloudState {
        private final Label label;

        private final int additionalPlannedCapacity;

        public CloudState(Label label, int additionalPlannedCapacity) {
            this.label = label;
            this.additionalPlannedCapacity = additionalPlannedCapacity;
        }

        /** The label to provision for; null for jobs without a label. */
        public Label getLabel() {
            return label;
        }

        /** Capacity already planned by earlier strategies in this provisioning round. */
        public int getAdditionalPlannedCapacity() {
            return additionalPlannedCapacity;
        }
    }
}
