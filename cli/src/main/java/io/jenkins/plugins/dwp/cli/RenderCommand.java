package io.jenkins.plugins.dwp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.kube.AgentConnection;
import io.jenkins.plugins.dwp.kube.RenderedWorker;
import io.jenkins.plugins.dwp.kube.WorkerIdentity;
import io.jenkins.plugins.dwp.kube.WorkerRenderer;
import io.jenkins.plugins.dwp.yaml.Finding;
import io.jenkins.plugins.dwp.yaml.Findings;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dwp render}: like {@code helm template}, the Secret (its value redacted) and the Pod that
 * each pool would create for one worker, as YAML documents, without touching a cluster.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Show, like helm template, the Secret (value redacted) and the Pod each pool would create for"
                + " one worker, as YAML documents. Nothing is sent to a cluster.",
        footer = {"", "Exit codes: 0 rendered (warnings allowed, on stderr), 1 invalid catalog or pools file,"
                + " 2 usage error (such as an unknown pool)."})
final class RenderCommand extends PoolsCommand {

    /**
     * Stands for the controller id in rendered workers. The real one is the Jenkins controller's,
     * given by the engine; render shows the shape, not an identity any controller uses.
     */
    static final String CONTROLLER_ID = "dwp-render";
    /**
     * Stands for the lease id in rendered workers. Real lease ids are made by the engine, unique per
     * worker; this fixed one keeps the output the same from run to run, so it can be diffed.
     */
    static final String LEASE_ID = "render0000";
    /** What the secret's value is shown as. */
    static final String REDACTED = "REDACTED";
    /**
     * The agent secret the workers are rendered with, replaced by {@link #REDACTED} before
     * printing: render never makes or prints a real secret.
     */
    static final String PLACEHOLDER = "dwp-render-placeholder";

    private static final ObjectMapper TREES = new ObjectMapper();

    @Parameters(paramLabel = "POOLS", description = "The pools file.")
    private Path poolsFile;

    @Option(names = "--pool", paramLabel = "NAME", description = "Render only this pool.")
    private String poolName;

    @Option(names = "--namespace", paramLabel = "NAMESPACE", defaultValue = "jenkins-workers",
            description = "The cloud's namespace, for pools that do not name one (default: ${DEFAULT-VALUE}).")
    private String namespace;

    @Option(names = "--jenkins-url", paramLabel = "URL", defaultValue = "http://jenkins:8080/",
            description = "The URL agents connect to (default: ${DEFAULT-VALUE}).")
    private String jenkinsUrl;

    @Option(names = "--web-socket", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Agents connect over WebSocket through the HTTP port (default), or with --no-web-socket"
                    + " through the TCP agent port.")
    private boolean webSocket;

    /** The JSON document of {@code --output json}: the rendered objects, then the file's findings. */
    record Report(List<JsonNode> documents, List<Views.FindingView> findings) {
    }

    @Override
    public Integer call() {
        Clock clock = clock();
        InputOptions.LoadedPools loaded = input.load(spec, poolsFile, clock);
        SourceFile source = loaded.source();
        List<Finding> findings = loaded.findings();
        List<ResolvedPool> pools = loaded.poolSet().map(PoolSet::pools).orElse(List.of());
        PrintWriter out = spec.commandLine().getOut();
        if (!loaded.valid()) {
            return reportInvalid(out, source, findings);
        }
        List<ResolvedPool> chosen = choose(pools, source);
        // Times in the output are whole seconds, as Kubernetes shows them.
        Instant created = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        WorkerRenderer renderer = new WorkerRenderer(new AgentConnection(jenkinsUrl, webSocket));
        // Its default YAML quotes every string: minimized quotes would print values such as yes, ~ or
        // 0x1F bare, which YAML 1.1 readers like kubectl's take for a boolean, null or number.
        KubernetesSerialization serialization = new KubernetesSerialization();
        List<Rendered> rendered = new ArrayList<>();
        for (ResolvedPool pool : chosen) {
            WorkerIdentity id = new WorkerIdentity(CONTROLLER_ID, LEASE_ID, pool.pool().name(),
                    pool.pool().namespace().orElse(namespace), created);
            RenderedWorker worker = renderer.render(pool, id, PLACEHOLDER);
            rendered.add(new Rendered(pool, List.of(redacted(worker.secret()), worker.pod())));
        }
        if (input.output == OutputFormat.JSON) {
            List<JsonNode> documents = new ArrayList<>();
            rendered.forEach(r -> r.objects().forEach(o -> documents.add(tree(serialization, o))));
            Json.print(out, new Report(documents, Views.FindingView.all(findings)));
        } else {
            for (Rendered r : rendered) {
                for (HasMetadata object : r.objects()) {
                    out.println("---");
                    out.println("# Source: " + r.pool().pool().name() + " (image " + r.pool().image().id() + ")");
                    out.print(yaml(serialization, object));
                }
            }
            // Warnings go to stderr so that stdout stays YAML that kubectl or a diff can take.
            PrintWriter err = spec.commandLine().getErr();
            findings.forEach(f -> err.println(f.format()));
        }
        return Dwp.OK;
    }

    /** One pool's objects, in the order they are shown. */
    private record Rendered(ResolvedPool pool, List<HasMetadata> objects) {
    }

    private List<ResolvedPool> choose(List<ResolvedPool> pools, SourceFile source) {
        if (poolName == null) {
            return pools;
        }
        List<ResolvedPool> named = pools.stream().filter(p -> p.pool().name().equals(poolName)).toList();
        if (named.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no pool '" + poolName + "' in "
                    + source.name() + "; its pools: "
                    + pools.stream().map(p -> p.pool().name()).collect(Collectors.joining(", ")));
        }
        return named;
    }

    private int reportInvalid(PrintWriter out, SourceFile source, List<Finding> findings) {
        if (input.output == OutputFormat.JSON) {
            Json.print(out, new Report(List.of(), Views.FindingView.all(findings)));
        } else {
            findings.forEach(f -> out.println(f.format()));
            out.println(source.name() + ": invalid, " + Findings.summary(findings));
        }
        return Dwp.INVALID;
    }

    private static Secret redacted(Secret secret) {
        return new SecretBuilder(secret).withStringData(Map.of(WorkerRenderer.SECRET_KEY, REDACTED)).build();
    }

    /** The object as YAML, without the document marker fabric8 starts with: the caller writes its own. */
    private static String yaml(KubernetesSerialization serialization, Object object) {
        String yaml = serialization.asYaml(object);
        yaml = yaml.startsWith("---\n") ? yaml.substring(4) : yaml;
        return yaml.endsWith("\n") ? yaml : yaml + "\n";
    }

    private static JsonNode tree(KubernetesSerialization serialization, Object object) {
        try {
            return TREES.readTree(serialization.asJson(object));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
