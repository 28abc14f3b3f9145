package io.jenkins.plugins.dwp.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.jenkins.plugins.dwp.kube.PodSecurityStandard.Level;
import io.jenkins.plugins.dwp.kube.PodSecurityStandard.Rule;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every worker pod keeps every rule of the restricted Pod Security Standard (and so of baseline),
 * checked as the Pod Security admission controller checks them, on a Linux and a Windows pool;
 * and for each rule, a pod that breaks it is caught, so these tests can fail.
 */
class RestrictedPodSecurityStandardTest {

    private static final List<String> POOLS = List.of("linux", "windows", "deploy", "deploy-windows");

    private static Pod linux() {
        return WorkerRendererTest.render("linux").pod();
    }

    private static Pod windows() {
        return WorkerRendererTest.render("windows").pod();
    }

    private static void assertKeeps(Rule rule, Pod pod) {
        assertEquals(List.of(), rule.violations(pod), rule + " on " + pod.getMetadata().getName());
    }

    private static void assertBreaks(Rule rule, Pod pod) {
        assertFalse(rule.violations(pod).isEmpty(), rule + " should catch this pod:\n" + pod);
    }

    /** Both rendered pods keep the rule; a Windows pod is checked only where the standard applies it to Windows. */
    private static void assertBothKeep(Rule rule) {
        assertKeeps(rule, linux());
        assertKeeps(rule, windows());
    }

    private static Pod spec(Pod pod, Consumer<PodSpecBuilder> change) {
        PodSpecBuilder spec = new PodSpecBuilder(pod.getSpec());
        change.accept(spec);
        return new PodBuilder(pod).withSpec(spec.build()).build();
    }

    private static Pod podContext(Pod pod, Consumer<PodSecurityContextBuilder> change) {
        PodSecurityContextBuilder context = new PodSecurityContextBuilder(pod.getSpec().getSecurityContext());
        change.accept(context);
        return spec(pod, s -> s.withSecurityContext(context.build()));
    }

    private static Pod containerContext(Pod pod, Consumer<SecurityContextBuilder> change) {
        SecurityContextBuilder context = new SecurityContextBuilder(pod.getSpec().getContainers().get(0).getSecurityContext());
        change.accept(context);
        return new PodBuilder(pod).editSpec().editFirstContainer().withSecurityContext(context.build()).endContainer()
                .endSpec().build();
    }

    /** A pod with one more init container, as a mutating webhook might add it. */
    private static Pod withInitContainer(Pod pod, SecurityContextBuilder context) {
        return spec(pod, s -> s.addToInitContainers(new ContainerBuilder().withName("init").withImage("busybox")
                .withSecurityContext(context.build()).build()));
    }

    @Test
    void everyRenderedPodKeepsTheWholeRestrictedStandard() {
        for (String pool : POOLS) {
            Pod pod = WorkerRendererTest.render(pool).pod();
            assertEquals(List.of(), PodSecurityStandard.violations(Level.RESTRICTED, pod), pool);
            assertEquals(List.of(), PodSecurityStandard.violations(Level.BASELINE, pod), pool);
        }
    }

    @Test
    void restrictedIncludesEveryBaselineRuleAndOnlyLinuxOnlyRulesSpareWindows() {
        assertTrue(PodSecurityStandard.rulesOf(Level.RESTRICTED).containsAll(PodSecurityStandard.rulesOf(Level.BASELINE)));
        assertEquals(11, PodSecurityStandard.rulesOf(Level.BASELINE).size());
        assertEquals(17, PodSecurityStandard.rulesOf(Level.RESTRICTED).size());
        assertEquals(List.of(Rule.PRIVILEGE_ESCALATION, Rule.SECCOMP_RESTRICTED, Rule.CAPABILITIES_RESTRICTED),
                List.of(Rule.values()).stream().filter(r -> !r.appliesToWindows()).toList());
    }

    // Baseline

    @Test
    void hostProcess() {
        assertBothKeep(Rule.HOST_PROCESS);
    }

