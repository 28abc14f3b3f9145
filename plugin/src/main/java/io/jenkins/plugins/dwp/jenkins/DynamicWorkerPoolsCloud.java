package io.jenkins.plugins.dwp.jenkins;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.Extension;
import hudson.Util;
import hudson.model.Descriptor;
import hudson.model.Label;
import hudson.model.TaskListener;
import hudson.slaves.Cloud;
import hudson.slaves.NodeProvisioner;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.lease.Lease;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
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
 * <p>This class holds the configuration and answers Jenkins' provisioning questions; the workers
 * themselves come from the cloud's engine ({@link WorkerRuntime}), which outlives this object.
 */
public class DynamicWorkerPoolsCloud extends Cloud {

    private static final Logger LOGGER = Logger.getLogger(DynamicWorkerPoolsCloud.class.getName());

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
     * Whether a pool that can run steps serves the label. (Of {@link Cloud}'s two {@code canProvision}
     * methods, which delegate to each other, this overrides the current one.)
     */
    @Override
    public boolean canProvision(CloudState state) {
        return usablePoolFor(state.getLabel()).isPresent();
    }

    /**
     * One worker per waiting step: each is a lease of the engine, whose pod is being created as
     * Jenkins adds the node; the node's launcher then waits for its agent.
     */
    @Override
    public Collection<NodeProvisioner.PlannedNode> provision(CloudState state, int excessWorkload) {
        List<NodeProvisioner.PlannedNode> planned = new ArrayList<>();
        for (WorkerSession session : requestWorkers(state.getLabel(), excessWorkload)) {
            try {
                WorkerNode node = WorkerNode.labelled(name, session, session.pool().orElseThrow(), webSocket);
                planned.add(new NodeProvisioner.PlannedNode(node.getNodeName(), CompletableFuture.completedFuture(node), 1));
            } catch (Descriptor.FormException | IOException | RuntimeException e) {
                LOGGER.log(Level.WARNING, "cannot make the agent of pod " + session.podName(), e);
                session.release();
            }
        }
        return planned;
    }

    /**
     * Asks the engine for {@code count} workers of the pool serving {@code label}; none when no
     * usable pool serves it or the cluster cannot be reached (Jenkins asks again at its next review).
     */
    @Restricted(NoExternalUse.class)
    public List<WorkerSession> requestWorkers(Label label, int count) {
        Optional<ResolvedPool> pool = usablePoolFor(label);
        if (pool.isEmpty() || count <= 0) {
            return List.of();
        }
        WorkerRuntime runtime;
        try {
            runtime = runtime().orElseThrow();
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "cloud " + name + " cannot start its engine: " + e.getMessage(), e);
            return List.of();
        }
        List<WorkerSession> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sessions.add(runtime.request(pool.get(), label.getExpression()));
        }
        return sessions;
    }

    /**
     * Why steps for {@code label} cannot run here, when the pool serving it cannot run steps (it is
     * pinned to a decommissioned image): the notice, naming the replacement.
     */
    @Restricted(NoExternalUse.class)
    public Optional<String> refusal(Label label) {
        return poolSet().flatMap(set -> PoolForLabel.find(set, label))
                .filter(pool -> !pool.usable())
                .map(pool -> Messages.Step_Unusable(pool.pool().name(),
                        pool.notice().map(notice -> notice.message()).orElse("")));
    }

    /**
     * One reconcile tick: brings the pools up to date (re-reading a changed pools file), starts the
     * engine if it does not run yet, so that after a restart the pods still there are adopted and
     * reaped by the rules, and lets it reap.
     */
    @Restricted(NoExternalUse.class)
    public void reconcile(TaskListener listener) {
        try {
            runtime().ifPresent(WorkerRuntime::tick);
        } catch (RuntimeException e) {
            listener.error("cloud " + name + ": " + e.getMessage());
        }
    }

    /**
     * This cloud's engine, up to date with its pools and connection, started if it does not run;
     * empty while no pools text has given a pool set.
     *
     * @throws RuntimeException when the cluster cannot be reached to start it
     */
    @Restricted(NoExternalUse.class)
    public Optional<WorkerRuntime> runtime() {
        return poolSet().map(set -> WorkerRuntimes.get().forCloud(connection(), set));
    }

    /** The pools in force, for the cloud's page. */
    @Restricted(NoExternalUse.class)
    public List<CloudPage.PoolRow> getPoolRows() {
        return poolSet().map(set -> CloudPage.pools(set, leases())).orElse(List.of());
    }

    /** The workers alive now, for the cloud's page. */
    @Restricted(NoExternalUse.class)
    public List<CloudPage.WorkerRow> getWorkerRows() {
        return CloudPage.workers(leases(), Instant.now());
    }

    private List<Lease> leases() {
        return WorkerRuntimes.get().of(name).map(WorkerRuntime::leases).orElse(List.of());
    }

    /** What this cloud's engine depends on besides the pools. */
    @Restricted(NoExternalUse.class)
    public CloudConnection connection() {
        return new CloudConnection(name, serverUrl, credentialsId, getNamespace(), jenkinsUrl, webSocket);
    }

    private Optional<ResolvedPool> usablePoolFor(Label label) {
        return poolSet().flatMap(set -> PoolForLabel.find(set, label)).filter(ResolvedPool::usable);
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

        /**
         * Lists pods in the namespace with the chosen credential, with a short timeout: whether
         * Jenkins can reach and use the cluster.
         */
        @POST
        public FormValidation doTestConnection(@QueryParameter String serverUrl, @QueryParameter String namespace,
                @QueryParameter String credentialsId) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            ClusterCredential credential;
            try {
                credential = new JenkinsEnvironment().credential(Util.fixEmptyAndTrim(credentialsId));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                return FormValidation.error(e.getMessage());
            }
            return ConnectionCheck.test(serverUrl, namespace, credential, ConnectionCheck.TIMEOUT);
        }

        /** The credentials Jenkins itself may use that can reach a cluster: secret texts (tokens) and secret files (kubeconfigs). */
        @POST
        public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId) {
            ListBoxModel items = new ListBoxModel();
            if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
                items.add(Util.fixNull(credentialsId), Util.fixNull(credentialsId));
                return items;
            }
            items.add(Messages.Credentials_None(), "");
            for (StandardCredentials credential : CredentialsProvider.lookupCredentialsInItemGroup(StandardCredentials.class,
                    Jenkins.get(), ACL.SYSTEM2, List.of())) {
                if (credential instanceof StringCredentials || credential instanceof FileCredentials) {
                    String description = Util.fixEmptyAndTrim(credential.getDescription());
                    items.add(description == null ? credential.getId() : credential.getId() + " (" + description + ")",
                            credential.getId());
                }
            }
            return items;
        }
    }
}
