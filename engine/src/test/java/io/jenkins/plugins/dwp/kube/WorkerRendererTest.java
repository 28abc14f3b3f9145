package io.jenkins.plugins.dwp.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.config.ValidationResult;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorkerRendererTest {

    /**
     * Linux and Windows pools on the built-in images, and pools on images that keep several
     * versions of a tool side by side, on each operating system.
     */
    static final String POOLS = """
            images:
              - id: tools-linux-1
                family: tools-linux
                os: linux
                image: registry.example.com/tools-linux:1
                tools:
                  kubectl:
                    versions: [1.30.8, 1.31.4]
                    path: /opt/kubectl/{version}
                  helm:
                    versions: [3.15.4, 3.16.3]
                    path: /opt/helm/{version}
                  git: 2.47.3
              - id: tools-windows-1
                family: tools-windows
                os: windows
                image: registry.example.com/tools-windows:1
                tools:
                  kubectl:
                    versions: [1.30.8, 1.31.4]
                    path: C:/tools/kubectl/{version}
                  helm:
                    versions: [3.15.4, 3.16.3]
                    path: C:/tools/helm/{version}
            pools:
              - name: linux
                image: {default: inbound-agent}
                resources: {requests: {cpu: 500m, memory: 1Gi}, limits: {memory: 2Gi}}
                maxLifetimeHours: 24
                nodeSelector: {kubernetes.io/arch: amd64}
                tolerations:
                  - {key: dedicated, operator: Equal, value: ci, effect: NoSchedule}
                  - {operator: Exists, effect: NoExecute, tolerationSeconds: 60}
                env: {GRADLE_OPTS: -Xmx1g}
              - name: windows
                image: {default: inbound-agent-windows}
                resources: {requests: {cpu: 2, memory: 4Gi}}
              - name: deploy
                image: {pinned: tools-linux-1}
                resources: {requests: {cpu: 250m, memory: 512Mi}}
                tools: {kubectl: 1.31.4, helm: 3.16.3, git: 2.47.3}
                serviceAccount: deployer
                namespace: deployments
              - name: deploy-windows
                image: {pinned: tools-windows-1}
                resources: {requests: {cpu: 1, memory: 2Gi}}
                tools: {helm: 3.15.4, kubectl: 1.30.8}
            """;

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    static final Instant CREATED = Instant.parse("2026-11-25T10:15:30Z");
    static final String SECRET = "3b1f0c9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c";
    static final AgentConnection AGENT = new AgentConnection("http://jenkins.example:8080/", true);

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** The pools of {@code yaml}, validated as the product validates them, on {@link #TODAY}. */
    static PoolSet pools(String yaml) {
        ValidationResult result = new PoolsValidator(BuiltinCatalog.get(), TODAY).validate(SourceFile.of("pools.yaml", yaml));
        assertTrue(result.valid(), () -> result.findings().toString());
        return result.poolSet().orElseThrow();
    }

    static ResolvedPool pool(String name) {
        return pools(POOLS).pool(name).orElseThrow();
    }

    static WorkerIdentity identity(ResolvedPool pool) {
        return new WorkerIdentity("controller-a", "k3x9q2mz", pool.pool().name(),
                pool.pool().namespace().orElse("jenkins-workers"), CREATED);
    }

    static RenderedWorker render(String poolName) {
        ResolvedPool pool = pool(poolName);
        return new WorkerRenderer(AGENT).render(pool, identity(pool), SECRET);
    }

    private static Container agent(Pod pod) {
        assertEquals(1, pod.getSpec().getContainers().size());
        return pod.getSpec().getContainers().get(0);
    }

    private static Map<String, EnvVar> env(Pod pod) {
        return agent(pod).getEnv().stream()
                .collect(Collectors.toMap(EnvVar::getName, e -> e, (a, b) -> b, LinkedHashMap::new));
    }

    private static String value(Pod pod, String name) {
        EnvVar var = env(pod).get(name);
        return var == null ? null : var.getValue();
    }

    @Test
    void podAndSecretAreNamedAfterTheLeaseAndLiveInTheWorkersNamespace() {
        RenderedWorker worker = render("linux");
        assertEquals("linux-k3x9q2mz", worker.pod().getMetadata().getName());
        assertEquals("jenkins-workers", worker.pod().getMetadata().getNamespace());
        assertEquals("linux-k3x9q2mz", worker.secret().getMetadata().getName());
        assertEquals("jenkins-workers", worker.secret().getMetadata().getNamespace());
        RenderedWorker deploy = render("deploy");
        assertEquals("deployments", deploy.pod().getMetadata().getNamespace());
        assertEquals("deployments", deploy.secret().getMetadata().getNamespace());
        assertEquals("v1", worker.pod().getApiVersion());
        assertEquals("Pod", worker.pod().getKind());
        assertEquals("v1", worker.secret().getApiVersion());
        assertEquals("Secret", worker.secret().getKind());
    }

    @Test
    void labelsSayWhoMadeThePodForWhichPoolAndLease() {
        Map<String, String> expected = Map.of(
                WorkerMetadata.MANAGED_BY, WorkerMetadata.MANAGER,
                WorkerMetadata.CONTROLLER, "controller-a",
                WorkerMetadata.POOL, "linux",
                WorkerMetadata.LEASE, "k3x9q2mz");
        RenderedWorker worker = render("linux");
        assertEquals(expected, worker.pod().getMetadata().getLabels());
        assertEquals(expected, worker.secret().getMetadata().getLabels());
    }

    @Test
    void annotationsCarryTheTimesAndImageThatReapingNeeds() {
        Pod pod = render("linux").pod();
        assertEquals(Map.of(
                WorkerMetadata.CREATED, "2026-11-25T10:15:30Z",
                WorkerMetadata.LAST_ACTIVE, "2026-11-25T10:15:30Z",
                WorkerMetadata.IMAGE_ID, "inbound-agent-jdk21",
                WorkerMetadata.LIFETIME_DEADLINE, "2026-11-26T10:15:30Z"), pod.getMetadata().getAnnotations());
        Pod windows = render("windows").pod();
        assertEquals("inbound-agent-windows-ltsc2022-jdk21", windows.getMetadata().getAnnotations().get(WorkerMetadata.IMAGE_ID));
        // The built-in lifetime, 72 hours.
        assertEquals("2026-11-28T10:15:30Z", windows.getMetadata().getAnnotations().get(WorkerMetadata.LIFETIME_DEADLINE));
    }

    @Test
    void specRunsOnceAndIsKilledByTheKubeletAtTheLifetimeIfNobodyReapsIt() {
        Pod pod = render("linux").pod();
        assertEquals("Never", pod.getSpec().getRestartPolicy());
        assertEquals(24L * 3600, pod.getSpec().getActiveDeadlineSeconds());
        assertEquals(72L * 3600, render("windows").pod().getSpec().getActiveDeadlineSeconds());
        assertEquals(WorkerRenderer.TERMINATION_GRACE_SECONDS, pod.getSpec().getTerminationGracePeriodSeconds());
        assertTrue(pod.getSpec().getTerminationGracePeriodSeconds() <= 30);
        assertEquals(Boolean.FALSE, pod.getSpec().getEnableServiceLinks());
    }

    @Test
    void scheduledOnTheImagesOperatingSystemAndThePoolsNodes() {
        Pod linux = render("linux").pod();
        assertEquals("linux", linux.getSpec().getOs().getName());
        assertEquals(Map.of("kubernetes.io/os", "linux", "kubernetes.io/arch", "amd64"), linux.getSpec().getNodeSelector());
        Pod windows = render("windows").pod();
        assertEquals("windows", windows.getSpec().getOs().getName());
        assertEquals(Map.of("kubernetes.io/os", "windows"), windows.getSpec().getNodeSelector());
    }

    @Test
    void tolerationsAreThePoolsInKubernetesForm() {
        List<Toleration> tolerations = render("linux").pod().getSpec().getTolerations();
        assertEquals(2, tolerations.size());
        Toleration dedicated = tolerations.get(0);
        assertEquals("dedicated", dedicated.getKey());
        assertEquals("Equal", dedicated.getOperator());
        assertEquals("ci", dedicated.getValue());
        assertEquals("NoSchedule", dedicated.getEffect());
        assertNull(dedicated.getTolerationSeconds());
        Toleration any = tolerations.get(1);
        assertNull(any.getKey());
        assertEquals("Exists", any.getOperator());
        assertNull(any.getValue());
        assertEquals("NoExecute", any.getEffect());
        assertEquals(60L, any.getTolerationSeconds());
        assertTrue(render("windows").pod().getSpec().getTolerations().isEmpty());
    }

    @Test
    void withoutAServiceAccountThePodGetsNoApiToken() {
        Pod pod = render("linux").pod();
        assertNull(pod.getSpec().getServiceAccountName());
        assertNull(pod.getSpec().getServiceAccount());
        assertEquals(Boolean.FALSE, pod.getSpec().getAutomountServiceAccountToken());
    }

    @Test
    void aPoolsServiceAccountIsUsedWithItsToken() {
        Pod pod = render("deploy").pod();
        assertEquals("deployer", pod.getSpec().getServiceAccountName());
        assertEquals(Boolean.TRUE, pod.getSpec().getAutomountServiceAccountToken());
    }

    @Test
    void oneAgentContainerRunsTheCatalogImageWithThePoolsResources() {
        Container agent = agent(render("linux").pod());
        assertEquals("agent", agent.getName());
        assertEquals("docker.io/jenkins/inbound-agent:3355.v388858a_47b_33-5-jdk21", agent.getImage());
        assertEquals("IfNotPresent", agent.getImagePullPolicy());
        assertEquals(Map.of("cpu", new Quantity("500m"), "memory", new Quantity("1Gi")), agent.getResources().getRequests());
        assertEquals(Map.of("memory", new Quantity("2Gi")), agent.getResources().getLimits());
        Container windows = agent(render("windows").pod());
        assertEquals("docker.io/jenkins/inbound-agent:3355.v388858a_47b_33-5-jdk21-windowsservercore-ltsc2022",
                windows.getImage());
        assertEquals(Map.of("cpu", new Quantity("2"), "memory", new Quantity("4Gi")), windows.getResources().getRequests());
        assertTrue(windows.getResources().getLimits() == null || windows.getResources().getLimits().isEmpty());
        Pod pod = render("linux").pod();
        assertTrue(pod.getSpec().getInitContainers() == null || pod.getSpec().getInitContainers().isEmpty());
    }

    @Test
    void theWorkDirectoryIsAnEmptyDirAtTheImagesAgentWorkDir() {
        for (String poolName : List.of("linux", "windows")) {
            Pod pod = render(poolName).pod();
            String workDir = poolName.equals("linux") ? "/home/jenkins/agent" : "C:/Users/jenkins/Work";
            assertEquals(1, pod.getSpec().getVolumes().size());
            Volume volume = pod.getSpec().getVolumes().get(0);
            assertEquals(WorkerRenderer.WORK_VOLUME, volume.getName());
            assertNotNull(volume.getEmptyDir());
            assertEquals(1, agent(pod).getVolumeMounts().size());
            assertEquals(WorkerRenderer.WORK_VOLUME, agent(pod).getVolumeMounts().get(0).getName());
            assertEquals(workDir, agent(pod).getVolumeMounts().get(0).getMountPath());
            assertEquals(workDir, value(pod, "JENKINS_AGENT_WORKDIR"));
        }
    }

    @Test
    void theAgentIsToldWhereJenkinsIsWhoItIsAndHowToConnect() {
        Pod pod = render("linux").pod();
        assertEquals(List.of("JENKINS_URL", "JENKINS_AGENT_NAME", "JENKINS_SECRET", "JENKINS_WEB_SOCKET",
                "JENKINS_AGENT_WORKDIR", "GRADLE_OPTS"), List.copyOf(env(pod).keySet()));
        assertEquals("http://jenkins.example:8080/", value(pod, "JENKINS_URL"));
        assertEquals("linux-k3x9q2mz", value(pod, "JENKINS_AGENT_NAME"));
        assertEquals("true", value(pod, "JENKINS_WEB_SOCKET"));
        assertEquals("-Xmx1g", value(pod, "GRADLE_OPTS"));
    }

    @Test
    void withoutWebSocketTheAgentUsesTheTcpPortAndNoVariableSaysOtherwise() {
        ResolvedPool pool = pool("linux");
        Pod pod = new WorkerRenderer(new AgentConnection("http://jenkins:8080/", false))
                .render(pool, identity(pool), SECRET).pod();
        assertFalse(env(pod).containsKey("JENKINS_WEB_SOCKET"));
        assertEquals("http://jenkins:8080/", value(pod, "JENKINS_URL"));
    }

    @Test
    void theAgentSecretComesFromTheWorkersSecretByReference() {
        Pod pod = render("linux").pod();
        EnvVar secret = env(pod).get("JENKINS_SECRET");
        assertNull(secret.getValue());
        assertEquals("linux-k3x9q2mz", secret.getValueFrom().getSecretKeyRef().getName());
        assertEquals("secret", secret.getValueFrom().getSecretKeyRef().getKey());
        // Required: a pod whose secret is not there yet waits for it rather than starting without.
        assertNull(secret.getValueFrom().getSecretKeyRef().getOptional());
    }

    @Test
    void theSecretValueNeverAppearsInThePod() {
        for (String poolName : List.of("linux", "windows", "deploy", "deploy-windows")) {
            Pod pod = render(poolName).pod();
            assertFalse(SERIALIZATION.asYaml(pod).contains(SECRET), poolName);
            assertFalse(SERIALIZATION.asJson(pod).contains(SECRET), poolName);
            assertFalse(pod.toString().contains(SECRET), poolName);
        }
    }

    @Test
    void theSecretHoldsTheAgentSecretUnderItsKey() {
        Secret secret = render("linux").secret();
        assertEquals("Opaque", secret.getType());
        assertEquals(Map.of("secret", SECRET), secret.getStringData());
        assertEquals(Boolean.TRUE, secret.getImmutable());
        assertTrue(secret.getMetadata().getOwnerReferences() == null || secret.getMetadata().getOwnerReferences().isEmpty());
    }

    @Test
    void theSecretToCreateIsOwnedByTheCreatedPodSoItGoesWithIt() {
        RenderedWorker worker = render("linux");
        Pod created = new PodBuilder(worker.pod()).editMetadata().withUid("5f0c2a1e-1111-2222-3333-444455556666")
                .withResourceVersion("17").endMetadata().build();
        Secret owned = worker.secretOwnedBy(created);
        assertEquals(1, owned.getMetadata().getOwnerReferences().size());
        OwnerReference owner = owned.getMetadata().getOwnerReferences().get(0);
        assertEquals("v1", owner.getApiVersion());
        assertEquals("Pod", owner.getKind());
        assertEquals("linux-k3x9q2mz", owner.getName());
        assertEquals("5f0c2a1e-1111-2222-3333-444455556666", owner.getUid());
        assertEquals(Boolean.FALSE, owner.getController());
        assertEquals(Boolean.FALSE, owner.getBlockOwnerDeletion());
        // Otherwise the same secret.
        assertEquals(worker.secret().getStringData(), owned.getStringData());
        assertEquals(worker.secret().getMetadata().getLabels(), owned.getMetadata().getLabels());
        assertEquals(worker.secret().getMetadata().getName(), owned.getMetadata().getName());
        assertTrue(worker.secret().getMetadata().getOwnerReferences().isEmpty(), "the rendered secret is left as it was");
    }

    @Test
    void anOwnerMustBeTheCreatedPodOfThisWorker() {
        RenderedWorker worker = render("linux");
        assertThrows(IllegalArgumentException.class, () -> worker.secretOwnedBy(worker.pod()));
        Pod other = new PodBuilder(render("windows").pod()).editMetadata().withUid("u-1").endMetadata().build();
        assertThrows(IllegalArgumentException.class, () -> worker.secretOwnedBy(other));
    }

    @Test
    void theToolVersionsAPoolChoseAreListedForPathInThePoolsOrder() {
        assertEquals("/opt/kubectl/1.31.4:/opt/helm/3.16.3", value(render("deploy").pod(), "DWP_TOOL_PATH"));
        assertEquals("C:/tools/helm/3.15.4;C:/tools/kubectl/1.30.8", value(render("deploy-windows").pod(), "DWP_TOOL_PATH"));
        assertFalse(env(render("linux").pod()).containsKey("DWP_TOOL_PATH"));
        assertFalse(env(render("windows").pod()).containsKey("DWP_TOOL_PATH"));
    }

    @Test
    void aToolWithOneVersionAndNoDirectoryAddsNothingToPath() {
        PoolSet set = pools("""
                images:
                  - id: tools-linux-1
                    family: tools-linux
                    os: linux
                    image: registry.example.com/tools-linux:1
                    tools: {git: 2.47.3}
                pools:
                  - name: git
                    image: {pinned: tools-linux-1}
                    resources: {requests: {cpu: 1, memory: 1Gi}}
                    tools: {git: 2.47.3}
                """);
        ResolvedPool pool = set.pool("git").orElseThrow();
        assertEquals(java.util.Optional.empty(), WorkerRenderer.toolPathOf(pool));
        assertFalse(env(new WorkerRenderer(AGENT).render(pool, identity(pool), SECRET).pod()).containsKey("DWP_TOOL_PATH"));
    }

    @Test
    void linuxPodsRunAsTheImagesJenkinsUserWithEverythingLockedDown() {
        Pod pod = render("linux").pod();
        PodSecurityContext podContext = pod.getSpec().getSecurityContext();
        assertEquals(Boolean.TRUE, podContext.getRunAsNonRoot());
        assertEquals(1000L, podContext.getRunAsUser());
        assertEquals(1000L, podContext.getRunAsGroup());
        assertEquals(1000L, podContext.getFsGroup());
        assertEquals("RuntimeDefault", podContext.getSeccompProfile().getType());
        assertNull(podContext.getWindowsOptions(), "the API server refuses windowsOptions on a linux pod");
        SecurityContext container = agent(pod).getSecurityContext();
        assertEquals(Boolean.FALSE, container.getAllowPrivilegeEscalation());
        assertEquals(List.of("ALL"), container.getCapabilities().getDrop());
        assertTrue(container.getCapabilities().getAdd() == null || container.getCapabilities().getAdd().isEmpty());
        assertEquals(Boolean.TRUE, container.getRunAsNonRoot());
        assertEquals("RuntimeDefault", container.getSeccompProfile().getType());
        assertNull(container.getPrivileged());
        assertNull(container.getWindowsOptions());
        assertNull(pod.getSpec().getHostNetwork());
        assertNull(pod.getSpec().getHostPID());
        assertNull(pod.getSpec().getHostIPC());
    }

    @Test
    void windowsPodsSetNothingTheApiServerRefusesOnWindowsAndStillRunAsNonRoot() {
        Pod pod = render("windows").pod();
        PodSecurityContext podContext = pod.getSpec().getSecurityContext();
        assertEquals(Boolean.TRUE, podContext.getRunAsNonRoot());
        // The fields the API server refuses when spec.os.name is windows (PodSpec.os).
        assertNull(pod.getSpec().getHostPID());
        assertNull(pod.getSpec().getHostIPC());
        assertNull(pod.getSpec().getHostUsers());
        assertNull(pod.getSpec().getShareProcessNamespace());
        assertNull(podContext.getSeLinuxOptions());
        assertNull(podContext.getSeccompProfile());
        assertNull(podContext.getFsGroup());
        assertNull(podContext.getFsGroupChangePolicy());
        assertTrue(podContext.getSysctls() == null || podContext.getSysctls().isEmpty());
        assertNull(podContext.getRunAsUser());
        assertNull(podContext.getRunAsGroup());
        assertTrue(podContext.getSupplementalGroups() == null || podContext.getSupplementalGroups().isEmpty());
        assertNull(podContext.getAppArmorProfile());
        SecurityContext container = agent(pod).getSecurityContext();
        assertNull(container.getSeLinuxOptions());
        assertNull(container.getSeccompProfile());
        assertNull(container.getCapabilities());
        assertNull(container.getReadOnlyRootFilesystem());
        assertNull(container.getPrivileged());
        assertNull(container.getAllowPrivilegeEscalation());
        assertNull(container.getProcMount());
        assertNull(container.getRunAsUser());
        assertNull(container.getRunAsGroup());
        assertNull(container.getAppArmorProfile());
        // The image's own user, jenkins, not ContainerUser: see WorkerRenderer.
        assertNull(podContext.getWindowsOptions());
        assertNull(container.getWindowsOptions());
        assertEquals(Boolean.TRUE, container.getRunAsNonRoot());
    }

    @Test
    void windowsPodsGetWindowsPathsAndSeparators() {
        Pod pod = render("deploy-windows").pod();
        assertEquals("C:/Users/jenkins/Work", value(pod, "JENKINS_AGENT_WORKDIR"));
        assertTrue(value(pod, "DWP_TOOL_PATH").contains(";"));
        assertFalse(value(pod, "DWP_TOOL_PATH").contains(":/opt"));
    }

    @Test
    void renderingIsPureSoARetryMakesTheSameObjects() {
        assertEquals(render("linux"), render("linux"));
        assertEquals(SERIALIZATION.asYaml(render("deploy").pod()), SERIALIZATION.asYaml(render("deploy").pod()));
    }

    @Test
    void theSerializedPodHasNoNullsAndReadsBackEqual() {
        for (String poolName : List.of("linux", "windows", "deploy")) {
            RenderedWorker worker = render(poolName);
            String yaml = SERIALIZATION.asYaml(worker.pod());
            assertFalse(yaml.contains("null"), yaml);
            assertEquals(worker.pod(), SERIALIZATION.unmarshal(yaml, Pod.class));
            assertEquals(worker.secret(), SERIALIZATION.unmarshal(SERIALIZATION.asYaml(worker.secret()), Secret.class));
        }
    }

    @Test
    void anIdentityOfAnotherPoolOrAnEmptySecretIsRefused() {
        ResolvedPool linux = pool("linux");
        WorkerIdentity windows = identity(pool("windows"));
        WorkerRenderer renderer = new WorkerRenderer(AGENT);
        assertThrows(IllegalArgumentException.class, () -> renderer.render(linux, windows, SECRET));
        assertThrows(IllegalArgumentException.class, () -> renderer.render(linux, identity(linux), ""));
        assertThrows(IllegalArgumentException.class, () -> renderer.render(linux, identity(linux), null));
    }

    @Test
    void anImageWithoutTheAgentGetsItsJarFromAnInitContainerAndStaysLockedDown() {
        ResolvedPool maven = pools("""
                images:
                  - id: maven
                    family: maven
                    os: linux
                    image: docker.io/library/maven:3.9-eclipse-temurin-21
                    agent: injected
                    tools: {java: "21"}
                pools:
                  - name: maven
                    image: {pinned: maven}
                    resources: {requests: {cpu: 1, memory: 2Gi}}
                """).pool("maven").orElseThrow();
        Pod pod = new WorkerRenderer(AGENT).render(maven, identity(maven), SECRET).pod();
        Container copier = pod.getSpec().getInitContainers().get(0);
        assertEquals(BuiltinCatalog.get().image("inbound-agent-jdk21").orElseThrow().reference(), copier.getImage());
        assertEquals(List.of("cp", "/usr/share/jenkins/agent.jar", "/dwp-agent/agent.jar"), copier.getCommand());
        Container worker = agent(pod);
        assertEquals("docker.io/library/maven:3.9-eclipse-temurin-21", worker.getImage());
        assertEquals(List.of("sh", "-c"), worker.getCommand().subList(0, 2));
        String start = worker.getCommand().get(2);
        assertTrue(start.startsWith("exec java $JAVA_OPTS -jar /dwp-agent/agent.jar -url \"$JENKINS_URL\""), start);
        assertTrue(start.endsWith(" -webSocket"), start);
        assertFalse(start.contains(SECRET), "the secret comes from the environment, never the spec");
        assertTrue(worker.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/dwp-agent") && m.getReadOnly()));
        assertEquals(List.of(), PodSecurityStandard.violations(PodSecurityStandard.Level.RESTRICTED, pod));
        assertTrue(render("linux").pod().getSpec().getInitContainers().isEmpty(), "an agent image needs no copier");
        assertTrue(agent(render("linux").pod()).getCommand().isEmpty(), "and keeps its own entrypoint");
    }
}
