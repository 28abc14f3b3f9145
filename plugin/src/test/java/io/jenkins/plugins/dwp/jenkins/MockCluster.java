package io.jenkins.plugins.dwp.jenkins;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.jenkins.plugins.dwp.lease.AgentSecrets;
import java.time.Clock;

/**
 * The cluster side of the plugin's scenario tests: fabric8's mock API server in CRUD mode, the
 * environment a cloud's engine gets from it, and the kubelet's two answers, run or fail to pull.
 */
final class MockCluster implements RuntimeEnvironment {

    static final String NAMESPACE = "jenkins-workers";
    static final String CONTROLLER = "jenkins-test-dynamic";

    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final Clock clock;

    MockCluster(KubernetesMockServer server, KubernetesClient client, Clock clock) {
        this.server = server;
        this.client = client;
        this.clock = clock;
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build())
                .create();
    }

    @Override
    public KubernetesClient client(CloudConnection connection) {
        return server.createClient();
    }

    @Override
    public String controllerId(String cloudName) {
        return CONTROLLER;
    }

    @Override
    public String rootUrl() {
        return "http://jenkins.example.com:8080/";
    }

    @Override
    public AgentSecrets agentSecrets() {
        return name -> "secret-of-" + name;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /** The pod named so, or null. */
    Pod pod(String name) {
        return client.pods().inNamespace(NAMESPACE).withName(name).get();
    }

    /** What the kubelet does once the container started. */
    void runs(String podName) {
        await().until(() -> pod(podName) != null);
        client.pods().inNamespace(NAMESPACE).withName(podName)
                .editStatus(p -> new PodBuilder(p).withNewStatus().withPhase("Running").endStatus().build());
    }

    /** What the kubelet does when the image cannot be pulled. */
    void cannotPull(String podName) {
        await().until(() -> pod(podName) != null);
        client.pods().inNamespace(NAMESPACE).withName(podName).editStatus(p -> new PodBuilder(p).withNewStatus()
                .withPhase("Pending")
                .withContainerStatuses(new ContainerStatusBuilder().withName("agent").withNewState().withNewWaiting()
                        .withReason("ImagePullBackOff").withMessage("Back-off pulling image")
                        .endWaiting().endState().build())
                .endStatus().build());
    }
}
