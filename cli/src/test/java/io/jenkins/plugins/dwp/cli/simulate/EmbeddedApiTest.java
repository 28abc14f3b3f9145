package io.jenkins.plugins.dwp.cli.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EmbeddedApiTest {

    private static Pod pod(String name) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("ns").endMetadata().build();
    }

    @Test
    void everyPodChangeIsCountedAndOthersAreNot() {
        try (EmbeddedApi api = new EmbeddedApi(new Wakeup())) {
            api.client().pods().resource(pod("a")).create();
            api.client().pods().resource(new PodBuilder(pod("a")).withNewStatus().withPhase("Running").endStatus().build())
                    .patchStatus();
            api.client().secrets().resource(new SecretBuilder()
                    .withNewMetadata().withName("a").withNamespace("ns").endMetadata().build()).create();
            api.client().pods().inNamespace("ns").withName("a").delete();
            api.client().pods().inNamespace("ns").withName("a").delete();
            assertEquals(3, api.podEvents(), "create, status, delete; a secret and a delete of nothing are no pod events");
        }
    }

    @Test
    void aPodWatchResumingFromBeforeTheLastChangeIsToldItExpired() throws Exception {
        try (EmbeddedApi api = new EmbeddedApi(new Wakeup())) {
            String version = api.client().pods().resource(pod("a")).create().getMetadata().getResourceVersion();
            api.client().pods().inNamespace("ns").withName("a").delete();
            CompletableFuture<WatcherException> closed = new CompletableFuture<>();
            api.client().pods().inNamespace("ns").withResourceVersion(version).watch(new Watcher<Pod>() {
                @Override
                public void eventReceived(Action action, Pod resource) {
                    closed.completeExceptionally(new AssertionError("no event expected, got " + action));
                }

                @Override
                public void onClose(WatcherException cause) {
                    closed.complete(cause);
                }
            });
            assertTrue(closed.get(30, TimeUnit.SECONDS).isHttpGone(), "410: list anew, the deletion would be missed");
        }
    }
}
