package io.jenkins.plugins.dwp.bench;

import io.jenkins.plugins.dwp.catalog.CatalogImage;
import io.jenkins.plugins.dwp.catalog.ImageCatalog;
import io.jenkins.plugins.dwp.catalog.ToolOffer;
import io.jenkins.plugins.dwp.yaml.SafeYamlLoader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a large pools file that is valid on {@link #VALID_ON} against the built-in catalog: an
 * {@code images:} section of twenty images in seven families (with tools, several side by side,
 * and lifecycle dates), a {@code defaults:} block, and pools mixing what administrators write:
 * labels, family defaults and pins, tools, resources, node selectors, tolerations, env and the
 * timing settings. The same arguments always give the same text.
 */
public final class PoolsFileGenerator {

    /** The day (UTC) the file is written for: one image is deprecated by then, two are alpha. */
    public static final LocalDate VALID_ON = LocalDate.of(2026, 3, 1);

    /** An image of the generated {@code images:} section. */
    private record Image(String id, String family, String name, String os, String reference, String stage,
            String deprecatedAfter, String decommissionedAfter, String replacement, Map<String, List<String>> tools) {

        void write(StringBuilder out) {
            out.append("- id: ").append(id).append('\n');
            out.append("  family: ").append(family).append('\n');
            out.append("  name: ").append(name).append('\n');
            out.append("  os: ").append(os).append('\n');
            out.append("  image: ").append(reference).append('\n');
            if (stage != null) {
                out.append("  stage: ").append(stage).append('\n');
            }
            if (deprecatedAfter != null) {
                out.append("  deprecatedAfter: ").append(deprecatedAfter).append('\n');
            }
            if (decommissionedAfter != null) {
                out.append("  decommissionedAfter: ").append(decommissionedAfter).append('\n');
            }
            if (replacement != null) {
                out.append("  replacement: ").append(replacement).append('\n');
            }
            out.append("  tools:\n");
            tools.forEach((tool, versions) -> {
                if (versions.size() == 1) {
                    out.append("    ").append(tool).append(": ").append(versions.get(0)).append('\n');
                } else {
                    out.append("    ").append(tool).append(":\n");
                    out.append("      versions: [").append(String.join(", ", versions)).append("]\n");
                    out.append("      path: /opt/").append(tool).append("/{version}\n");
                }
            });
        }
    }

    /**
     * What a kind of pool is for, the family its image comes from, the images it may pin
     * (stable, in service on {@link #VALID_ON}) and what such pools set in env.
     */
    private record Purpose(String name, int weight, String family, boolean windows, List<String> pins,
            List<String> env) {
    }

    private static final List<Image> IMAGES = List.of(
            new Image("temurin-jdk11", "temurin", "Eclipse Temurin 11 build agent", "linux",
                    "registry.example.com/ci/temurin:11.0.28_6-jdk-noble", null, "2025-12-31", "2026-12-31",
                    "temurin-jdk21", tools("java", "11.0.28", "maven", "3.8.8 3.9.11", "gradle", "7.6.4 8.14.3",
                            "git", "2.43.0", "curl", "8.5.0")),
            new Image("temurin-jdk17", "temurin", "Eclipse Temurin 17 build agent", "linux",
                    "registry.example.com/ci/temurin:17.0.16_8-jdk-noble", null, "2027-09-30", null, null,
                    tools("java", "17.0.16", "maven", "3.8.8 3.9.11", "gradle", "8.14.3 9.1.0", "git", "2.43.0",
                            "git-lfs", "3.4.1", "curl", "8.5.0")),
            new Image("temurin-jdk21", "temurin", "Eclipse Temurin 21 build agent", "linux",
                    "registry.example.com/ci/temurin:21.0.8_9-jdk-noble@sha256:" + digest(21), null, null, null, null,
                    tools("java", "21.0.8", "maven", "3.9.9 3.9.11", "gradle", "8.14.3 9.1.0", "git", "2.43.0",
                            "git-lfs", "3.4.1", "curl", "8.5.0", "jq", "1.7.1")),
            new Image("temurin-jdk25", "temurin", "Eclipse Temurin 25 build agent (preview)", "linux",
                    "registry.example.com/ci/temurin:25_36-jdk-noble", "alpha", null, null, null,
                    tools("java", "25.0.0", "maven", "3.9.11", "gradle", "9.1.0", "git", "2.43.0")),
            new Image("node-18", "node", "Node.js 18", "linux", "registry.example.com/ci/node:18.20.8-bookworm",
                    null, "2025-04-30", "2026-10-31", "node-22",
                    tools("node", "18.20.8", "npm", "10.8.2", "yarn", "1.22.22", "git", "2.39.5")),
            new Image("node-20", "node", "Node.js 20", "linux", "registry.example.com/ci/node:20.19.5-bookworm",
                    null, "2026-04-30", "2026-10-31", "node-22",
                    tools("node", "20.19.5", "npm", "10.8.2", "yarn", "1.22.22", "pnpm", "9.15.9 10.17.1", "git", "2.39.5")),
            new Image("node-22", "node", "Node.js 22", "linux", "registry.example.com/ci/node:22.20.0-bookworm",
                    null, null, null, null,
                    tools("node", "22.20.0", "npm", "10.9.3", "yarn", "1.22.22", "pnpm", "9.15.9 10.17.1",
                            "git", "2.39.5", "chromium", "140.0.7339.185")),
            new Image("node-24", "node", "Node.js 24", "linux", "registry.example.com/ci/node:24.9.0-bookworm",
                    "alpha", null, null, null, tools("node", "24.9.0", "npm", "11.6.0", "pnpm", "10.17.1", "git", "2.39.5")),
            new Image("python-3.11", "python", "Python 3.11", "linux", "registry.example.com/ci/python:3.11.13-slim",
                    null, "2027-10-31", null, null, tools("python", "3.11.13", "pip", "24.0", "poetry", "1.8.5 2.2.1", "git", "2.39.5")),
            new Image("python-3.12", "python", "Python 3.12", "linux", "registry.example.com/ci/python:3.12.11-slim",
                    null, null, null, null,
                    tools("python", "3.12.11", "pip", "25.2", "poetry", "1.8.5 2.2.1", "uv", "0.8.22", "git", "2.39.5")),
            new Image("python-3.13", "python", "Python 3.13", "linux", "registry.example.com/ci/python:3.13.7-slim",
                    null, null, null, null,
                    tools("python", "3.13.7", "pip", "25.2", "poetry", "2.2.1", "uv", "0.8.22", "tox", "4.30.2",
                            "git", "2.39.5")),
            new Image("go-1.24", "go", "Go 1.24", "linux", "registry.example.com/ci/golang:1.24.7-bookworm",
                    null, null, null, null, tools("go", "1.24.7", "golangci-lint", "1.64.8 2.5.0", "git", "2.39.5")),
            new Image("go-1.25", "go", "Go 1.25", "linux", "registry.example.com/ci/golang:1.25.1-bookworm",
                    null, null, null, null, tools("go", "1.25.1", "golangci-lint", "2.5.0", "goreleaser", "2.12.3", "git", "2.39.5")),
            new Image("ubuntu-22.04", "ubuntu", "Ubuntu 22.04 with deployment tools", "linux",
                    "registry.example.com/ci/deploy:22.04-2025.09", null, "2027-04-30", null, null,
                    tools("kubectl", "1.31.12 1.32.8", "helm", "3.17.4", "terraform", "1.9.8", "git", "2.34.1", "jq", "1.6")),
            new Image("ubuntu-24.04", "ubuntu", "Ubuntu 24.04 with deployment tools", "linux",
                    "registry.example.com/ci/deploy:24.04-2025.09@sha256:" + digest(2404), null, null, null, null,
                    tools("kubectl", "1.31.12 1.32.8 1.33.4", "helm", "3.17.4 3.18.6", "terraform", "1.12.2 1.13.3",
                            "awscli", "2.31.2", "git", "2.43.0", "jq", "1.7.1")),
            new Image("android-34", "android", "Android SDK 34", "linux", "registry.example.com/ci/android:34-jdk17",
                    null, null, null, null, tools("java", "17.0.16", "android-sdk", "34.0.0", "gradle", "8.14.3", "git", "2.43.0")),
            new Image("android-35", "android", "Android SDK 35", "linux", "registry.example.com/ci/android:35-jdk21",
                    null, null, null, null,
                    tools("java", "21.0.8", "android-sdk", "35.0.0", "gradle", "8.14.3 9.1.0", "fastlane", "2.228.0",
                            "git", "2.43.0")),
            new Image("dotnet-8-ltsc2022", "dotnet-windows", ".NET 8 on Windows Server Core LTSC 2022", "windows",
                    "registry.example.com/ci/dotnet:8.0.414-ltsc2022", null, null, null, null,
                    tools("dotnet", "8.0.414", "msbuild", "17.11.31", "nuget", "6.14.0", "git", "2.51.0", "powershell", "7.5.3")),
            new Image("dotnet-9-ltsc2022", "dotnet-windows", ".NET 9 on Windows Server Core LTSC 2022", "windows",
                    "registry.example.com/ci/dotnet:9.0.305-ltsc2022", null, null, null, null,
                    tools("dotnet", "8.0.414 9.0.305", "msbuild", "17.14.19", "nuget", "6.14.0", "git", "2.51.0",
                            "powershell", "7.5.3")),
            new Image("msvc-2022-ltsc2022", "msvc", "Visual Studio Build Tools 2022 on LTSC 2022", "windows",
                    "registry.example.com/ci/msvc:17.14-ltsc2022", null, null, null, null,
                    tools("msvc", "14.44", "cmake", "3.31.6 4.1.1", "ninja", "1.13.1", "git", "2.51.0")));

    private static final List<Purpose> PURPOSES = List.of(
            new Purpose("maven", 24, "temurin", false, List.of("temurin-jdk17"),
                    List.of("MAVEN_OPTS: -Xmx2g", "MAVEN_ARGS: \"-B -ntp\"")),
            new Purpose("gradle", 14, "temurin", false, List.of("temurin-jdk17"),
                    List.of("GRADLE_OPTS: -Dorg.gradle.daemon=false", "GRADLE_USER_HOME: /home/jenkins/.gradle")),
            new Purpose("node", 16, "node", false, List.of("node-22"),
                    List.of("NODE_OPTIONS: --max-old-space-size=4096", "NPM_CONFIG_CACHE: /home/jenkins/.npm")),
            new Purpose("python", 10, "python", false, List.of("python-3.11", "python-3.12"),
                    List.of("PIP_NO_CACHE_DIR: \"1\"", "PYTHONUNBUFFERED: \"1\"")),
            new Purpose("go", 7, "go", false, List.of("go-1.24"),
                    List.of("GOFLAGS: -mod=readonly", "CGO_ENABLED: \"0\"")),
            new Purpose("deploy", 8, "ubuntu", false, List.of("ubuntu-22.04"),
                    List.of("TF_IN_AUTOMATION: \"true\"", "HELM_CACHE_HOME: /tmp/helm")),
            new Purpose("android", 5, "android", false, List.of("android-34"),
                    List.of("ANDROID_USER_HOME: /home/jenkins/.android", "GRADLE_OPTS: -Xmx4g")),
            new Purpose("dotnet", 5, "dotnet-windows", true, List.of("dotnet-8-ltsc2022"),
                    List.of("DOTNET_CLI_TELEMETRY_OPTOUT: \"1\"", "NUGET_PACKAGES: 'C:\\nuget'")),
            new Purpose("native", 2, "msvc", true, List.of(), List.of("CMAKE_BUILD_PARALLEL_LEVEL: \"4\"")),
            new Purpose("agent", 6, "inbound-agent", false, List.of("inbound-agent-jdk17"), List.of("TZ: UTC")),
            new Purpose("win", 3, "inbound-agent-windows", true, List.of("inbound-agent-windows-ltsc2019-jdk21"),
                    List.of("TZ: UTC")));

    private static final List<String> TEAMS = List.of("payments", "checkout", "search", "identity", "billing",
            "mobile", "web", "platform", "data", "ml", "infra", "security", "catalog", "orders", "shipping",
            "support", "growth", "ads", "media", "maps", "chat", "notify", "ledger", "risk", "edge");

    private static final String[] CPU = {"250m", "500m", "1", "2", "4"};
    private static final String[] MEMORY = {"512Mi", "1Gi", "2Gi", "4Gi", "8Gi"};
    private static final String[] LIMIT = {"1Gi", "2Gi", "4Gi", "8Gi", "16Gi"};
    private static final String[] LINUX_SELECTORS = {"{kubernetes.io/arch: amd64}",
            "{node.kubernetes.io/instance-type: c6i.2xlarge}", "{kubernetes.io/arch: arm64, workload: ci}",
            "{topology.kubernetes.io/zone: eu-west-1a, workload: ci}"};
    private static final String[] WINDOWS_SELECTORS = {"{kubernetes.io/os: windows}",
            "{node.kubernetes.io/windows-build: 10.0.20348}"};
    private static final String[] LINUX_TOLERATIONS = {
            "[{key: dedicated, value: ci, effect: NoSchedule}]",
            "[{key: workload, operator: Equal, value: ci, effect: NoSchedule}, {key: spot, operator: Exists}]",
            "[{key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute, tolerationSeconds: 300}]"};
    private static final String[] WINDOWS_TOLERATIONS = {
            "[{key: os, value: windows, effect: NoSchedule}]",
            "[{key: os, value: windows, effect: NoSchedule}, {key: spot, operator: Exists}]"};

    private final ImageCatalog builtin;
    private final Map<String, Image> images = new LinkedHashMap<>();

    /**
     * @param builtin the catalog the file's images are laid over, where the {@code inbound-agent}
     *     families and their tools come from
     */
    public PoolsFileGenerator(ImageCatalog builtin) {
        this.builtin = builtin;
        IMAGES.forEach(image -> images.put(image.id(), image));
    }

    /**
     * Writes a file of {@code pools} pools.
     *
     * @param seed decides the mix; the same seed gives the same file
     * @throws IllegalStateException if the file would be larger than a pools file may be
     */
    public String generate(int pools, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(pools * 220);
        out.append("# Generated by PoolsFileGenerator: ").append(pools).append(" pools, seed ").append(seed)
                .append(", valid on ").append(VALID_ON).append(".\n");
        out.append("images:\n");
        IMAGES.forEach(image -> image.write(out));
        out.append("defaults:\n");
        out.append("  image: {default: temurin}\n");
        out.append("  resources: {requests: {cpu: 500m, memory: 1Gi}}\n");
        out.append("  idleMinutes: 30\n");
        out.append("  maxLifetimeHours: 24\n");
        out.append("  namespace: jenkins-workers\n");
        out.append("pools:\n");
        int totalWeight = PURPOSES.stream().mapToInt(Purpose::weight).sum();
        for (int i = 0; i < pools; i++) {
            writePool(out, i, pick(random, totalWeight), random);
        }
        String text = out.toString();
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > SafeYamlLoader.MAX_BYTES) {
            throw new IllegalStateException(pools + " pools take " + bytes + " bytes, more than the "
                    + SafeYamlLoader.MAX_BYTES + " a pools file may have");
        }
        return text;
    }

    private static Purpose pick(Random random, int totalWeight) {
        int ticket = random.nextInt(totalWeight);
        for (Purpose purpose : PURPOSES) {
            ticket -= purpose.weight();
            if (ticket < 0) {
                return purpose;
            }
        }
        throw new AssertionError("weights do not add up");
    }

    private void writePool(StringBuilder out, int index, Purpose purpose, Random random) {
        String team = TEAMS.get(random.nextInt(TEAMS.size()));
        String number = String.format("%04d", index);
        String name = team + "-" + purpose.name() + "-" + number;
        out.append("- name: ").append(name).append('\n');
        if (random.nextInt(100) < 55) {
            out.append("  labels: [").append(name).append(", ").append(purpose.name()).append('-').append(number);
            if (random.nextBoolean()) {
                out.append(", ").append(team).append('-').append(number);
            }
            out.append("]\n");
        }

        // The image: the family's default most of the time, else a pin; temurin pools may leave it to defaults.
        Map<String, List<String>> offered;
        boolean pinned = !purpose.pins().isEmpty() && random.nextInt(100) < 25;
        if (pinned) {
            String id = purpose.pins().get(random.nextInt(purpose.pins().size()));
            out.append("  image: {pinned: ").append(id).append("}\n");
            offered = toolsOf(id);
        } else {
            if (!purpose.family().equals("temurin") || random.nextInt(100) < 40) {
                out.append("  image: {default: ").append(purpose.family()).append("}\n");
            }
            offered = toolsOf(defaultOf(purpose.family()));
        }

        if (random.nextInt(100) < 40) {
            List<String> tools = new ArrayList<>(offered.keySet());
            int wanted = 1 + random.nextInt(2);
            out.append("  tools: {");
            for (int t = 0; t < wanted; t++) {
                String tool = tools.remove(random.nextInt(tools.size()));
                List<String> versions = offered.get(tool);
                out.append(t == 0 ? "" : ", ").append(tool).append(": ")
                        .append(versions.get(random.nextInt(versions.size())));
            }
            out.append("}\n");
        }

        int resources = random.nextInt(100);
        if (resources < 60) {
            int size = random.nextInt(CPU.length);
            out.append("  resources: {requests: {cpu: ").append(CPU[size]).append(", memory: ").append(MEMORY[size])
                    .append('}');
            if (resources < 25) {
                out.append(", limits: {memory: ").append(LIMIT[size]).append('}');
            }
            out.append("}\n");
        }

        if (random.nextInt(100) < 8) {
            out.append("  idleMinutes: ").append(5 + random.nextInt(120)).append('\n');
        }
        if (random.nextInt(100) < 6) {
            out.append("  maxLifetimeHours: ").append(1 + random.nextInt(72)).append('\n');
        }
        if (random.nextInt(100) < 5) {
            out.append("  pendingTimeoutMinutes: ").append(5 + random.nextInt(55)).append('\n');
        }
        if (random.nextInt(100) < 15) {
            out.append("  maxWorkers: ").append(2 + random.nextInt(50)).append('\n');
        }
        if (random.nextInt(100) < 8) {
            out.append("  namespace: ci-").append(team).append('\n');
        }
        if (random.nextInt(100) < 5) {
            out.append("  serviceAccount: ").append(team).append("-ci\n");
        }
        String[] selectors = purpose.windows() ? WINDOWS_SELECTORS : LINUX_SELECTORS;
        if (random.nextInt(100) < 20) {
            out.append("  nodeSelector: ").append(selectors[random.nextInt(selectors.length)]).append('\n');
        }
        String[] tolerations = purpose.windows() ? WINDOWS_TOLERATIONS : LINUX_TOLERATIONS;
        if (random.nextInt(100) < (purpose.windows() ? 60 : 10)) {
            out.append("  tolerations: ").append(tolerations[random.nextInt(tolerations.length)]).append('\n');
        }
        if (random.nextInt(100) < 15) {
            int count = 1 + random.nextInt(purpose.env().size());
            out.append("  env: {").append(String.join(", ", purpose.env().subList(0, count))).append("}\n");
        }
    }

    /** The image {@code default:} picks on {@link #VALID_ON}: known for the file's own families, asked of the catalog for the built-in ones. */
    private String defaultOf(String family) {
        return switch (family) {
            case "temurin" -> "temurin-jdk21";
            case "node" -> "node-22";
            case "python" -> "python-3.13";
            case "go" -> "go-1.25";
            case "ubuntu" -> "ubuntu-24.04";
            case "android" -> "android-35";
            case "dotnet-windows" -> "dotnet-9-ltsc2022";
            case "msvc" -> "msvc-2022-ltsc2022";
            default -> builtin.defaultOf(family, VALID_ON).map(CatalogImage::id)
                    .orElseThrow(() -> new IllegalStateException("the built-in catalog has no default image of family " + family));
        };
    }

    private Map<String, List<String>> toolsOf(String imageId) {
        Image own = images.get(imageId);
        if (own != null) {
            return own.tools();
        }
        CatalogImage image = builtin.image(imageId)
                .orElseThrow(() -> new IllegalStateException("the built-in catalog has no image " + imageId));
        Map<String, List<String>> tools = new LinkedHashMap<>();
        for (ToolOffer offer : image.tools().values()) {
            tools.put(offer.name(), offer.versions().stream().map(PoolsFileGenerator::plain).toList());
        }
        return tools;
    }

    /** A version as a flow scalar: quoted where YAML would otherwise read it as a number. */
    private static String plain(String version) {
        return version.matches("[0-9]+(\\.[0-9]+)?") ? "\"" + version + "\"" : version;
    }

    /** Tools as name, then versions separated by spaces, alternating. */
    private static Map<String, List<String>> tools(String... nameThenVersions) {
        Map<String, List<String>> tools = new LinkedHashMap<>();
        for (int i = 0; i < nameThenVersions.length; i += 2) {
            tools.put(nameThenVersions[i], List.of(nameThenVersions[i + 1].split(" ")));
        }
        return tools;
    }

    /** A made-up but well-formed sha256 digest, the same for the same seed. */
    private static String digest(int seed) {
        Random random = new Random(seed);
        StringBuilder hex = new StringBuilder(64);
        for (int i = 0; i < 64; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }
}
