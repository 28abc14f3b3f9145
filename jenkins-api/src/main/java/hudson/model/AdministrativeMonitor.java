// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/AdministrativeMonitor.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: doDisable and getTarget (Stapler; upstream implements StaplerProxy). Subclasses add their own web
// methods (conventionally doAct) with Stapler types, which this stand-in does not mirror.
package hudson.model;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.ExtensionPoint.LegacyInstancesAreScopedToHudson;
import hudson.security.Permission;
import java.io.IOException;
import java.util.Set;
import jenkins.model.Jenkins;

/** A notice shown to administrators (on the Manage Jenkins page and in the header) while {@link #isActivated()}. */
@LegacyInstancesAreScopedToHudson
public abstract class AdministrativeMonitor extends AbstractModelObject implements ExtensionPoint {
    /** Unique id of this monitor (its class name by default). */
    public final String id;

    protected AdministrativeMonitor(String id) {
        this.id = id;
    }

    protected AdministrativeMonitor() {
        this.id = this.getClass().getName();
    }

    /** URL of this monitor, relative to the context root. */
    public String getUrl() {
        return "administrativeMonitor/" + id;
    }

    @Override
    public String getDisplayName() {
        return id;
    }

    /** Dismisses (true) or restores (false) this monitor; saved in the running Jenkins' configuration. */
    public void disable(boolean value) throws IOException {
        Jenkins jenkins = Jenkins.get();
        Set<String> set = jenkins.getDisabledAdministrativeMonitors();
        if (value) {
            set.add(id);
        } else {
            set.remove(id);
        }
        jenkins.setDisabledAdministrativeMonitors(set);
        jenkins.save();
    }

    /** Whether the administrator has not dismissed this monitor. */
    public boolean isEnabled() {
        return !Jenkins.get().getDisabledAdministrativeMonitors().contains(id);
    }

    /** Whether there is something to show; called while pages render, so it must be cheap. */
    public abstract boolean isActivated();

    /** Whether this is a security warning (shown separately). */
    public boolean isSecurity() {
        return false;
    }

    /** The permission needed to see this monitor; Overall/Administer by default. */
    @Deprecated
    public Permission getRequiredPermission() {
        return Jenkins.ADMINISTER;
    }

    public void checkRequiredPermission() {
        Jenkins.get().checkPermission(getRequiredPermission());
    }

    public boolean hasRequiredPermission() {
        return Jenkins.get().hasPermission(getRequiredPermission());
    }

    /** Whether the current user may see any monitor. */
    public static boolean hasPermissionToDisplay() {
        return Jenkins.get().hasAnyPermission(Jenkins.SYSTEM_READ, Jenkins.MANAGE);
    }

    public static ExtensionList<AdministrativeMonitor> all() {
        return ExtensionList.lookup(AdministrativeMonitor.class);
    }
}