    @Test
    void hostProcessCaught() {
        assertBreaks(Rule.HOST_PROCESS, podContext(windows(), c -> c.withNewWindowsOptions().withHostProcess(true)
                .endWindowsOptions()));
        assertBreaks(Rule.HOST_PROCESS, containerContext(windows(), c -> c.withNewWindowsOptions().withHostProcess(true)
                .endWindowsOptions()));
    }

    @Test
    void hostNamespaces() {
        assertBothKeep(Rule.HOST_NAMESPACES);
    }

    @Test
    void hostNamespacesCaught() {
        assertBreaks(Rule.HOST_NAMESPACES, spec(linux(), s -> s.withHostNetwork(true)));
        assertBreaks(Rule.HOST_NAMESPACES, spec(linux(), s -> s.withHostPID(true)));
        assertBreaks(Rule.HOST_NAMESPACES, spec(linux(), s -> s.withHostIPC(true)));
        assertBreaks(Rule.HOST_NAMESPACES, spec(windows(), s -> s.withHostNetwork(true)));
        assertKeeps(Rule.HOST_NAMESPACES, spec(linux(), s -> s.withHostNetwork(false)));
    }

    @Test
    void privilegedContainers() {
        assertBothKeep(Rule.PRIVILEGED_CONTAINERS);
    }

    @Test
    void privilegedContainersCaught() {
        assertBreaks(Rule.PRIVILEGED_CONTAINERS, containerContext(linux(), c -> c.withPrivileged(true)));
        assertBreaks(Rule.PRIVILEGED_CONTAINERS, withInitContainer(linux(), new SecurityContextBuilder().withPrivileged(true)));
        assertKeeps(Rule.PRIVILEGED_CONTAINERS, containerContext(linux(), c -> c.withPrivileged(false)));
    }

    @Test
    void baselineCapabilities() {
        assertBothKeep(Rule.CAPABILITIES_BASELINE);
    }

    @Test
    void baselineCapabilitiesCaught() {
        assertBreaks(Rule.CAPABILITIES_BASELINE,
                containerContext(linux(), c -> c.editCapabilities().addToAdd("SYS_ADMIN").endCapabilities()));
        assertKeeps(Rule.CAPABILITIES_BASELINE,
                containerContext(linux(), c -> c.editCapabilities().addToAdd("CHOWN").endCapabilities()));
    }

    @Test
    void hostPathVolumes() {
        assertBothKeep(Rule.HOST_PATH_VOLUMES);
    }

    @Test
    void hostPathVolumesCaught() {
        assertBreaks(Rule.HOST_PATH_VOLUMES, spec(linux(), s -> s.addToVolumes(new VolumeBuilder().withName("docker")
                .withNewHostPath().withPath("/var/run/docker.sock").endHostPath().build())));
    }

    @Test
    void hostPorts() {
        assertBothKeep(Rule.HOST_PORTS);
    }

    @Test
    void hostPortsCaught() {
        Pod pod = new PodBuilder(linux()).editSpec().editFirstContainer()
                .addToPorts(new ContainerPortBuilder().withContainerPort(8080).withHostPort(8080).build())
                .endContainer().endSpec().build();
        assertBreaks(Rule.HOST_PORTS, pod);
        Pod containerPortOnly = new PodBuilder(linux()).editSpec().editFirstContainer()
                .addToPorts(new ContainerPortBuilder().withContainerPort(8080).build()).endContainer().endSpec().build();
        assertKeeps(Rule.HOST_PORTS, containerPortOnly);
    }

    @Test
    void appArmor() {
        assertBothKeep(Rule.APPARMOR);
    }

    @Test
    void appArmorCaught() {
        assertBreaks(Rule.APPARMOR, containerContext(linux(), c -> c.withNewAppArmorProfile().withType("Unconfined")
                .endAppArmorProfile()));
        assertBreaks(Rule.APPARMOR, podContext(linux(), c -> c.withNewAppArmorProfile().withType("Unconfined")
                .endAppArmorProfile()));
        assertBreaks(Rule.APPARMOR, new PodBuilder(linux()).editMetadata()
                .addToAnnotations("container.apparmor.security.beta.kubernetes.io/agent", "unconfined").endMetadata().build());
        assertKeeps(Rule.APPARMOR, containerContext(linux(), c -> c.withNewAppArmorProfile().withType("RuntimeDefault")
                .endAppArmorProfile()));
    }

