package io.jenkins.plugins.dwp.config;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keys and ranges of a pools file, in one place, so that the reader, the JSON Schema
 * ({@code schema/pools.schema.json}) and the documentation stay in step; a test compares them.
 */
public final class PoolFields {

    /** The keys of the file's root mapping. */
    public static final List<String> ROOT_KEYS = List.of("images", "defaults", "pools");

    /** The keys of a pool. */
    public static final List<String> POOL_KEYS = List.of("name", "labels", "image", "tools", "resources",
            "idleMinutes", "maxLifetimeHours", "pendingTimeoutMinutes", "maxWorkers", "namespace",
            "serviceAccount", "nodeSelector", "tolerations", "env");

    /** The keys of {@code defaults:}: every pool key but the pool's identity. */
    public static final List<String> DEFAULTS_KEYS =
            POOL_KEYS.stream().filter(k -> !k.equals("name") && !k.equals("labels")).toList();

    /** The keys of {@code image:}; exactly one is given. */
    public static final List<String> IMAGE_SELECTOR_KEYS = List.of("default", "pinned");

    /** The keys of {@code resources:}. */
    public static final List<String> RESOURCES_KEYS = List.of("requests", "limits");

    /** The keys of one toleration, in Kubernetes form. */
    public static final List<String> TOLERATION_KEYS = List.of("key", "operator", "value", "effect", "tolerationSeconds");

    /** A Jenkins label atom: one word without the characters Jenkins refuses in names or uses in label expressions. */
    public static final Pattern LABEL_ATOM = Pattern.compile("[^\\s!&|()<>=,\"'?*/\\\\%@#$^\\[\\]:;]+");

    /** The operators of a toleration. */
    public static final Set<String> TOLERATION_OPERATORS = Set.of("Equal", "Exists");

    /** The effects of a toleration; none given tolerates all. */
    public static final Set<String> TOLERATION_EFFECTS = Set.of("NoSchedule", "PreferNoSchedule", "NoExecute");

    /** Environment variables the agent's launch sets, which a pool's {@code env} may not. */
    public static final Set<String> RESERVED_ENV = Set.of("JENKINS_URL", "JENKINS_SECRET", "JENKINS_AGENT_NAME",
            "JENKINS_NAME", "JENKINS_WEB_SOCKET", "JENKINS_AGENT_WORKDIR", "JENKINS_DIRECT_CONNECTION",
            "JENKINS_INSTANCE_IDENTITY", "JENKINS_PROTOCOLS", "JENKINS_TUNNEL", "REMOTING_OPTS", "PATH", "DWP_TOOL_PATH");

    /** Minutes a worker may sit without a step before it is deleted. */
    public static final IntRange IDLE_MINUTES = new IntRange(1, 10_080);
    /** Hours a worker may live, even mid-step. */
    public static final IntRange MAX_LIFETIME_HOURS = new IntRange(1, 720);
    /** Minutes a pod may take to start running before its step fails. */
    public static final IntRange PENDING_TIMEOUT_MINUTES = new IntRange(1, 1_440);
    /** Live workers a pool may have at once. */
    public static final IntRange MAX_WORKERS = new IntRange(1, 10_000);
    /** Seconds a NoExecute toleration keeps a pod on a tainted node. */
    public static final IntRange TOLERATION_SECONDS = new IntRange(0, 86_400);

    /** Every integer setting of a pool, by key. */
    public static final Map<String, IntRange> POOL_RANGES = Map.of("idleMinutes", IDLE_MINUTES,
            "maxLifetimeHours", MAX_LIFETIME_HOURS, "pendingTimeoutMinutes", PENDING_TIMEOUT_MINUTES,
            "maxWorkers", MAX_WORKERS);

    /** The default of {@code idleMinutes}. */
    public static final int DEFAULT_IDLE_MINUTES = 60;
    /** The default of {@code maxLifetimeHours}. */
    public static final int DEFAULT_MAX_LIFETIME_HOURS = 72;
    /** The default of {@code pendingTimeoutMinutes}. */
    public static final int DEFAULT_PENDING_TIMEOUT_MINUTES = 15;

    /**
     * Keys administrators reach for that would put Docker, the node or foreign containers
     * inside a worker, with the reason each is refused.
     */
    public static final Map<String, String> REFUSED_KEYS = Map.ofEntries(
            Map.entry("privileged", "privileged workers are refused: a privileged container owns its node and every"
                    + " build on it; build images without Docker, with a rootless builder such as BuildKit or Kaniko in the step"),
            Map.entry("hostPath", hostReason("host paths are refused")),
            Map.entry("hostPaths", hostReason("host paths are refused")),
            Map.entry("volumes", hostReason("volumes are refused")),
            Map.entry("hostNetwork", hostReason("the host network is refused")),
            Map.entry("hostPID", hostReason("the host's process namespace is refused")),
            Map.entry("hostIPC", hostReason("the host's IPC namespace is refused")),
            Map.entry("docker", dockerReason()),
            Map.entry("dockerSocket", dockerReason()),
            Map.entry("dind", dockerReason()),
            Map.entry("containers", containersReason()),
            Map.entry("initContainers", containersReason()),
            Map.entry("sidecars", containersReason()),
            Map.entry("podTemplate", containersReason()),
            Map.entry("yaml", containersReason()),
            Map.entry("securityContext", "the security context is refused: workers are locked down to the restricted"
                    + " Pod Security Standard (non-root, no privilege escalation, no capabilities) and that is not configurable"));

    private PoolFields() {
    }

    private static String hostReason(String refused) {
        return refused + ": a worker must not reach its node's files, network or processes, where other"
                + " builds and the kubelet live; pass files through the build's workspace instead";
    }

    private static String dockerReason() {
        return "the Docker socket is refused: it gives every step root on the node; build images with a rootless"
                + " builder such as BuildKit or Kaniko in the step";
    }

    private static String containersReason() {
        return "inline execution containers are refused: a worker is one container running the pool's image;"
                + " put the tools the step needs in an image and add it to the catalog";
    }

}
