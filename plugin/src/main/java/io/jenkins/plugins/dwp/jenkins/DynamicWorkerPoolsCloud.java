package io.jenkins.plugins.dwp.jenkins;

import hudson.Extension;
import hudson.Util;
import hudson.model.Descriptor;
import hudson.slaves.Cloud;
import hudson.util.FormValidation;
import io.jenkins.plugins.dwp.config.PoolSet;
import java.time.Clock;
import java.util.Optional;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A cloud that runs every build step on a fresh Kubernetes pod of one of its worker pools, declared
 * in YAML: in a pools file on the controller ({@code poolsFile}) or inline ({@code pools}). Configured
 * in the web UI or with configuration as code:
 *
 * <pre>{@code
 * jenkins:
 *   clouds:
 *     - dynamicWorkerPools:
 *         name: dynamic
 *         poolsFile: /var/jenkins_home/pools.yaml
 * }</pre>
 *
 * <p>This class holds the configuration and keeps the pools in force; provisioning comes with the
 * engine wiring.
 */
public class DynamicWorkerPoolsCloud extends Cloud {

    /** The namespace workers go to unless the cloud or a pool names another. */
    public static final String DEFAULT_NAMESPACE = "jenkins-workers";

    private String namespace = DEFAULT_NAMESPACE;
    private String serverUrl;
    private String credentialsId;
    private String jenkinsUrl;
    private boolean webSocket = true;
    private String poolsFile;
    private String pools;

    /**
     * @param name the cloud's name, unique among the clouds of this Jenkins
     */
    @DataBoundConstructor
    public DynamicWorkerPoolsCloud(String name) {
        super(name);
    }

    /** The namespace workers go to unless a pool names another. */
    public String getNamespace() {
        return namespace == null ? DEFAULT_NAMESPACE : namespace;
    }

    /** Blank means {@value #DEFAULT_NAMESPACE}. */
    @DataBoundSetter
    public void setNamespace(String namespace) {
        String value = Util.fixEmptyAndTrim(namespace);
        this.namespace = value == null ? DEFAULT_NAMESPACE : value;
    }

    /** The Kubernetes API server's URL; null: the cluster Jenkins runs in, or the kubeconfig's current context. */
    public String getServerUrl() {
        return serverUrl;
    }

    @DataBoundSetter
    public void setServerUrl(String serverUrl) {
        this.serverUrl = Util.fixEmptyAndTrim(serverUrl);
    }

    /** The id of the credentials that reach the API server; null: none. */
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = Util.fixEmptyAndTrim(credentialsId);
    }

    /** The URL agents in pods reach Jenkins at; null: Jenkins' own URL from its system configuration. */
    public String getJenkinsUrl() {
        return jenkinsUrl;
    }

    @DataBoundSetter
    public void setJenkinsUrl(String jenkinsUrl) {
        this.jenkinsUrl = Util.fixEmptyAndTrim(jenkinsUrl);
    }

    /** Whether agents connect over WebSocket through the Jenkins URL, rather than to the TCP agent port. */
    public boolean isWebSocket() {
        return webSocket;
    }

    @DataBoundSetter
    public void setWebSocket(boolean webSocket) {
        this.webSocket = webSocket;
    }

    /** The absolute path, on the controller, of the pools file; null: the pools are inline. */
    public String getPoolsFile() {
        return poolsFile;
    }

    @DataBoundSetter
    public void setPoolsFile(String poolsFile) {
        this.poolsFile = Util.fixEmptyAndTrim(poolsFile);
    }

    /** The pools YAML itself, used when no pools file is set; null: none. */
    public String getPools() {
        return pools;
    }

    @DataBoundSetter
    public void setPools(String pools) {
        this.pools = pools == null || pools.isBlank() ? null : pools;
    }

    /**
     * Provisioning comes with the engine wiring; until then this cloud serves no label. Overridden
     * because {@link Cloud}'s two {@code canProvision} methods delegate to each other, so a cloud that
     * overrides neither fails with {@link AbstractMethodError} when Jenkins asks.
     */
    @Override
    public boolean canProvision(CloudState state) {
        return false;
    }

    /**
     * Brings the pools up to date (reading the pools file again only when it changed) and says what is
     * in force and what the newest text's findings are. The last good pools are kept under the cloud's
     * name, so a cloud saved again with pools that do not validate keeps those of the one it replaces.
     * Not a getter, so that no URL reaches it.
     */
    @Restricted(NoExternalUse.class)
    public PoolsConfiguration.Snapshot poolsStatus() {
        return PoolsConfiguration.forCloud(name).refresh(poolsFile, pools);
    }

    /** The pool set in force, if any text has given one. */
    @Restricted(NoExternalUse.class)
    public Optional<PoolSet> poolSet() {
        return poolsStatus().poolSet();
    }

    /** Settings saved before a field existed come back with its default. */
    protected Object readResolve() {
        if (namespace == null) {
            namespace = DEFAULT_NAMESPACE;
        }
        return this;
    }

    /** The cloud's form, checks and "Test Connection" button, and its name in configuration as code. */
    @Extension
    @Symbol("dynamicWorkerPools")
    public static final class DescriptorImpl extends Descriptor<Cloud> {

        @Override
        public String getDisplayName() {
            return Messages.DynamicWorkerPoolsCloud_DisplayName();
        }

        /** The inline pools, as the cloud would load them beside the pools file field's value. */
        @POST
        public FormValidation doCheckPools(@QueryParameter String value, @QueryParameter String poolsFile) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return FormChecks.pools(value, poolsFile, FormChecks.validator(Clock.systemUTC()));
        }

        /** The pools file, read on the controller: only administrators may have files read. */
        @POST
        public FormValidation doCheckPoolsFile(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return FormChecks.poolsFile(value, FormChecks.validator(Clock.systemUTC()));
        }

        @POST
        public FormValidation doCheckNamespace(@QueryParameter String value) {
            return FormChecks.namespace(value);
        }

        @POST
        public FormValidation doCheckServerUrl(@QueryParameter String value) {
            return FormChecks.serverUrl(value);
        }

        @POST
        public FormValidation doCheckJenkinsUrl(@QueryParameter String value) {
            return FormChecks.jenkinsUrl(value);
        }

        /** Lists pods in the namespace, with a short timeout: whether Jenkins can reach and use the cluster. */
        @POST
        public FormValidation doTestConnection(@QueryParameter String serverUrl, @QueryParameter String namespace) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return ConnectionCheck.test(serverUrl, namespace, ConnectionCheck.TIMEOUT);
        }
    }
}
