package io.jenkins.plugins.dwp.kube;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.jenkins.plugins.dwp.catalog.AgentSource;
import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.catalog.CatalogImage;
import io.jenkins.plugins.dwp.catalog.OperatingSystem;
import io.jenkins.plugins.dwp.config.Pool;
import io.jenkins.plugins.dwp.config.PodToleration;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a pool and a worker's identity into the pod and secret of that worker: one container
 * running the catalog image's Jenkins agent, locked down to the restricted Pod Security Standard,
 * labelled and annotated with everything needed to reap it (see {@link WorkerMetadata}).
 *
 * <p>Pure: the same pool, identity and secret always give equal objects, and nothing is read from
 * the clock or the cluster, so a retried create names the same pod and {@code dwp render} shows
 * exactly what the cloud would create.
 */
public final class WorkerRenderer {

    /** The name of the worker's only container. */
    public static final String CONTAINER_NAME = "agent";
    /** The key in the worker's secret that holds the agent's secret. */
    public static final String SECRET_KEY = "secret";
    /** The name of the volume that holds the agent's work directory. */
    public static final String WORK_VOLUME = "workspace";

    /** The agent's work directory in the official Linux inbound-agent image. */
    public static final String LINUX_WORK_DIR = "/home/jenkins/agent";
    /** The agent's work directory in the official Windows inbound-agent image. */
    public static final String WINDOWS_WORK_DIR = "C:/Users/jenkins/Work";
    /** The uid and gid of user {@code jenkins} in the official Linux inbound-agent image. */
    public static final long LINUX_JENKINS_ID = 1000L;
    /** Seconds a worker's agent has to stop once its pod is deleted. */
    public static final long TERMINATION_GRACE_SECONDS = 10L;

    /** The URL the agent connects to. */
    public static final String ENV_JENKINS_URL = "JENKINS_URL";
    /** The agent's name in Jenkins: the pod's name. */
    public static final String ENV_AGENT_NAME = "JENKINS_AGENT_NAME";
    /** The agent's secret, taken from the worker's secret. */
    public static final String ENV_SECRET = "JENKINS_SECRET";
    /** {@code true} when the agent connects over WebSocket. */
    public static final String ENV_WEB_SOCKET = "JENKINS_WEB_SOCKET";
    /** The agent's work directory. */
    public static final String ENV_AGENT_WORKDIR = "JENKINS_AGENT_WORKDIR";
    /**
     * The directories of the tool versions the pool chose, joined with the operating system's
     * path separator; the plugin puts them first on {@code PATH} for every step.
     */
    public static final String ENV_TOOL_PATH = "DWP_TOOL_PATH";

    /** The volume an injected agent's jar is copied to. */
    public static final String AGENT_VOLUME = "dwp-agent";
    /** Where the injected agent's jar is mounted. */
    public static final String AGENT_DIR = "/dwp-agent";
    /** The built-in image the injected agent's jar is copied from. */
    public static final String AGENT_JAR_IMAGE_ID = "inbound-agent-jdk21";
    /** Where the official inbound-agent image keeps the agent's jar. */
    public static final String AGENT_JAR_IN_IMAGE = "/usr/share/jenkins/agent.jar";

    private static final String OS_NODE_LABEL = "kubernetes.io/os";
    private static final String RUNTIME_DEFAULT = "RuntimeDefault";

    private final AgentConnection agent;

    /** @param agent how the agents of the pods rendered here reach Jenkins */
    public WorkerRenderer(AgentConnection agent) {
        this.agent = agent;
    }

