package io.jenkins.plugins.dwp.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.catalog.ImageCatalog;
import io.jenkins.plugins.dwp.catalog.NoticeSeverity;
import io.jenkins.plugins.dwp.yaml.Finding;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PoolsValidatorTest {

    /** A family in three stages: deprecated 22.04, stable 24.04, alpha 26.04; and a Windows image. */
    private static final String IMAGES = """
            images:
              - id: ubuntu-22.04
                family: ubuntu
                os: linux
                image: registry.example.com/ubuntu-agent:22.04
                deprecatedAfter: 2026-10-31
                decommissionedAfter: 2027-04-30
                replacement: ubuntu-24.04
              - id: ubuntu-24.04
                family: ubuntu
                name: Ubuntu Server 24.04
                os: linux
                image: registry.example.com/ubuntu-agent:24.04
                deprecatedAfter: 2027-10-31
                replacement: ubuntu-26.04
                tools:
                  helm: 3.16.3
                  kubectl:
                    versions: [1.30.8, 1.31.4, 1.32.1]
                    path: /opt/kubectl/{version}
              - id: ubuntu-26.04
                family: ubuntu
                os: linux
                image: registry.example.com/ubuntu-agent:26.04
                stage: alpha
              - id: windows-2022
                family: windows
                os: windows
                image: registry.example.com/windows-agent:ltsc2022
            """;

    private static final String TODAY = "2026-11-25";

    private static ValidationResult validate(String yaml) {
        return validate(yaml, TODAY);
    }

    private static ValidationResult validate(String yaml, String day) {
        Clock clock = Clock.fixed(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        return new PoolsValidator(BuiltinCatalog.get(), clock).validate(SourceFile.of("pools.yaml", yaml));
    }

    private static List<String> lines(ValidationResult result) {
        return result.findings().stream().map(Finding::format).toList();
    }

    /** The single finding's line, failing with all of them if there is not exactly one. */
    private static String only(ValidationResult result) {
        List<String> lines = lines(result);
        assertEquals(1, lines.size(), () -> String.join("\n", lines));
        return lines.get(0);
    }

    private static String pool(String body) {
        return IMAGES + "pools:\n  - name: linux\n    resources: {requests: {cpu: 500m, memory: 1Gi}}\n" + body;
    }

    @Test
    void readsTheSpecExampleIntoAResolvedPool() {
        ValidationResult result = validate(IMAGES + """
                defaults:
                  image: { default: ubuntu }
                  resources: { requests: { cpu: 250m, memory: 512Mi } }
                pools:
                  - name: linux
                    labels: [linux, ubuntu]
                    image: { default: ubuntu }
                    tools: { kubectl: 1.31.4 }
                    resources:
                      requests: { cpu: 500m, memory: 1Gi }
                      limits:   { memory: 2Gi }
                    idleMinutes: 30
                    maxLifetimeHours: 24
                    pendingTimeoutMinutes: 10
                    maxWorkers: 20
                    namespace: jenkins-workers
                    serviceAccount: builder
                    nodeSelector: { kubernetes.io/arch: amd64 }
                    tolerations:
                      - { key: dedicated, operator: Equal, value: ci, effect: NoExecute, tolerationSeconds: 60 }
                    env: { GRADLE_OPTS: -Xmx1g }
                """);
        assertEquals(List.of(), lines(result));
        PoolSet set = result.poolSet().orElseThrow();
        ResolvedPool linux = set.pool("linux").orElseThrow();
        Pool pool = linux.pool();
        assertEquals("ubuntu-24.04", linux.image().id());
        assertEquals(Optional.empty(), linux.notice());
        assertEquals(List.of("linux", "ubuntu"), pool.labels());
        assertEquals(new ImageSelector.FamilyDefault("ubuntu"), pool.image());
        assertEquals(Map.of("kubectl", "1.31.4"), pool.tools());
        assertEquals(Map.of("cpu", new Quantity("500m"), "memory", new Quantity("1Gi")), pool.resources().requests());
        assertEquals(Map.of("memory", new Quantity("2Gi")), pool.resources().limits());
        assertEquals(30, pool.idleMinutes());
        assertEquals(24, pool.maxLifetimeHours());
        assertEquals(10, pool.pendingTimeoutMinutes());
        assertEquals(OptionalInt.of(20), pool.maxWorkers());
        assertEquals(Optional.of("jenkins-workers"), pool.namespace());
        assertEquals(Optional.of("builder"), pool.serviceAccount());
        assertEquals(Map.of("kubernetes.io/arch", "amd64"), pool.nodeSelector());
        assertEquals(List.of(new PodToleration(Optional.of("dedicated"), "Equal", Optional.of("ci"), Optional.of("NoExecute"),
                Optional.of(60))), pool.tolerations());
        assertEquals(Map.of("GRADLE_OPTS", "-Xmx1g"), pool.env());
        assertEquals(Optional.of("/opt/kubectl/1.31.4"),
                linux.image().tools().get("kubectl").directoryOf("1.31.4"));
        assertEquals(LocalDate.parse(TODAY), set.day());
        assertEquals(Optional.of(linux), set.servingLabel("ubuntu"));
    }

    @Test
    void appliesDefaultsThenBuiltInDefaults() {
        ValidationResult result = validate(IMAGES + """
                defaults:
                  image: { pinned: ubuntu-24.04 }
                  resources: { requests: { cpu: 250m, memory: 512Mi }, limits: { memory: 1Gi } }
                  maxWorkers: 5
                  env: { A: from-defaults, B: from-defaults }
                  nodeSelector: { kubernetes.io/arch: amd64 }
                pools:
                  - name: small
                  - name: big
                    resources: { requests: { cpu: 2, memory: 1Gi } }
                    env: { B: from-pool }
                    nodeSelector: { pool: big }
                """);
        assertEquals(List.of(), lines(result));
        Pool small = result.poolSet().orElseThrow().pool("small").orElseThrow().pool();
        assertEquals(List.of("small"), small.labels(), "labels default to the pool's name");
        assertEquals(new ImageSelector.Pinned("ubuntu-24.04"), small.image());
        assertEquals(new Quantity("512Mi"), small.resources().requests().get("memory"));
        assertEquals(PoolFields.DEFAULT_IDLE_MINUTES, small.idleMinutes());
        assertEquals(PoolFields.DEFAULT_MAX_LIFETIME_HOURS, small.maxLifetimeHours());
        assertEquals(PoolFields.DEFAULT_PENDING_TIMEOUT_MINUTES, small.pendingTimeoutMinutes());
        assertEquals(OptionalInt.of(5), small.maxWorkers());
        assertEquals(Optional.empty(), small.namespace());
        Pool big = result.poolSet().orElseThrow().pool("big").orElseThrow().pool();
        assertEquals(Map.of("cpu", new Quantity("2"), "memory", new Quantity("1Gi")), big.resources().requests());
        assertEquals(Map.of("memory", new Quantity("1Gi")), big.resources().limits(), "limits still come from defaults");
        assertEquals(Map.of("A", "from-defaults", "B", "from-pool"), big.env());
        assertEquals(Map.of("kubernetes.io/arch", "amd64", "pool", "big"), big.nodeSelector());
    }

    @Test
    void aLimitBelowARequestFromDefaultsIsReportedAtTheLimit() {
        String line = only(validate(IMAGES + """
                defaults:
                  image: { default: ubuntu }
                  resources: { requests: { cpu: 1, memory: 4Gi } }
                pools:
                  - name: linux
                    resources: { limits: { memory: 2Gi } }
                """));
        assertEquals("pools.yaml:35:36: error: pools[0].resources.limits.memory: the memory limit 2Gi is below its"
                + " request 4Gi; a limit must be at least the request", line);
    }

    @Test
    void defaultFollowsTheNewestStableImageThatIsNotDeprecated() {
        String file = pool("    image: {default: ubuntu}\n");
        assertEquals("ubuntu-24.04", validate(file).poolSet().orElseThrow().pools().get(0).image().id());
        ValidationResult before = validate(file, "2026-10-31");
        assertEquals("ubuntu-24.04", before.poolSet().orElseThrow().pools().get(0).image().id(),
                "24.04 is newer than 22.04 even while both are stable");
    }

    @Test
    void defaultMovesOnByItselfAndNeverToAnAlphaImage() {
        String file = IMAGES.replace("    stage: alpha\n", "") + """
                pools:
                  - name: linux
                    image: {default: ubuntu}
                    resources: {requests: {cpu: 1}}
                """;
        assertEquals("ubuntu-26.04", validate(file).poolSet().orElseThrow().pools().get(0).image().id());
        assertEquals("ubuntu-24.04", validate(pool("    image: {default: ubuntu}\n")).poolSet().orElseThrow()
                .pools().get(0).image().id(), "26.04 is alpha in the original catalog");
    }

    @Test
    void defaultFallsBackToTheNewestDeprecatedImageWithAWarning() {
        ValidationResult result = validate(pool("    image: {default: ubuntu}\n"), "2027-11-01");
        ResolvedPool linux = result.poolSet().orElseThrow().pools().get(0);
        assertEquals("ubuntu-24.04", linux.image().id());
        assertEquals(NoticeSeverity.WARNING, linux.notice().orElseThrow().severity());
        assertEquals("pools.yaml:33:22: warning: pools[0].image.default: pool 'linux': image ubuntu-24.04 is deprecated"
                + " since 2027-11-01; move to ubuntu-26.04", only(result));
    }

    @Test
    void defaultOfAFamilyWithOnlyAlphaImagesIsAnErrorThatSaysHowToPin() {
        String line = only(validate(IMAGES + """
                  - id: rocky-10
                    family: rocky
                    os: linux
                    image: registry.example.com/rocky:10
                    stage: alpha
                pools:
                  - name: rocky
                    image: {default: rocky}
                    resources: {requests: {cpu: 1}}
                """));
        assertTrue(line.endsWith("error: pools[0].image.default: family 'rocky' has only alpha images, and default:"
                + " chooses stable ones; pin one with pinned: rocky-10"), line);
    }

    @Test
    void defaultOfAnUnknownFamilySuggestsTheClosest() {
        String line = only(validate(pool("    image: {default: ubunto}\n")));
        assertTrue(line.endsWith("no image family 'ubunto' in the catalog; did you mean 'ubuntu'?"), line);
    }

    @Test
    void pinnedToADeprecatedImageWarnsAndStillServes() {
        ValidationResult result = validate(pool("    image: {pinned: ubuntu-22.04}\n"));
        assertTrue(result.valid());
        assertEquals("pools.yaml:33:21: warning: pools[0].image.pinned: pool 'linux': image ubuntu-22.04 is deprecated"
                + " since 2026-11-01 and will be decommissioned after 2027-04-30; move to ubuntu-24.04", only(result));
        assertTrue(result.poolSet().orElseThrow().pools().get(0).usable());
    }

    @Test
    void pinnedToAnImageAboutToBeDecommissionedIsDanger() {
        ValidationResult result = validate(pool("    image: {pinned: ubuntu-22.04}\n"), "2027-04-20");
        ResolvedPool linux = result.poolSet().orElseThrow().pools().get(0);
        assertEquals(NoticeSeverity.DANGER, linux.notice().orElseThrow().severity());
        assertTrue(only(result).contains("will be decommissioned after 2027-04-30, in 11 days; move to ubuntu-24.04 now"));
    }

    @Test
    void pinnedToADecommissionedImageIsAnErrorNamingTheReplacementYetOtherPoolsServe() {
        ValidationResult result = validate(pool("""
                    image: {pinned: ubuntu-22.04}
                  - name: other
                    image: {default: ubuntu}
                    resources: {requests: {cpu: 1}}
                """), "2027-05-01");
        assertFalse(result.valid());
        assertEquals("pools.yaml:33:21: error: pools[0].image.pinned: pool 'linux': image ubuntu-22.04 was decommissioned"
                + " after 2027-04-30 and steps on it fail; move to ubuntu-24.04", only(result));
        PoolSet set = result.poolSet().orElseThrow();
        assertFalse(set.pool("linux").orElseThrow().usable());
        assertTrue(set.pool("other").orElseThrow().usable());
    }

    @Test
    void pinningAnAlphaImageWarns() {
        String line = only(validate(pool("    image: {pinned: ubuntu-26.04}\n")));
        assertTrue(line.contains("warning: pools[0].image.pinned: pool 'linux' is pinned to alpha image ubuntu-26.04"), line);
    }

    @Test
    void pinnedToAnUnknownImageSuggestsTheClosest() {
        String line = only(validate(pool("    image: {pinned: ubuntu-24.4}\n")));
        assertEquals("pools.yaml:33:21: error: pools[0].image.pinned: no image 'ubuntu-24.4' in the catalog;"
                + " did you mean 'ubuntu-24.04'?", line);
    }

    @Test
    void anImageSelectorNamesExactlyOneWay() {
        assertTrue(only(validate(pool("    image: {pinned: ubuntu-24.04, default: ubuntu}\n")))
                .contains("give exactly one of default: FAMILY"));
        assertTrue(only(validate(pool("    image: {}\n"))).contains("give exactly one of default: FAMILY"));
    }

    @Test
    void anImageWrittenAsTextSaysHowToWriteIt() {
        assertTrue(only(validate(pool("    image: ubuntu-24.04\n"))).endsWith("error: pools[0].image: expected image:"
                + " {default: FAMILY} or image: {pinned: IMAGE-ID}, found 'ubuntu-24.04'"));
    }

    @Test
    void aPoolWithoutAnyImageSaysWhereToSetOne() {
        String line = only(validate(pool("")));
        assertTrue(line.endsWith("error: pools[0]: no image: set image: {default: FAMILY} or image: {pinned: IMAGE-ID}"
                + " on the pool or under defaults"), line);
    }

    @Test
    void aToolVersionTheImageDoesNotOfferListsTheOnesItDoes() {
        assertEquals("pools.yaml:34:22: error: pools[0].tools.kubectl: image ubuntu-24.04 offers kubectl 1.30.8, 1.31.4,"
                + " 1.32.1; not 1.29.0", only(validate(pool("    image: {default: ubuntu}\n    tools: {kubectl: 1.29.0}\n"))));
    }

    @Test
    void aToolTheImageDoesNotShipListsTheToolsItDoes() {
        assertTrue(only(validate(pool("    image: {default: ubuntu}\n    tools: {terraform: 1.9.0}\n")))
                .endsWith("image ubuntu-24.04 offers no tool 'terraform'; it offers helm, kubectl"));
        assertTrue(only(validate(pool("    image: {pinned: windows-2022}\n    tools: {helm: 3.16.3}\n")))
                .endsWith("image windows-2022 offers no tool 'helm'; it lists no tools"));
    }

    @Test
    void warnsOfAPoolWithoutResourceRequests() {
        String line = only(validate(IMAGES + "pools:\n  - name: linux\n    image: {default: ubuntu}\n"));
        assertEquals("pools.yaml:31:5: warning: pools[0]: no resource requests, here or in defaults: without them the"
                + " cluster autoscaler cannot plan for this pool's pods; set resources.requests.cpu and memory", line);
    }

    @Test
    void readsQuantitiesAsKubernetesDoes() {
        ValidationResult result = validate(IMAGES + """
                pools:
                  - name: linux
                    image: {default: ubuntu}
                    resources:
                      requests: {cpu: 0.5, memory: 1e9, ephemeral-storage: 10Gi, nvidia.com/gpu: 1, hugepages-2Mi: 100Mi}
                      limits: {cpu: 500m, memory: 1G}
                """);
        assertEquals(List.of(), lines(result));
        result = validate(IMAGES + "pools:\n  - name: linux\n    image: {default: ubuntu}\n"
                + "    resources: {requests: {cpu: 1 core, gpu: 1, memory: -1Gi}}\n");
        List<String> found = lines(result);
        assertEquals(3, found.size(), found::toString);
        assertTrue(found.get(0).contains("requests.cpu: not a Kubernetes quantity"), found.get(0));
        assertTrue(found.get(1).contains("requests.gpu: not a Kubernetes resource"), found.get(1));
        assertTrue(found.get(2).contains("requests.memory: must not be negative"), found.get(2));
    }

    @Test
    void warnsOfMemoryInMillibytes() {
        String line = only(validate(IMAGES + "pools:\n  - name: linux\n    image: {default: ubuntu}\n"
                + "    resources: {requests: {memory: 512m}}\n"));
        assertTrue(line.endsWith("warning: pools[0].resources.requests.memory: 512m means 0.512 bytes (m is milli);"
                + " did you mean 512Mi?"), line);
    }

    @Test
    void refusesDockerInWorkersSayingWhy() {
        List<String> found = lines(validate(pool("""
                    image: {default: ubuntu}
                    privileged: true
                    volumes: [{hostPath: {path: /var/run/docker.sock}}]
                    containers: [{name: docker, image: docker:dind}]
                    securityContext: {runAsUser: 0}
                    env:
                      DOCKER_HOST: tcp://localhost:2375
                      SOCKET: /var/run/docker.sock
                """)));
        assertEquals(6, found.size(), () -> String.join("\n", found));
        assertTrue(found.get(0).contains("pools[0].privileged: privileged workers are refused: a privileged container owns its node"));
        assertTrue(found.get(1).contains("pools[0].volumes: volumes are refused: a worker must not reach its node's files"));
        assertTrue(found.get(2).contains("pools[0].containers: inline execution containers are refused"));
        assertTrue(found.get(3).contains("pools[0].securityContext: the security context is refused"));
        assertTrue(found.get(4).contains("pools[0].env.DOCKER_HOST: DOCKER_HOST is refused: a step must not drive a Docker"
                + " daemon"));
        assertTrue(found.get(5).contains("pools[0].env.SOCKET: the Docker socket is refused"));
    }

    @Test
    void refusesEnvironmentTheAgentOwns() {
        assertTrue(only(validate(pool("    image: {default: ubuntu}\n    env: {JENKINS_SECRET: x}\n")))
                .endsWith("pools[0].env.JENKINS_SECRET: JENKINS_SECRET is set by Dynamic Worker Pools for the agent; leave it out"));
    }

    @Test
    void refusesTheToolPathThePluginPutsFirstOnPath() {
        assertTrue(only(validate(pool("    image: {default: ubuntu}\n    env: {DWP_TOOL_PATH: /tmp/evil}\n")))
                .endsWith("pools[0].env.DWP_TOOL_PATH: DWP_TOOL_PATH is set by Dynamic Worker Pools for the agent from the"
                        + " image and the pool's tools; leave it out"));
    }

    @Test
    void unknownKeysGetTheClosestKnownKey() {
        List<String> found = lines(validate(IMAGES.replace("    family: windows", "    famly: windows") + """
                pool:
                  - name: x
                pools:
                  - name: linux
                    image: {default: ubuntu}
                    idle_minutes: 5
                    resources: {requests: {cpu: 1}, limit: {cpu: 2}}
                """));
        assertEquals(List.of(
                "pools.yaml:26:5: error: images[3]: 'family' is required",
                "pools.yaml:27:5: error: images[3].famly: unknown key 'famly'; did you mean 'family'?",
                "pools.yaml:30:1: error: pool: unknown key 'pool'; did you mean 'pools'?",
                "pools.yaml:35:5: error: pools[0].idle_minutes: unknown key 'idle_minutes'; did you mean 'idleMinutes'?",
                "pools.yaml:36:37: error: pools[0].resources.limit: unknown key 'limit'; did you mean 'limits'?"), found);
    }

    @Test
    void checksRangesAndTypesOfNumbers() {
        List<String> found = lines(validate(pool("""
                    image: {default: ubuntu}
                    idleMinutes: 0
                    maxLifetimeHours: 721
                    pendingTimeoutMinutes: soon
                    maxWorkers: 2.5
                """)));
        assertEquals(List.of(
                "pools.yaml:34:18: error: pools[0].idleMinutes: expected a whole number from 1 to 10080, found 0",
                "pools.yaml:35:23: error: pools[0].maxLifetimeHours: expected a whole number from 1 to 720, found 721",
                "pools.yaml:36:28: error: pools[0].pendingTimeoutMinutes: expected a whole number from 1 to 1440, found 'soon'",
                "pools.yaml:37:17: error: pools[0].maxWorkers: expected a whole number from 1 to 10000, found '2.5'"), found);
    }

    @Test
    void namesFollowKubernetesRules() {
        List<String> found = lines(validate(IMAGES + """
                pools:
                  - name: Linux_Pool
                    image: {default: ubuntu}
                    namespace: Workers
                    serviceAccount: ci.builder
                    resources: {requests: {cpu: 1}}
                """));
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.get(0).contains("pools[0].name: a pool name must be a DNS-1123 label"), found.get(0));
        assertTrue(found.get(1).contains("pools[0].namespace: not a Kubernetes name"), found.get(1));
    }

    @Test
    void poolNamesAreUnique() {
        String line = only(validate(pool("    image: {default: ubuntu}\n  - name: linux\n    image: {default: ubuntu}\n"
                + "    resources: {requests: {cpu: 1}}\n")));
        assertEquals("pools.yaml:34:11: error: pools[1].name: duplicate pool name 'linux': it is already used at line 31;"
                + " pool names must be unique", line);
    }

    @Test
    void labelsAreJenkinsLabelAtoms() {
        List<String> found = lines(validate(pool("    image: {default: ubuntu}\n    labels: [linux, 'linux && arm', linux]\n")));
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.get(0).contains("pools[0].labels[1]: a Jenkins label is one word"), found.get(0));
        assertTrue(found.get(1).contains("pools[0].labels[2]: label 'linux' is listed twice"), found.get(1));
    }

    @Test
    void warnsWhenTwoPoolsServeTheSameLabel() {
        String line = only(validate(pool("    image: {default: ubuntu}\n  - name: linux-big\n    labels: [linux, big]\n"
                + "    image: {default: ubuntu}\n    resources: {requests: {cpu: 4}}\n")));
        assertTrue(line.endsWith("warning: pools[1]: label 'linux' of pool 'linux-big' is also served by pool 'linux',"
                + " which comes first: a step asking for just 'linux' always gets 'linux'"), line);
    }

    @Test
    void tolerationsFollowKubernetesRules() {
        List<String> found = lines(validate(pool("""
                    image: {default: ubuntu}
                    tolerations:
                      - {key: a, operator: Exists, value: x}
                      - {key: b, value: y, effect: NoSchedule, tolerationSeconds: 10}
                      - {operator: Equal}
                      - {key: c, operator: Maybe}
                      - {operator: Exists}
                      - {operator: Equals}
                """)));
        assertEquals(5, found.size(), found::toString);
        assertTrue(found.get(0).contains("tolerations[0].value: a toleration with operator Exists takes no value"));
        assertTrue(found.get(1).contains("tolerations[1].tolerationSeconds: tolerationSeconds applies only to effect: NoExecute"));
        assertTrue(found.get(2).contains("tolerations[2]: a toleration without a key must have operator: Exists"));
        assertTrue(found.get(3).contains("tolerations[3].operator: expected one of Equal, Exists, found 'Maybe'"));
        assertTrue(found.get(4).contains("tolerations[5].operator: expected one of Equal, Exists, found 'Equals'"),
                "a misspelt operator is not also told it needs a key");
    }

    @Test
    void theOperatingSystemComesFromTheImage() {
        String line = only(validate(pool("    image: {pinned: windows-2022}\n    nodeSelector: {kubernetes.io/os: linux}\n")));
        assertTrue(line.contains("pools[0].nodeSelector[\"kubernetes.io/os\"]: image windows-2022 runs windows and its pods go"
                + " to windows nodes, so kubernetes.io/os: linux would never match"), line);
    }

    @Test
    void checksCatalogEntries() {
        List<String> found = lines(validate("""
                images:
                  - id: old
                    family: f
                    os: plan9
                    image: "not a reference"
                    stage: deprecated
                    deprecatedAfter: 2027-03-31
                    decommissionedAfter: 2027-03-01
                    replacement: nowhere
                  - id: floating
                    family: f
                    os: linux
                    image: registry.example.com/agent
                    replacement: floating
                  - id: floating
                    family: f
                    os: linux
                    image: registry.example.com/agent:latest
                  - id: multi
                    family: f
                    os: linux
                    image: registry.example.com/agent:1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                    tools:
                      kubectl: {versions: [1.30, 1.31]}
                      helm: {versions: [3], path: /opt/helm}
                pools:
                  - name: p
                    image: {pinned: multi}
                    resources: {requests: {cpu: 1}}
                """));
        assertEquals(List.of(
                "pools.yaml:4:9: error: images[0].os: expected linux or windows, found 'plan9'",
                "pools.yaml:5:12: error: images[0].image: not a container image reference: expected"
                        + " REGISTRY/REPOSITORY:TAG or ...@sha256:DIGEST, found 'not a reference'",
                "pools.yaml:6:12: error: images[0].stage: expected alpha or stable, found 'deprecated'; deprecation and"
                        + " decommissioning come from deprecatedAfter and decommissionedAfter",
                "pools.yaml:8:26: error: images[0].decommissionedAfter: must be later than deprecatedAfter (2027-03-31):"
                        + " an image is deprecated first, then decommissioned",
                "pools.yaml:13:12: warning: images[1].image: no tag or digest, so every pull may get another image; add :TAG"
                        + " or @sha256:DIGEST",
                "pools.yaml:14:18: error: images[1].replacement: an image cannot be its own replacement",
                "pools.yaml:15:9: error: images[2].id: duplicate image id 'floating': it is already defined at line 10;"
                        + " image ids must be unique in a file",
                "pools.yaml:18:12: warning: images[2].image: :latest moves under the pools that use it; pin a version tag"
                        + " or a digest",
                "pools.yaml:24:16: error: images[3].tools.kubectl: several versions side by side need a path: the directory"
                        + " of one version, with {version} in it",
                "pools.yaml:25:35: error: images[3].tools.helm.path: the path must contain {version}, where each version's"
                        + " directory differs"), found);
        // 'multi' has errors of its own, so the pool pinned to it is not also told it is missing.
    }

    @Test
    void anUnknownReplacementIsAnError() {
        String line = only(validate(IMAGES.replace("replacement: ubuntu-26.04", "replacement: ubuntu-28.04")
                + "pools:\n  - name: p\n    image: {default: ubuntu}\n    resources: {requests: {cpu: 1}}\n"));
        assertTrue(line.endsWith("images[1].replacement: no image 'ubuntu-28.04' in the catalog; did you mean 'ubuntu-22.04'?"),
                line);
    }

    @Test
    void imagesOfThePoolsFileReplaceBuiltInOnesById() {
        ValidationResult result = validate("""
                images:
                  - id: inbound-agent-jdk21
                    family: inbound-agent
                    os: linux
                    image: registry.example.com/mirror/inbound-agent:jdk21
                pools:
                  - name: linux
                    image: {default: inbound-agent}
                    resources: {requests: {cpu: 1}}
                """);
        assertEquals(List.of(), lines(result));
        ResolvedPool linux = result.poolSet().orElseThrow().pools().get(0);
        assertEquals("registry.example.com/mirror/inbound-agent:jdk21", linux.image().reference());
        ImageCatalog catalog = result.poolSet().orElseThrow().catalog();
        assertEquals(BuiltinCatalog.get().ids(), catalog.ids(), "replaced in place, nothing added");
    }

    @Test
    void theRootIsAMappingWithPools() {
        assertEquals("pools.yaml:1:1: error: a pools file is a mapping with pools: (and, if needed, images: and defaults:);"
                + " found a list",
                only(validate("- name: linux\n")));
        assertEquals("pools.yaml:1:1: error: 'pools' is required: a pools file defines at least one pool under pools:",
                only(validate("defaults: {idleMinutes: 5}\n")));
        assertEquals("pools.yaml:1:8: error: pools: define at least one pool", only(validate("pools: []\n")));
    }

    @Test
    void reportsEveryProblemInFileOrderAndGivesNoPoolSet() {
        ValidationResult result = validate(pool("""
                    image: {default: ubuntu}
                    idleMinutes: 0
                  - name: second
                    image: {pinned: nope}
                    resources: {requests: {cpu: 1}}
                    maxWorkers: 0
                """));
        List<String> found = lines(result);
        assertEquals(3, found.size(), found::toString);
        assertTrue(found.get(0).startsWith("pools.yaml:34:18: error: pools[0].idleMinutes"), found.get(0));
        assertTrue(found.get(1).startsWith("pools.yaml:36:21: error: pools[1].image.pinned"), found.get(1));
        assertTrue(found.get(2).startsWith("pools.yaml:38:17: error: pools[1].maxWorkers"), found.get(2));
        assertFalse(result.valid());
        assertEquals(Optional.empty(), result.poolSet(), "a file that does not validate is never applied");
    }

    @Test
    void builtInCatalogServesAPoolsFileWithoutImages() {
        ValidationResult result = validate("""
                pools:
                  - name: linux
                    image: {default: inbound-agent}
                    resources: {requests: {cpu: 1, memory: 2Gi}}
                  - name: windows
                    image: {default: inbound-agent-windows}
                    resources: {requests: {cpu: 2, memory: 4Gi}}
                """);
        assertEquals(List.of(), lines(result));
        assertEquals("inbound-agent-windows-ltsc2022-jdk21",
                result.poolSet().orElseThrow().pool("windows").orElseThrow().image().id());
    }
}
