package io.jenkins.plugins.dwp.cli;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Which cluster a command talks to: a kubeconfig, one of its contexts, or the embedded Kubernetes API. */
final class ClusterOptions {

    @Option(names = "--kubeconfig", paramLabel = "FILE", description = "The kubeconfig to use (default: $KUBECONFIG or ~/.kube/config).")
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", description = "The kubeconfig context to use (default: its current one).")
    String context;

    @Option(names = "--embedded", description = "Use an empty Kubernetes API started in this process, to try dwp without a cluster.")
    boolean embedded;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NAMESPACE", defaultValue = "jenkins-workers",
            description = "The cloud's namespace: workers of pools without one of their own, and the controllers' heartbeats"
                    + " (default: ${DEFAULT-VALUE}).")
    String namespace;

    /** A connected cluster; closing it stops the embedded API server too. */
    record Cluster(KubernetesClient client, String description, AutoCloseable server) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            client.close();
            server.close();
        }
    }

    Cluster connect(CommandSpec spec) {
        if (embedded && (kubeconfig != null || context != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--embedded runs its own Kubernetes API: leave out --kubeconfig and --context");
        }
        if (embedded) {
            KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                    new KubernetesCrudDispatcher(), false);
            server.init(InetAddress.getLoopbackAddress(), 0);
            return new Cluster(server.createClient(), "the embedded Kubernetes API", server::destroy);
        }
        Config config;
        if (kubeconfig != null) {
            try {
                config = Config.fromKubeconfig(context, Files.readString(kubeconfig), kubeconfig.toString());
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + kubeconfig + ": " + e.getMessage());
            }
        } else {
            config = Config.autoConfigure(context);
        }
        // A person waits at the terminal: a few quick retries, not the library's patient default.
        config.setRequestRetryBackoffLimit(2);
        KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
        return new Cluster(client, client.getMasterUrl().toString(), () -> { });
    }
}
