package io.jenkins.plugins.dwp.kube;

import io.fabric8.kubernetes.api.model.AppArmorProfile;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SELinuxOptions;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Sysctl;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.WindowsSecurityContextOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The Pod Security Standards (https://kubernetes.io/docs/concepts/security/pod-security-standards/),
 * baseline and restricted, as the Pod Security admission controller evaluates them on a pod: each
 * {@link Rule} lists what in a pod breaks it, with the field's path, so a test shows why a pod
 * would be refused. Written from the standard's tables, for the latest policy version.
 */
final class PodSecurityStandard {

    /** The level a rule belongs to; restricted includes every baseline rule. */
    enum Level {
        BASELINE,
        RESTRICTED
    }

    /** One container of any kind, with the fields the standard looks at. */
    record ContainerView(String path, SecurityContext securityContext, List<ContainerPort> ports) {
    }

    /** The capabilities baseline allows a container to add. */
    static final Set<String> BASELINE_CAPABILITIES = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID",
            "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

    /** The sysctls baseline allows, the "safe" set. */
    static final Set<String> SAFE_SYSCTLS = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
            "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
            "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes");

    /** The SELinux types baseline allows. */
    static final Set<String> SELINUX_TYPES = Set.of("", "container_t", "container_init_t", "container_kvm_t",
            "container_engine_t");

    /** The volume types restricted allows: those that cannot reach the node or storage outside the cluster's control. */
    static final Set<String> RESTRICTED_VOLUME_TYPES = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
            "persistentVolumeClaim", "projected", "secret");

    private static final String APPARMOR_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";

    /** The rules, in the order of the standard's tables. */
    enum Rule {
        /** Baseline: no Windows HostProcess containers, which run on the host. */
        HOST_PROCESS(Level.BASELINE, true, PodSecurityStandard::hostProcess),
        /** Baseline: no host network, process or IPC namespace. */
        HOST_NAMESPACES(Level.BASELINE, true, PodSecurityStandard::hostNamespaces),
        /** Baseline: no privileged container. */
        PRIVILEGED_CONTAINERS(Level.BASELINE, true, PodSecurityStandard::privileged),
        /** Baseline: no capability beyond the container runtime's default set. */
        CAPABILITIES_BASELINE(Level.BASELINE, true, PodSecurityStandard::baselineCapabilities),
        /** Baseline: no hostPath volume. */
        HOST_PATH_VOLUMES(Level.BASELINE, true, PodSecurityStandard::hostPathVolumes),
        /** Baseline: no host port. */
        HOST_PORTS(Level.BASELINE, true, PodSecurityStandard::hostPorts),
        /** Baseline: AppArmor not unconfined, by field or annotation. */
        APPARMOR(Level.BASELINE, true, PodSecurityStandard::appArmor),
        /** Baseline: no custom SELinux type, user or role. */
        SELINUX(Level.BASELINE, true, PodSecurityStandard::seLinux),
        /** Baseline: the default /proc mount. */
        PROC_MOUNT(Level.BASELINE, true, PodSecurityStandard::procMount),
        /** Baseline: seccomp not Unconfined. */
        SECCOMP_BASELINE(Level.BASELINE, true, PodSecurityStandard::baselineSeccomp),
        /** Baseline: only safe sysctls. */
        SYSCTLS(Level.BASELINE, true, PodSecurityStandard::sysctls),
        /** Restricted: only volume types that stay inside the cluster's control. */
        VOLUME_TYPES(Level.RESTRICTED, true, PodSecurityStandard::volumeTypes),
        /** Restricted, Linux only: allowPrivilegeEscalation false on every container. */
        PRIVILEGE_ESCALATION(Level.RESTRICTED, false, PodSecurityStandard::privilegeEscalation),
        /** Restricted: runAsNonRoot true, on the pod or on every container, and false nowhere. */
        RUNNING_AS_NON_ROOT(Level.RESTRICTED, true, PodSecurityStandard::runAsNonRoot),
        /** Restricted: runAsUser never 0. */
        RUNNING_AS_NON_ROOT_USER(Level.RESTRICTED, true, PodSecurityStandard::runAsNonRootUser),
        /** Restricted, Linux only: seccomp RuntimeDefault or Localhost, on the pod or on every container. */
        SECCOMP_RESTRICTED(Level.RESTRICTED, false, PodSecurityStandard::restrictedSeccomp),
        /** Restricted, Linux only: every container drops ALL and adds at most NET_BIND_SERVICE. */
        CAPABILITIES_RESTRICTED(Level.RESTRICTED, false, PodSecurityStandard::restrictedCapabilities);

        private final Level level;
        private final boolean appliesToWindows;
        private final Function<Pod, List<String>> check;

        Rule(Level level, boolean appliesToWindows, Function<Pod, List<String>> check) {
            this.level = level;
            this.appliesToWindows = appliesToWindows;
            this.check = check;
        }

        Level level() {
            return level;
        }

        /** Whether the rule applies to a pod whose spec.os.name is windows; the standard exempts those from Linux-only rules. */
        boolean appliesToWindows() {
            return appliesToWindows;
        }

        /** What in {@code pod} breaks the rule, one entry per field; empty when the pod keeps it. */
        List<String> violations(Pod pod) {
            if (!appliesToWindows && isWindows(pod)) {
                return List.of();
            }
            return check.apply(pod);
        }
    }

    private PodSecurityStandard() {
    }

    /** The rules of {@code level}: restricted includes baseline. */
    static List<Rule> rulesOf(Level level) {
        return Arrays.stream(Rule.values()).filter(r -> level == Level.RESTRICTED || r.level() == Level.BASELINE).toList();
    }

    /** Every violation of {@code level} in {@code pod}, as {@code RULE: field}. */
    static List<String> violations(Level level, Pod pod) {
        List<String> all = new ArrayList<>();
        for (Rule rule : rulesOf(level)) {
            rule.violations(pod).forEach(v -> all.add(rule + ": " + v));
        }
        return all;
    }

    static boolean isWindows(Pod pod) {
        PodSpec spec = pod.getSpec();
        return spec.getOs() != null && "windows".equals(spec.getOs().getName());
    }

    /** Every container of the pod: regular, init and ephemeral. */
    static List<ContainerView> containers(Pod pod) {
        PodSpec spec = pod.getSpec();
        List<ContainerView> all = new ArrayList<>();
        for (int i = 0; i < list(spec.getContainers()).size(); i++) {
            var c = spec.getContainers().get(i);
            all.add(new ContainerView("spec.containers[" + i + "]", c.getSecurityContext(), list(c.getPorts())));
        }
        for (int i = 0; i < list(spec.getInitContainers()).size(); i++) {
            var c = spec.getInitContainers().get(i);
            all.add(new ContainerView("spec.initContainers[" + i + "]", c.getSecurityContext(), list(c.getPorts())));
        }
        for (int i = 0; i < list(spec.getEphemeralContainers()).size(); i++) {
            var c = spec.getEphemeralContainers().get(i);
            all.add(new ContainerView("spec.ephemeralContainers[" + i + "]", c.getSecurityContext(), list(c.getPorts())));
        }
        return all;
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static PodSecurityContext podContext(Pod pod) {
        return pod.getSpec().getSecurityContext() == null ? new PodSecurityContext() : pod.getSpec().getSecurityContext();
    }

    private static SecurityContext context(ContainerView container) {
        return container.securityContext() == null ? new SecurityContext() : container.securityContext();
    }

    private static List<String> hostProcess(Pod pod) {
        List<String> found = new ArrayList<>();
        if (hostProcess(podContext(pod).getWindowsOptions())) {
            found.add("spec.securityContext.windowsOptions.hostProcess=true");
        }
        for (ContainerView c : containers(pod)) {
            if (hostProcess(context(c).getWindowsOptions())) {
                found.add(c.path() + ".securityContext.windowsOptions.hostProcess=true");
            }
        }
        return found;
    }

    private static boolean hostProcess(WindowsSecurityContextOptions options) {
        return options != null && Boolean.TRUE.equals(options.getHostProcess());
    }

    private static List<String> hostNamespaces(Pod pod) {
        PodSpec spec = pod.getSpec();
        List<String> found = new ArrayList<>();
        if (Boolean.TRUE.equals(spec.getHostNetwork())) {
            found.add("spec.hostNetwork=true");
        }
        if (Boolean.TRUE.equals(spec.getHostPID())) {
            found.add("spec.hostPID=true");
        }
        if (Boolean.TRUE.equals(spec.getHostIPC())) {
            found.add("spec.hostIPC=true");
        }
        return found;
    }

    private static List<String> privileged(Pod pod) {
        return containers(pod).stream().filter(c -> Boolean.TRUE.equals(context(c).getPrivileged()))
                .map(c -> c.path() + ".securityContext.privileged=true").toList();
    }

    private static List<String> baselineCapabilities(Pod pod) {
        List<String> found = new ArrayList<>();
        for (ContainerView c : containers(pod)) {
            Capabilities capabilities = context(c).getCapabilities();
            if (capabilities != null) {
                list(capabilities.getAdd()).stream().filter(a -> !BASELINE_CAPABILITIES.contains(a))
                        .forEach(a -> found.add(c.path() + ".securityContext.capabilities.add=" + a));
            }
        }
        return found;
    }

    private static List<String> hostPathVolumes(Pod pod) {
        List<String> found = new ArrayList<>();
        List<Volume> volumes = list(pod.getSpec().getVolumes());
        for (int i = 0; i < volumes.size(); i++) {
            if (volumes.get(i).getHostPath() != null) {
                found.add("spec.volumes[" + i + "].hostPath");
            }
        }
        return found;
    }

    private static List<String> hostPorts(Pod pod) {
        List<String> found = new ArrayList<>();
        for (ContainerView c : containers(pod)) {
            for (int i = 0; i < c.ports().size(); i++) {
                Integer hostPort = c.ports().get(i).getHostPort();
                if (hostPort != null && hostPort != 0) {
                    found.add(c.path() + ".ports[" + i + "].hostPort=" + hostPort);
                }
            }
        }
        return found;
    }

    private static List<String> appArmor(Pod pod) {
        List<String> found = new ArrayList<>();
        if (!allowedAppArmor(podContext(pod).getAppArmorProfile())) {
            found.add("spec.securityContext.appArmorProfile.type=" + podContext(pod).getAppArmorProfile().getType());
        }
        for (ContainerView c : containers(pod)) {
            if (!allowedAppArmor(context(c).getAppArmorProfile())) {
                found.add(c.path() + ".securityContext.appArmorProfile.type=" + context(c).getAppArmorProfile().getType());
            }
        }
        Map<String, String> annotations = pod.getMetadata().getAnnotations() == null
                ? Map.of() : pod.getMetadata().getAnnotations();
        annotations.forEach((key, value) -> {
            if (key.startsWith(APPARMOR_ANNOTATION_PREFIX) && !value.equals("runtime/default")
                    && !value.startsWith("localhost/")) {
                found.add("metadata.annotations[" + key + "]=" + value);
            }
        });
        return found;
    }

    private static boolean allowedAppArmor(AppArmorProfile profile) {
        return profile == null || profile.getType() == null
                || profile.getType().equals("RuntimeDefault") || profile.getType().equals("Localhost");
    }

    private static List<String> seLinux(Pod pod) {
        List<String> found = new ArrayList<>();
        seLinux("spec.securityContext", podContext(pod).getSeLinuxOptions(), found);
        for (ContainerView c : containers(pod)) {
            seLinux(c.path() + ".securityContext", context(c).getSeLinuxOptions(), found);
        }
        return found;
    }

    private static void seLinux(String path, SELinuxOptions options, List<String> found) {
        if (options == null) {
            return;
        }
        if (options.getType() != null && !SELINUX_TYPES.contains(options.getType())) {
            found.add(path + ".seLinuxOptions.type=" + options.getType());
        }
        if (options.getUser() != null && !options.getUser().isEmpty()) {
            found.add(path + ".seLinuxOptions.user=" + options.getUser());
        }
        if (options.getRole() != null && !options.getRole().isEmpty()) {
            found.add(path + ".seLinuxOptions.role=" + options.getRole());
        }
    }

    private static List<String> procMount(Pod pod) {
        return containers(pod).stream()
                .filter(c -> context(c).getProcMount() != null && !context(c).getProcMount().equals("Default"))
                .map(c -> c.path() + ".securityContext.procMount=" + context(c).getProcMount()).toList();
    }

    private static List<String> baselineSeccomp(Pod pod) {
        List<String> found = new ArrayList<>();
        if (unconfined(podContext(pod).getSeccompProfile())) {
            found.add("spec.securityContext.seccompProfile.type=Unconfined");
        }
        for (ContainerView c : containers(pod)) {
            if (unconfined(context(c).getSeccompProfile())) {
                found.add(c.path() + ".securityContext.seccompProfile.type=Unconfined");
            }
        }
        return found;
    }

    private static boolean unconfined(SeccompProfile profile) {
        return profile != null && "Unconfined".equals(profile.getType());
    }

    private static List<String> sysctls(Pod pod) {
        List<Sysctl> sysctls = list(podContext(pod).getSysctls());
        return sysctls.stream().filter(s -> !SAFE_SYSCTLS.contains(s.getName()))
                .map(s -> "spec.securityContext.sysctls: " + s.getName()).toList();
    }

    private static List<String> volumeTypes(Pod pod) {
        List<String> found = new ArrayList<>();
        List<Volume> volumes = list(pod.getSpec().getVolumes());
        for (int i = 0; i < volumes.size(); i++) {
            for (String type : typesOf(volumes.get(i))) {
                if (!RESTRICTED_VOLUME_TYPES.contains(type)) {
                    found.add("spec.volumes[" + i + "]." + type);
                }
            }
        }
        return found;
    }

    /** The volume sources a volume sets, by their field names. */
    private static List<String> typesOf(Volume v) {
        Map<String, Object> sources = new java.util.LinkedHashMap<>();
        sources.put("awsElasticBlockStore", v.getAwsElasticBlockStore());
        sources.put("azureDisk", v.getAzureDisk());
        sources.put("azureFile", v.getAzureFile());
        sources.put("cephfs", v.getCephfs());
        sources.put("cinder", v.getCinder());
        sources.put("configMap", v.getConfigMap());
        sources.put("csi", v.getCsi());
        sources.put("downwardAPI", v.getDownwardAPI());
        sources.put("emptyDir", v.getEmptyDir());
        sources.put("ephemeral", v.getEphemeral());
        sources.put("fc", v.getFc());
        sources.put("flexVolume", v.getFlexVolume());
        sources.put("flocker", v.getFlocker());
        sources.put("gcePersistentDisk", v.getGcePersistentDisk());
        sources.put("gitRepo", v.getGitRepo());
        sources.put("glusterfs", v.getGlusterfs());
        sources.put("hostPath", v.getHostPath());
        sources.put("image", v.getImage());
        sources.put("iscsi", v.getIscsi());
        sources.put("nfs", v.getNfs());
        sources.put("persistentVolumeClaim", v.getPersistentVolumeClaim());
        sources.put("photonPersistentDisk", v.getPhotonPersistentDisk());
        sources.put("portworxVolume", v.getPortworxVolume());
        sources.put("projected", v.getProjected());
        sources.put("quobyte", v.getQuobyte());
        sources.put("rbd", v.getRbd());
        sources.put("scaleIO", v.getScaleIO());
        sources.put("secret", v.getSecret());
        sources.put("storageos", v.getStorageos());
        sources.put("vsphereVolume", v.getVsphereVolume());
        List<String> types = sources.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey)
                .toList();
        // A volume source this list does not know is refused, as the admission controller refuses
        // every type it does not allow.
        return types.isEmpty() && v.getAdditionalProperties().isEmpty() ? List.of("(no source)")
                : Stream.concat(types.stream(), v.getAdditionalProperties().keySet().stream()).toList();
    }

    private static List<String> privilegeEscalation(Pod pod) {
        return containers(pod).stream()
                .filter(c -> !Boolean.FALSE.equals(context(c).getAllowPrivilegeEscalation()))
                .map(c -> c.path() + ".securityContext.allowPrivilegeEscalation="
                        + context(c).getAllowPrivilegeEscalation())
                .toList();
    }

    private static List<String> runAsNonRoot(Pod pod) {
        List<String> found = new ArrayList<>();
        Boolean podLevel = podContext(pod).getRunAsNonRoot();
        if (Boolean.FALSE.equals(podLevel)) {
            found.add("spec.securityContext.runAsNonRoot=false");
        }
        for (ContainerView c : containers(pod)) {
            Boolean own = context(c).getRunAsNonRoot();
            if (Boolean.FALSE.equals(own)) {
                found.add(c.path() + ".securityContext.runAsNonRoot=false");
            } else if (own == null && !Boolean.TRUE.equals(podLevel)) {
                found.add(c.path() + ".securityContext.runAsNonRoot unset, and not true on the pod");
            }
        }
        return found;
    }

    private static List<String> runAsNonRootUser(Pod pod) {
        List<String> found = new ArrayList<>();
        if (Objects.equals(podContext(pod).getRunAsUser(), 0L)) {
            found.add("spec.securityContext.runAsUser=0");
        }
        for (ContainerView c : containers(pod)) {
            if (Objects.equals(context(c).getRunAsUser(), 0L)) {
                found.add(c.path() + ".securityContext.runAsUser=0");
            }
        }
        return found;
    }

    private static List<String> restrictedSeccomp(Pod pod) {
        List<String> found = new ArrayList<>();
        SeccompProfile podLevel = podContext(pod).getSeccompProfile();
        if (podLevel != null && !confined(podLevel)) {
            found.add("spec.securityContext.seccompProfile.type=" + podLevel.getType());
        }
        for (ContainerView c : containers(pod)) {
            SeccompProfile own = context(c).getSeccompProfile();
            if (own != null && !confined(own)) {
                found.add(c.path() + ".securityContext.seccompProfile.type=" + own.getType());
            } else if (own == null && podLevel == null) {
                found.add(c.path() + ".securityContext.seccompProfile unset, and not set on the pod");
            }
        }
        return found;
    }

    private static boolean confined(SeccompProfile profile) {
        return "RuntimeDefault".equals(profile.getType()) || "Localhost".equals(profile.getType());
    }

    private static List<String> restrictedCapabilities(Pod pod) {
        List<String> found = new ArrayList<>();
        for (ContainerView c : containers(pod)) {
            Capabilities capabilities = context(c).getCapabilities();
            List<String> drop = capabilities == null ? List.of() : list(capabilities.getDrop());
            if (!drop.contains("ALL")) {
                found.add(c.path() + ".securityContext.capabilities.drop does not include ALL");
            }
            List<String> add = capabilities == null ? List.of() : list(capabilities.getAdd());
            add.stream().filter(a -> !a.equals("NET_BIND_SERVICE"))
                    .forEach(a -> found.add(c.path() + ".securityContext.capabilities.add=" + a));
        }
        return found;
    }
}
