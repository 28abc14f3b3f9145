// Stand-in for jenkinsci/jenkins core/src/main/java/jenkins/model/Jenkins.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
//
// There is never a Jenkins instance in this stand-in: getInstanceOrNull() returns null and get() throws
// IllegalStateException with upstream's message, exactly as upstream behaves before Jenkins starts or on an agent.
// Code under test therefore sees what it would see in a plain JVM with the real jenkins-core on the class path.
// Consequently the instance members below can never run; their bodies throw UnsupportedOperationException.
// Descriptions of the permissions are null (no message bundles here).
// Upstream's constructors need servlet, reactor and plugin-manager types; a private one stands in for them.
//
// Hierarchy: upstream is Jenkins extends AbstractCIBase (extends Node) implements
// DirectlyModifiableTopLevelItemGroup, StaplerProxy, ... AccessControlled, ...; here it implements
// ItemGroup<TopLevelItem> (the root of DirectlyModifiableTopLevelItemGroup) and AccessControlled directly.
// The disabled-administrative-monitor accessors are declared in AbstractCIBase upstream; its getComputer(Node) is
// package-private there (hudson.model), so it is left out. The clouds field's declared type upstream is
// Hudson.CloudList, the same class as Jenkins.CloudList (Hudson only inherits it).
package jenkins.model;

import hudson.ExtensionList;
import hudson.model.Computer;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Label;
import hudson.model.Node;
import hudson.model.Queue;
import hudson.model.TopLevelItem;
import hudson.model.ItemGroup;
import hudson.model.labels.LabelAtom;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import hudson.security.PermissionGroup;
import hudson.security.PermissionScope;
import hudson.slaves.Cloud;
import hudson.util.DescribableList;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Root object of a Jenkins controller. */
public class Jenkins implements ItemGroup<TopLevelItem>, AccessControlled {

    /** Active {@link Cloud}s. */
    public final CloudList clouds = new CloudList(this);

    /** List of clouds, persisted with Jenkins' configuration. */
    public static class CloudList extends DescribableList<Cloud, Descriptor<Cloud>> {
        public CloudList(Jenkins h) {
            super(h);
        }

        public CloudList() {
        }

        /** The cloud with the given name, or null. */
        public Cloud getByName(String name) {
            for (Cloud c : this) {
                if (c.name.equals(name)) {
                    return c;
                }
            }
            return null;
        }

        @Override
        protected void onModified() throws IOException {
            super.onModified();
            Jenkins.get().trimLabels();
        }
    }

    private Jenkins() {
        throw new UnsupportedOperationException("stand-in: no Jenkins instance can be created here");
    }

    /**
     * The Jenkins singleton.
     *
     * @throws IllegalStateException when Jenkins is not running (always, in this stand-in)
     */
    public static Jenkins get() throws IllegalStateException {
        Jenkins instance = getInstanceOrNull();
        if (instance == null) {
            throw new IllegalStateException("Jenkins.instance is missing. Read the documentation of Jenkins.getInstanceOrNull to see what you are doing wrong.");
        }
        return instance;
    }

    /** The Jenkins singleton, or null when Jenkins is not running (always, in this stand-in). */
    public static Jenkins getInstanceOrNull() {
        return null;
    }