    /**
     * The pod and secret of one worker.
     *
     * @param pool the pool the worker serves, with the image it runs today
     * @param id who the worker is: names, labels and times come from it
     * @param agentSecret the agent's secret; it goes into the secret only, never into the pod
     * @throws IllegalArgumentException if the identity is of another pool or the secret is empty
     */
    public RenderedWorker render(ResolvedPool pool, WorkerIdentity id, String agentSecret) {
        if (!pool.pool().name().equals(id.poolName())) {
            throw new IllegalArgumentException("worker " + id.podName() + " is of pool '" + id.poolName()
                    + "', not of pool '" + pool.pool().name() + "'");
        }
        if (agentSecret == null || agentSecret.isEmpty()) {
            throw new IllegalArgumentException("worker " + id.podName() + " needs an agent secret");
        }
        return new RenderedWorker(pod(pool, id), secret(id, agentSecret));
    }

    /** The labels of a worker's pod and secret: the selector of its controller, its pool and its lease. */
    public static Map<String, String> labelsOf(WorkerIdentity id) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(WorkerMetadata.MANAGED_BY, WorkerMetadata.MANAGER);
        labels.put(WorkerMetadata.CONTROLLER, id.controllerId());
        labels.put(WorkerMetadata.POOL, id.poolName());
        labels.put(WorkerMetadata.LEASE, id.leaseId());
        return labels;
    }

    /** The agent's work directory, which the image's launch script also defaults to. */
    public static String workDirOf(OperatingSystem os) {
        return os == OperatingSystem.WINDOWS ? WINDOWS_WORK_DIR : LINUX_WORK_DIR;
    }

    /**
     * The directories of the tool versions {@code pool} chose, in the pool's order, joined with the
     * path separator of the image's operating system; empty when no chosen version has its own directory.
     */
    public static Optional<String> toolPathOf(ResolvedPool pool) {
        List<String> directories = new ArrayList<>();
        pool.pool().tools().forEach((tool, version) -> Optional.ofNullable(pool.image().tools().get(tool))
                .flatMap(offer -> offer.directoryOf(version))
                .filter(directory -> !directories.contains(directory))
                .ifPresent(directories::add));
        String separator = pool.image().os() == OperatingSystem.WINDOWS ? ";" : ":";
        return directories.isEmpty() ? Optional.empty() : Optional.of(String.join(separator, directories));
    }

    private Pod pod(ResolvedPool resolved, WorkerIdentity id) {
        Pool pool = resolved.pool();
        CatalogImage image = resolved.image();
        OperatingSystem os = image.os();
        String workDir = workDirOf(os);
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put(WorkerMetadata.CREATED, id.created().toString());
        annotations.put(WorkerMetadata.LAST_ACTIVE, id.created().toString());
        annotations.put(WorkerMetadata.IMAGE_ID, image.id());
        annotations.put(WorkerMetadata.LIFETIME_DEADLINE,
                id.created().plus(Duration.ofHours(pool.maxLifetimeHours())).toString());
        Map<String, String> nodeSelector = new LinkedHashMap<>();
        nodeSelector.put(OS_NODE_LABEL, os.yamlName());
        pool.nodeSelector().forEach(nodeSelector::putIfAbsent);
        boolean serviceAccount = pool.serviceAccount().isPresent();
        return new PodBuilder()
                .withMetadata(metadata(id, annotations))
                .withNewSpec()
                .withNewOs(os.yamlName())
                .withNodeSelector(nodeSelector)
                .withTolerations(pool.tolerations().stream().map(WorkerRenderer::toleration).toList())
                .withRestartPolicy("Never")
                // The reaper deletes a worker at its lifetime deadline; this is the second line of
                // defence, enforced by the kubelet even when no controller is left to reap. It counts
                // from the pod's start, so it fires a little after the deadline annotation.
                .withActiveDeadlineSeconds(pool.maxLifetimeHours() * 3600L)
                .withTerminationGracePeriodSeconds(TERMINATION_GRACE_SECONDS)
                .withServiceAccountName(pool.serviceAccount().orElse(null))
                .withAutomountServiceAccountToken(serviceAccount)
                // Build steps should not see every service of the namespace as environment variables.
                .withEnableServiceLinks(false)
                .withSecurityContext(podSecurityContext(os))
                .withInitContainers(injected(image) ? List.of(agentJarCopier()) : List.of())
                .withContainers(container(resolved, id, workDir))
                .withVolumes(volumes(image))
                .endSpec()
                .build();
    }

    private static boolean injected(CatalogImage image) {
        return image.agent() == AgentSource.INJECTED;
    }

    private static List<Volume> volumes(CatalogImage image) {
        List<Volume> volumes = new ArrayList<>();
        volumes.add(new VolumeBuilder().withName(WORK_VOLUME).withNewEmptyDir().endEmptyDir().build());
        if (injected(image)) {
            volumes.add(new VolumeBuilder().withName(AGENT_VOLUME).withNewEmptyDir().endEmptyDir().build());
        }
        return volumes;
    }

    /** Copies the agent's jar out of the official image, for an image that does not run the agent itself. */
    private static Container agentJarCopier() {
        String reference = BuiltinCatalog.get().image(AGENT_JAR_IMAGE_ID).orElseThrow().reference();
        return new ContainerBuilder()
                .withName("agent-jar")
                .withImage(reference)
                .withImagePullPolicy("IfNotPresent")
                .withCommand("cp", AGENT_JAR_IN_IMAGE, AGENT_DIR + "/agent.jar")
                .withResources(new ResourceRequirementsBuilder()
                        .addToRequests("cpu", new Quantity("10m"))
                        .addToRequests("memory", new Quantity("32Mi"))
                        .addToLimits("memory", new Quantity("64Mi"))
                        .build())
                .withVolumeMounts(new VolumeMountBuilder().withName(AGENT_VOLUME).withMountPath(AGENT_DIR).build())
                .withSecurityContext(containerSecurityContext(OperatingSystem.LINUX))
                .build();
    }

    /**
     * How an injected agent starts: the image's own shell and java run the copied jar with what
     * the official entrypoint would pass it, from the environment.
     */
    private List<String> injectedAgentCommand() {
        return List.of("sh", "-c", "exec java $JAVA_OPTS -jar " + AGENT_DIR + "/agent.jar -url \"$JENKINS_URL\""
                + " -name \"$JENKINS_AGENT_NAME\" -secret \"$JENKINS_SECRET\" -workDir \"$JENKINS_AGENT_WORKDIR\""
                + (agent.webSocket() ? " -webSocket" : ""));
    }

    private Container container(ResolvedPool resolved, WorkerIdentity id, String workDir) {
        Pool pool = resolved.pool();
        List<VolumeMount> mounts = new ArrayList<>();
        mounts.add(new VolumeMountBuilder().withName(WORK_VOLUME).withMountPath(workDir).build());
        if (injected(resolved.image())) {
            mounts.add(new VolumeMountBuilder().withName(AGENT_VOLUME).withMountPath(AGENT_DIR).withReadOnly(true).build());
        }
        return new ContainerBuilder()
                .withName(CONTAINER_NAME)
                .withImage(resolved.image().reference())
                .withCommand(injected(resolved.image()) ? injectedAgentCommand() : List.of())
                .withImagePullPolicy("IfNotPresent")
                .withEnv(env(resolved, id, workDir))
                .withResources(new ResourceRequirementsBuilder()
                        .withRequests(new LinkedHashMap<>(pool.resources().requests()))
                        .withLimits(new LinkedHashMap<>(pool.resources().limits()))
                        .build())
                .withVolumeMounts(mounts)
                .withSecurityContext(containerSecurityContext(resolved.image().os()))
                // A pod that fails before its agent connects then tells why in its status, which
                // is what the step's build log shows.
                .withTerminationMessagePolicy("FallbackToLogsOnError")
                .build();
    }

    private List<EnvVar> env(ResolvedPool resolved, WorkerIdentity id, String workDir) {
        List<EnvVar> env = new ArrayList<>();
        env.add(new EnvVar(ENV_JENKINS_URL, agent.jenkinsUrl(), null));
        env.add(new EnvVar(ENV_AGENT_NAME, id.podName(), null));
        env.add(new EnvVarBuilder().withName(ENV_SECRET)
                .withNewValueFrom().withNewSecretKeyRef().withName(id.podName()).withKey(SECRET_KEY).endSecretKeyRef()
                .endValueFrom()
                .build());
        if (agent.webSocket()) {
            env.add(new EnvVar(ENV_WEB_SOCKET, "true", null));
        }
        env.add(new EnvVar(ENV_AGENT_WORKDIR, workDir, null));
        toolPathOf(resolved).ifPresent(path -> env.add(new EnvVar(ENV_TOOL_PATH, path, null)));
        // The pool's own variables come after the agent's, so that they can refer to them as $(NAME);
        // validation refuses the names the agent's own use (PoolFields.RESERVED_ENV).
        resolved.pool().env().forEach((name, value) -> env.add(new EnvVar(name, value, null)));
        return env;
    }

    /**
     * Linux: the restricted Pod Security Standard in full, as user {@code jenkins} of the official
     * image. Windows: the API server refuses the Linux-only fields (seccomp, uid and gid, fsGroup,
     * capabilities, privilege escalation) on a pod whose {@code spec.os.name} is windows, and the
     * restricted standard exempts such pods from those rules; what remains is non-root. The
     * kubelet enforces it on Windows by refusing ContainerAdministrator, and the official Windows
     * image runs as its own user {@code jenkins} (whose profile holds the work directory and git
     * settings), so {@code windowsOptions.runAsUserName} is left unset: ContainerUser would run
     * the agent as a user who cannot write that profile.
     */
    private static PodSecurityContext podSecurityContext(OperatingSystem os) {
        if (os == OperatingSystem.WINDOWS) {
            return new PodSecurityContextBuilder().withRunAsNonRoot(true).build();
        }
        return new PodSecurityContextBuilder()
                .withRunAsNonRoot(true)
                .withRunAsUser(LINUX_JENKINS_ID)
                .withRunAsGroup(LINUX_JENKINS_ID)
                // Makes the emptyDir work directory writable by the agent whatever the node's defaults.
                .withFsGroup(LINUX_JENKINS_ID)
                .withNewSeccompProfile().withType(RUNTIME_DEFAULT).endSeccompProfile()
                .build();
    }

    /** Set on the container too, so that the container alone passes the standard whatever the pod level says. */
    private static SecurityContext containerSecurityContext(OperatingSystem os) {
        if (os == OperatingSystem.WINDOWS) {
            return new SecurityContextBuilder().withRunAsNonRoot(true).build();
        }
        return new SecurityContextBuilder()
                .withAllowPrivilegeEscalation(false)
                .withNewCapabilities().withDrop("ALL").endCapabilities()
                .withRunAsNonRoot(true)
                .withNewSeccompProfile().withType(RUNTIME_DEFAULT).endSeccompProfile()
                .build();
    }

    private static Secret secret(WorkerIdentity id, String agentSecret) {
        return new SecretBuilder()
                .withMetadata(metadata(id, Map.of()))
                .withType("Opaque")
                // Never changed once made: immutable secrets cannot be altered by mistake and spare
                // the kubelet from watching them.
                .withImmutable(true)
                // stringData: the API server stores it base64-encoded under data.
                .withStringData(Map.of(SECRET_KEY, agentSecret))
                .build();
    }

    private static ObjectMeta metadata(WorkerIdentity id, Map<String, String> annotations) {
        return new ObjectMetaBuilder()
                .withName(id.podName())
                .withNamespace(id.namespace())
                .withLabels(labelsOf(id))
                .withAnnotations(annotations)
                .build();
    }

    private static Toleration toleration(PodToleration toleration) {
        return new TolerationBuilder()
                .withKey(toleration.key().orElse(null))
                .withOperator(toleration.operator())
                .withValue(toleration.value().orElse(null))
                .withEffect(toleration.effect().orElse(null))
                .withTolerationSeconds(toleration.tolerationSeconds().map(Integer::longValue).orElse(null))
                .build();
    }
}
