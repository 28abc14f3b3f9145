package io.jenkins.plugins.dwp.cli.simulate;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
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

    /**
     * Every time, on a fresh server: the expiry was sent while the socket opened and the server
     * closed it at once, so one watch in about fifty never heard of it and a blocking watch hung.
     */
    @RepeatedTest(40)
    void aPodWatchResumingFromBeforeTheLastChangeIsToldItExpired() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
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
                assertTrue(closed.get(10, TimeUnit.SECONDS).isHttpGone(), "410: list anew, the deletion would be missed");
            }
        });
    }

    @Test
    void theClustersOwnPartsHearOfPodsAddedAndDeletedAsTheStoreMakesThem() {
        try (EmbeddedApi api = new EmbeddedApi(new Wakeup())) {
            List<String> heard = new CopyOnWriteArrayList<>();
            api.store().onPodAddedOrDeleted((action, json) -> heard.add(action + " "
                    + api.client().getKubernetesSerialization().unmarshal(json, Pod.class).getMetadata().getName()));
            api.client().pods().resource(pod("a")).create();
            api.client().pods().resource(new PodBuilder(pod("a")).withNewStatus().withPhase("Running").endStatus().build())
                    .patchStatus();
            api.client().secrets().resource(new SecretBuilder()
                    .withNewMetadata().withName("a").withNamespace("ns").endMetadata().build()).create();
            api.client().pods().inNamespace("ns").withName("a").delete();
            assertEquals(List.of("ADDED a", "DELETED a"), heard, "told at once, in order; no status change, no secret");
        }
    }

    @Test
    void aRequestServedInProcessChangesTheStoreAndReachesTheWatchesOfClients() throws Exception {
        try (EmbeddedApi api = new EmbeddedApi(new Wakeup())) {
            api.client().pods().resource(pod("a")).create();
            CompletableFuture<Pod> modified = new CompletableFuture<>();
            api.client().pods().inNamespace("ns").watch(new Watcher<Pod>() {
                @Override
                public void eventReceived(Action action, Pod resource) {
                    if (action == Action.MODIFIED) {
                        modified.complete(resource);
                    }
                }

                @Override
                public void onClose(WatcherException cause) {
                    modified.completeExceptionally(cause);
                }
            });
            int code = api.store().serve(HttpMethod.PATCH, "/api/v1/namespaces/ns/pods/a/status",
                    "application/merge-patch+json", "{\"status\":{\"phase\":\"Running\"}}").code();

            assertEquals(2, code / 100, "answered as the server answers a patch");
            assertEquals("Running", modified.get(30, TimeUnit.SECONDS).getStatus().getPhase());
            assertEquals("Running", api.client().pods().inNamespace("ns").withName("a").get().getStatus().getPhase());
            assertEquals(404, api.store().serve(HttpMethod.DELETE, "/api/v1/namespaces/ns/secrets/none", null, null).code());
        }
    }

    @Test
    void aKubeletsStatusWriteEndsAsAStatusPatchThroughTheServerDoes() throws Exception {
        try (EmbeddedApi api = new EmbeddedApi(new Wakeup())) {
            KubernetesClient client = api.client();
            for (String name : List.of("patched", "written")) {
                client.pods().resource(new PodBuilder(pod(name)).editMetadata().addToLabels("role", "worker").endMetadata()
                        .withNewStatus().addNewCondition().withType("PodScheduled").withStatus("True").endCondition()
                        .endStatus().build()).create();
            }
            List<String> events = new CopyOnWriteArrayList<>();
            client.pods().inNamespace("ns").withLabel("role", "worker").watch(recording(events));
            await().until(() -> events.size() == 2);
            String status = "{\"phase\":\"Running\",\"hostIP\":\"10.0.0.1\"}";

            api.store().serve(HttpMethod.PATCH, "/api/v1/namespaces/ns/pods/patched/status", "application/merge-patch+json",
                    "{\"status\":" + status + "}");
            assertTrue(api.store().writePodStatus("ns", "written", status));

            Pod patched = client.pods().inNamespace("ns").withName("patched").get();
            Pod written = client.pods().inNamespace("ns").withName("written").get();
            assertEquals(patched.getStatus(), written.getStatus(), "merged into the stored status alike");
            assertTrue(Long.parseLong(patched.getMetadata().getResourceVersion())
                    < Long.parseLong(written.getMetadata().getResourceVersion()), "a new version, after the patch's");
            assertEquals(patched.getMetadata().getLabels(), written.getMetadata().getLabels());
            await().until(() -> events.size() == 4);
            assertEquals("MODIFIED written " + written.getMetadata().getResourceVersion(), events.get(3),
                    "one event, for the watch that selects it by label");
            assertEquals(4, api.podEvents(), "two creates, two writes");
            assertEquals(false, api.store().writePodStatus("ns", "none", status), "a pod that is gone is left alone");
        }
    }

    @Test
    void objectsFoundByNameBehaveAsTheMockServersScanMadeThem() {
        try (EmbeddedApi api = new EmbeddedApi(new Wakeup())) {
            KubernetesClient client = api.client();
            client.pods().resource(pod("a")).create();
            client.pods().resource(new PodBuilder(pod("a")).editMetadata().withNamespace("other").endMetadata().build()).create();
            assertEquals(409, assertThrows(KubernetesClientException.class, () -> client.pods().resource(pod("a")).create())
                    .getCode(), "a second create of one name conflicts");
            client.secrets().resource(new SecretBuilder().withNewMetadata().withName("a").withNamespace("ns").endMetadata()
                    .build()).create();

            assertEquals(1, client.pods().inNamespace("ns").withName("a").delete().size());
            assertNull(client.pods().inNamespace("ns").withName("a").get());
            assertNotNull(client.pods().inNamespace("other").withName("a").get(), "same name, other namespace: kept");
            assertNotNull(client.secrets().inNamespace("ns").withName("a").get(), "same name, other kind: kept");
            assertEquals(0, client.pods().inNamespace("ns").withName("a").delete().size(), "gone already");

            client.pods().resource(new PodBuilder(pod("b")).editMetadata().addToFinalizers("example.com/keep").endMetadata()
                    .build()).create();
            client.pods().inNamespace("ns").withName("b").delete();
            assertNotNull(client.pods().inNamespace("ns").withName("b").get().getMetadata().getDeletionTimestamp(),
                    "a finalizer keeps it, marked for deletion");

            client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("c").endMetadata().build()).create();
            client.namespaces().withName("c").delete();
            assertNull(client.namespaces().withName("c").get(), "cluster-scoped: deleted as the mock server deletes");
        }
    }

    private static Watcher<Pod> recording(List<String> events) {
        return new Watcher<>() {
            @Override
            public void eventReceived(Action action, Pod resource) {
                events.add(action + " " + resource.getMetadata().getName() + " " + resource.getMetadata().getResourceVersion());
            }

            @Override
            public void onClose(WatcherException cause) {
                events.add("closed");
            }
        };
    }

    /** Every time, on a fresh server: what the watch starts with is sent once the socket is open, not while it opens. */
    @RepeatedTest(20)
    void aPodWatchHearsTheChangesOfThePodsItSelectsInOrderAndStartsWithThoseThereAre() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), this::aPodWatchHearsItsPodsChanges);
    }

    private void aPodWatchHearsItsPodsChanges() {
        try (EmbeddedApi api = new EmbeddedApi(new Wakeup())) {
            KubernetesClient client = api.client();
            String kept = client.pods().resource(new PodBuilder(pod("kept")).editMetadata().addToLabels("role", "worker")
                    .endMetadata().build()).create().getMetadata().getResourceVersion();
            List<String> events = new CopyOnWriteArrayList<>();
            client.pods().inNamespace("ns").withLabel("role", "worker").watch(recording(events));

            String a = client.pods().resource(new PodBuilder(pod("a")).editMetadata().addToLabels("role", "worker")
                    .endMetadata().build()).create().getMetadata().getResourceVersion();
            client.pods().resource(pod("unlabelled")).create();
            String running = client.pods().resource(new PodBuilder(pod("a")).editMetadata().addToLabels("role", "worker")
                    .endMetadata().withNewStatus().withPhase("Running").endStatus().build()).patchStatus()
                    .getMetadata().getResourceVersion();
            client.pods().inNamespace("ns").withName("a").edit(p -> new PodBuilder(p).editMetadata().removeFromLabels("role")
                    .endMetadata().build());
            client.pods().inNamespace("ns").withName("a").delete();

            List<String> expected = List.of("ADDED kept " + kept, "ADDED a " + a, "MODIFIED a " + running,
                    "DELETED a " + running);
            await().until(() -> events.size() >= expected.size());
            assertEquals(expected, events, "no unlabelled pod; a pod that loses the label is deleted for the watch, once");
        }
    }
}