    /** The authentication of the current thread (set by {@link ACL#as2}); {@link #ANONYMOUS2} if none. */
    public static Authentication getAuthentication2() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null) {
            a = ANONYMOUS2;
        }
        return a;
    }

    private static UnsupportedOperationException noInstance() {
        return new UnsupportedOperationException("stand-in: no Jenkins instance exists here");
    }

    /** The root URL, such as {@code https://ci.example.com/}, or null if not configured. */
    public String getRootUrl() throws IllegalStateException {
        throw noInstance();
    }

    /** Jenkins' home directory. */
    @Override
    public File getRootDir() {
        throw noInstance();
    }

    @Override
    public synchronized void save() throws IOException {
        throw noInstance();
    }

    @Override
    public ACL getACL() {
        throw noInstance();
    }

    /** Ids of administrative monitors the administrator dismissed (declared in AbstractCIBase upstream). */
    public Set<String> getDisabledAdministrativeMonitors() {
        throw noInstance();
    }

    /** Declared in AbstractCIBase upstream. */
    public void setDisabledAdministrativeMonitors(Set<String> disabledAdministrativeMonitors) {
        throw noInstance();
    }

    /** All nodes but the built-in one. */
    public List<Node> getNodes() {
        throw noInstance();
    }

    /** The node with the given name, or null. */
    public Node getNode(String name) {
        throw noInstance();
    }

    /** Adds (or replaces, by name) a node. */
    public void addNode(Node n) throws IOException {
        throw noInstance();
    }

    public void removeNode(Node n) throws IOException {
        throw noInstance();
    }

    /** Saves an existing node's changed configuration; false if the node is not known. */
    public boolean updateNode(Node n) throws IOException {
        throw noInstance();
    }

    /** The computer of the given node name, or null. */
    public Computer getComputer(String name) {
        throw noInstance();
    }

    public Computer[] getComputers() {
        throw noInstance();
    }

    /** The cloud with the given name, or null. */
    public Cloud getCloud(String name) {
        return clouds.getByName(name);
    }

    /** The label for a label expression (a single atom if it does not parse); null for null. */
    public Label getLabel(String expr) {
        throw noInstance();
    }

    /** The label atom of the given name; null for null. */
    public LabelAtom getLabelAtom(String name) {
        throw noInstance();
    }

    /** All labels in use. */
    public Set<Label> getLabels() {
        throw noInstance();
    }

    /** Forgets labels no longer used by any node, cloud or job; package-private, as upstream. */
    void trimLabels() {
        throw noInstance();
    }

    public Queue getQueue() {
        throw noInstance();
    }

    /** A weak identifier of this Jenkins: a digest of its secret key. */
    public String getLegacyInstanceId() {
        throw noInstance();
    }

    /** All extensions of a type. */
    public <T> ExtensionList<T> getExtensionList(Class<T> extensionType) {
        throw noInstance();
    }

    /** The descriptor of a describable class, or null. */
    @SuppressWarnings("rawtypes")
    public Descriptor getDescriptor(Class<? extends Describable> type) {
        throw noInstance();
    }

    /** Like {@link #getDescriptor(Class)} but throws when there is none. */
    @SuppressWarnings("rawtypes")
    public Descriptor getDescriptorOrDie(Class<? extends Describable> type) {
        throw noInstance();
    }

    /** The descriptor instance of the given descriptor class, or null. */
    @SuppressWarnings("rawtypes")
    public <T extends Descriptor> T getDescriptorByType(Class<T> type) {
        throw noInstance();
    }

    @Override
    public String getDisplayName() {
        throw noInstance();
    }

    @Override
    public String getFullName() {
        return "";
    }

    @Override
    public String getFullDisplayName() {
        return "";
    }

    @Override
    public List<TopLevelItem> getItems() {
        throw noInstance();
    }

    @Override
    public String getUrl() {
        return "";
    }

    @Override
    public String getUrlChildPrefix() {
        return "job";
    }

    @Override
    public TopLevelItem getItem(String name) throws AccessDeniedException {
        throw noInstance();
    }

    @Override
    public File getRootDirFor(TopLevelItem child) {
        throw noInstance();
    }

    @Override
    public void onDeleted(TopLevelItem item) throws IOException {
        throw noInstance();
    }

    /** An anonymous authentication, as used when no one is logged in. */
    public static final Authentication ANONYMOUS2 =
            new AnonymousAuthenticationToken("anonymous", "anonymous", Set.of(new SimpleGrantedAuthority("anonymous")));

    /** The Overall permission group. */
    public static final PermissionGroup PERMISSIONS = Permission.HUDSON_PERMISSIONS;

    /** Overall/Administer. */
    public static final Permission ADMINISTER = Permission.HUDSON_ADMINISTER;

    /** Overall/Manage (disabled unless jenkins.security.ManagePermission is true; then implied by Administer). */
    public static final Permission MANAGE = new Permission(PERMISSIONS, "Manage",
            null, ADMINISTER,
            Boolean.getBoolean("jenkins.security.ManagePermission"),
            new PermissionScope[] {PermissionScope.JENKINS});

    /** Overall/SystemRead (disabled unless jenkins.security.SystemReadPermission is true). */
    public static final Permission SYSTEM_READ = new Permission(PERMISSIONS, "SystemRead",
            null, ADMINISTER,
            Boolean.getBoolean("jenkins.security.SystemReadPermission"),
            new PermissionScope[] {PermissionScope.JENKINS});

    /** Overall/Read. */
    public static final Permission READ = new Permission(PERMISSIONS, "Read", null, Permission.READ, PermissionScope.JENKINS);
}
