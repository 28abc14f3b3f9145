package io.jenkins.plugins.dwp.cli.simulate;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.RepeatedTest;

/** The store served over HTTP by fabric8's mock web server, as the provisioning benchmark runs on it. */
class EmbeddedStoreOverHttpTest {

    /** Every time, on a fresh server: watch events leave from the watch's own thread, after the socket opened. */
    @RepeatedTest(10)
    void aPodWatchOverHttpHearsWhatItStartedWithAndEveryChangeInOrder() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                    new EmbeddedStore(), false);
            server.init(InetAddress.getLoopbackAddress(), 0);
            try (KubernetesClient client = server.createClient()) {
                Pod kept = client.pods().resource(pod("kept")).create();
                List<String> events = new CopyOnWriteArrayList<>();
                client.pods().inNamespace("ns").watch(new Watcher<Pod>() {
                    @Override
                    public void eventReceived(Action action, Pod resource) {
                        events.add(action + " " + resource.getMetadata().getName());
                    }

                    @Override
                    public void onClose(WatcherException cause) {
                        events.add("closed");
                    }
                });
                client.pods().resource(pod("a")).create();
                client.pods().resource(new PodBuilder(pod("a")).withNewStatus().withPhase("Running").endStatus().build())
                        .patchStatus();
                client.pods().inNamespace("ns").withName("a").delete();

                List<String> expected = List.of("ADDED " + kept.getMetadata().getName(), "ADDED a", "MODIFIED a", "DELETED a");
                await().until(() -> events.size() >= expected.size());
                assertEquals(expected, events);
            } finally {
                server.destroy();
            }
        });
    }

    private static Pod pod(String name) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("ns").endMetadata().build();
    }
}