    @Test
    void seLinux() {
        assertBothKeep(Rule.SELINUX);
    }

    @Test
    void seLinuxCaught() {
        assertBreaks(Rule.SELINUX, containerContext(linux(), c -> c.withNewSeLinuxOptions().withType("spc_t")
                .endSeLinuxOptions()));
        assertBreaks(Rule.SELINUX, podContext(linux(), c -> c.withNewSeLinuxOptions().withUser("system_u")
                .endSeLinuxOptions()));
        assertKeeps(Rule.SELINUX, podContext(linux(), c -> c.withNewSeLinuxOptions().withType("container_t")
                .withLevel("s0:c123,c456").endSeLinuxOptions()));
    }

    @Test
    void procMount() {
        assertBothKeep(Rule.PROC_MOUNT);
    }

    @Test
    void procMountCaught() {
        assertBreaks(Rule.PROC_MOUNT, containerContext(linux(), c -> c.withProcMount("Unmasked")));
        assertKeeps(Rule.PROC_MOUNT, containerContext(linux(), c -> c.withProcMount("Default")));
    }

    @Test
    void baselineSeccomp() {
        assertBothKeep(Rule.SECCOMP_BASELINE);
    }

    @Test
    void baselineSeccompCaught() {
        assertBreaks(Rule.SECCOMP_BASELINE, containerContext(linux(), c -> c.editSeccompProfile().withType("Unconfined")
                .endSeccompProfile()));
        assertBreaks(Rule.SECCOMP_BASELINE, podContext(linux(), c -> c.editSeccompProfile().withType("Unconfined")
                .endSeccompProfile()));
    }

    @Test
    void sysctls() {
        assertBothKeep(Rule.SYSCTLS);
    }

    @Test
    void sysctlsCaught() {
        assertBreaks(Rule.SYSCTLS, podContext(linux(), c -> c.addNewSysctl("kernel.msgmax", "65536")));
        assertKeeps(Rule.SYSCTLS, podContext(linux(), c -> c.addNewSysctl("net.ipv4.tcp_syncookies", "1")));
    }

    // Restricted

    @Test
    void volumeTypes() {
        assertBothKeep(Rule.VOLUME_TYPES);
    }

    @Test
    void volumeTypesCaught() {
        assertBreaks(Rule.VOLUME_TYPES, spec(linux(), s -> s.addToVolumes(new VolumeBuilder().withName("share")
                .withNewNfs().withServer("nfs.example").withPath("/builds").endNfs().build())));
        assertBreaks(Rule.VOLUME_TYPES, spec(windows(), s -> s.addToVolumes(new VolumeBuilder().withName("host")
                .withNewHostPath().withPath("C:/").endHostPath().build())));
        assertKeeps(Rule.VOLUME_TYPES, spec(linux(), s -> s.addToVolumes(new VolumeBuilder().withName("settings")
                .withNewConfigMap().withName("maven-settings").endConfigMap().build())));
    }

    @Test
    void privilegeEscalation() {
        assertKeeps(Rule.PRIVILEGE_ESCALATION, linux());
        // Exempt by the standard: a Windows pod cannot even set the field.
        assertKeeps(Rule.PRIVILEGE_ESCALATION, windows());
    }

    @Test
    void privilegeEscalationCaught() {
        assertBreaks(Rule.PRIVILEGE_ESCALATION, containerContext(linux(), c -> c.withAllowPrivilegeEscalation(true)));
        assertBreaks(Rule.PRIVILEGE_ESCALATION, containerContext(linux(), c -> c.withAllowPrivilegeEscalation(null)));
        // The exemption is for pods that say they are Windows, not for any pod that leaves the field out.
        assertBreaks(Rule.PRIVILEGE_ESCALATION, spec(windows(), s -> s.withOs(null)));
    }

