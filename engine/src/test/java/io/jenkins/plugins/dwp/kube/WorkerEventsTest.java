package io.jenkins.plugins.dwp.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.EventListBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

/**
 * The mock server answers a field selector on involvedObject.name with nothing, where a real API
 * server filters by it: these tests give the answer a real server would.
 */
@EnableKubernetesMockClient(crud = true)
class WorkerEventsTest {

    private static final String PATH = "/api/v1/namespaces/n/events?fieldSelector=involvedObject.name%3Dp";

    KubernetesClient client;
    KubernetesMockServer server;

    static Event event(String pod, String reason, String message, String at) {
        return new EventBuilder().withNewMetadata().withName(pod + "." + at).endMetadata()
                .withNewInvolvedObject().withKind("Pod").withName(pod).withNamespace("n").endInvolvedObject()
                .withReason(reason).withMessage(message).withLastTimestamp(at).build();
    }

    @Test
    void givesTheLastThreeEventsOfThePodOldestFirst() {
        server.expect().get().withPath(PATH).andReturn(200, new EventListBuilder().addToItems(
                event("p", "Pulling", "Pulling image \"x\"", "2026-11-25T10:00:03Z"),
                event("p", "Scheduled", "assigned to node-1", "2026-11-25T10:00:01Z"),
                event("other", "Killing", "not this pod", "2026-11-25T10:00:04Z"),
                event("p", "Failed", "Failed to pull image \"x\": 429 Too Many Requests ", "2026-11-25T10:00:05Z"),
                event("p", "BackOff", "Back-off pulling image \"x\"", "2026-11-25T10:00:06Z")).build()).once();
        assertEquals("; last events: Pulling: Pulling image \"x\"; Failed: Failed to pull image \"x\": 429 Too Many"
                + " Requests; BackOff: Back-off pulling image \"x\"", WorkerEvents.lastOf(client, "n", "p"));
    }

    @Test
    void saysNothingWhenThereAreNoneOrTheyCannotBeRead() {
        server.expect().get().withPath(PATH).andReturn(200, new EventListBuilder().build()).once();
        assertEquals("", WorkerEvents.lastOf(client, "n", "p"));
        server.expect().get().withPath(PATH).andReturn(403, "forbidden").always();
        assertEquals("", WorkerEvents.lastOf(client, "n", "p"));
    }
}
