package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.util.FormValidation;
import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Test Connection" against a Kubernetes API on loopback. */
class ConnectionCheckTest {

    private static final String PODS = "/api/v1/namespaces/jenkins-workers/pods?limit=1";
    private static final ClusterCredential AMBIENT = new ClusterCredential.Ambient();

    private KubernetesMockServer server;
    private String url;

    @BeforeEach
    void start() {
        server = new KubernetesMockServer(false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        url = server.url("/").replaceAll("/$", "");
    }

    @AfterEach
    void stop() {
        server.destroy();
    }

    @Test
    void listingPodsInTheNamespaceIsOk() {
        server.expect().get().withPath(PODS).andReturn(200, new PodListBuilder().build()).once();

        FormValidation result = ConnectionCheck.test(url, "jenkins-workers", AMBIENT, Duration.ofSeconds(5));

        assertEquals(FormValidation.Kind.OK, result.kind, result.getMessage());
        assertTrue(result.getMessage().startsWith("connected to " + url), result.getMessage());
        assertTrue(result.getMessage().endsWith("pods in namespace jenkins-workers can be listed"), result.getMessage());
        assertEquals(1, server.getRequestCount(), "one call, no retries");
    }

    @Test
    void aTokenCredentialIsSentToTheServer() throws InterruptedException {
        server.expect().get().withPath(PODS).andReturn(200, new PodListBuilder().build()).once();

        FormValidation result = ConnectionCheck.test(url, "jenkins-workers", new ClusterCredential.Token("t0ken"),
                Duration.ofSeconds(5));

        assertEquals(FormValidation.Kind.OK, result.kind, result.getMessage());
        assertEquals("Bearer t0ken", server.takeRequest().getHeader("Authorization"));
    }

    @Test
    void aRefusalSaysWhatTheServerSaid() {
        server.expect().get().withPath(PODS).andReturn(403, new StatusBuilder().withCode(403).withReason("Forbidden")
                .withMessage("pods is forbidden: User \"system:anonymous\" cannot list resource \"pods\"").build())
                .once();

        FormValidation result = ConnectionCheck.test(url + "/", " jenkins-workers ", AMBIENT, Duration.ofSeconds(5));

        assertEquals(FormValidation.Kind.ERROR, result.kind);
        assertTrue(result.getMessage().contains("refused to list the pods of namespace jenkins-workers: HTTP 403: "
                + "pods is forbidden"), result.getMessage());
        assertEquals(1, server.getRequestCount(), "a refusal is not retried");
    }

    @Test
    void anUnreachableServerIsAnErrorWithTheReason() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String unreachable = "http://127.0.0.1:" + closedPort;
        long start = System.nanoTime();

        FormValidation result = ConnectionCheck.test(unreachable, "jenkins-workers", AMBIENT, Duration.ofSeconds(2));

        assertEquals(FormValidation.Kind.ERROR, result.kind);
        assertTrue(result.getMessage().startsWith("cannot reach the Kubernetes API at " + unreachable),
                result.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0,
                "answers quickly");
    }

    @Test
    void badSettingsAreRefusedBeforeAnyCall() {
        assertEquals(FormValidation.Kind.ERROR, ConnectionCheck.test("kubernetes:6443", "jenkins-workers",
                AMBIENT, Duration.ofSeconds(1)).kind);
        assertEquals(FormValidation.Kind.ERROR, ConnectionCheck.test(url, "Not_A_Namespace", AMBIENT, Duration.ofSeconds(1)).kind);
        assertEquals(0, server.getRequestCount());
    }
}