    @Test
    void runningAsNonRoot() {
        assertBothKeep(Rule.RUNNING_AS_NON_ROOT);
    }

    @Test
    void runningAsNonRootCaught() {
        assertBreaks(Rule.RUNNING_AS_NON_ROOT, podContext(linux(), c -> c.withRunAsNonRoot(false)));
        assertBreaks(Rule.RUNNING_AS_NON_ROOT, containerContext(linux(), c -> c.withRunAsNonRoot(false)));
        assertBreaks(Rule.RUNNING_AS_NON_ROOT, containerContext(podContext(linux(), c -> c.withRunAsNonRoot(null)),
                c -> c.withRunAsNonRoot(null)));
        assertBreaks(Rule.RUNNING_AS_NON_ROOT, podContext(windows(), c -> c.withRunAsNonRoot(false)));
        // Either level is enough when the other is unset.
        assertKeeps(Rule.RUNNING_AS_NON_ROOT, containerContext(linux(), c -> c.withRunAsNonRoot(null)));
        assertKeeps(Rule.RUNNING_AS_NON_ROOT, podContext(linux(), c -> c.withRunAsNonRoot(null)));
    }

    @Test
    void runningAsNonRootUser() {
        assertBothKeep(Rule.RUNNING_AS_NON_ROOT_USER);
    }

    @Test
    void runningAsNonRootUserCaught() {
        assertBreaks(Rule.RUNNING_AS_NON_ROOT_USER, podContext(linux(), c -> c.withRunAsUser(0L)));
        assertBreaks(Rule.RUNNING_AS_NON_ROOT_USER, containerContext(linux(), c -> c.withRunAsUser(0L)));
    }

    @Test
    void restrictedSeccomp() {
        assertKeeps(Rule.SECCOMP_RESTRICTED, linux());
        // Exempt by the standard: a Windows pod cannot set seccomp.
        assertKeeps(Rule.SECCOMP_RESTRICTED, windows());
    }

    @Test
    void restrictedSeccompCaught() {
        Pod noPodLevel = podContext(linux(), c -> c.withSeccompProfile(null));
        assertKeeps(Rule.SECCOMP_RESTRICTED, noPodLevel);
        assertBreaks(Rule.SECCOMP_RESTRICTED, containerContext(noPodLevel, c -> c.withSeccompProfile(null)));
        assertBreaks(Rule.SECCOMP_RESTRICTED, containerContext(linux(), c -> c.editSeccompProfile().withType("Unconfined")
                .endSeccompProfile()));
        assertBreaks(Rule.SECCOMP_RESTRICTED, spec(windows(), s -> s.withOs(null)));
    }

    @Test
    void restrictedCapabilities() {
        assertKeeps(Rule.CAPABILITIES_RESTRICTED, linux());
        // Exempt by the standard: Windows has no Linux capabilities.
        assertKeeps(Rule.CAPABILITIES_RESTRICTED, windows());
    }

    @Test
    void restrictedCapabilitiesCaught() {
        assertBreaks(Rule.CAPABILITIES_RESTRICTED, containerContext(linux(), c -> c.withCapabilities(null)));
        assertBreaks(Rule.CAPABILITIES_RESTRICTED,
                containerContext(linux(), c -> c.editCapabilities().withDrop("NET_RAW").endCapabilities()));
        assertBreaks(Rule.CAPABILITIES_RESTRICTED,
                containerContext(linux(), c -> c.editCapabilities().addToAdd("CHOWN").endCapabilities()));
        assertBreaks(Rule.CAPABILITIES_RESTRICTED, withInitContainer(linux(), new SecurityContextBuilder()
                .withAllowPrivilegeEscalation(false).withRunAsNonRoot(true)));
        assertBreaks(Rule.CAPABILITIES_RESTRICTED, spec(windows(), s -> s.withOs(null)));
        assertKeeps(Rule.CAPABILITIES_RESTRICTED,
                containerContext(linux(), c -> c.editCapabilities().addToAdd("NET_BIND_SERVICE").endCapabilities()));
    }
}
