package io.jenkins.plugins.dwp.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@EnableKubernetesMockClient(crud = true)
class HeartbeatTest {

    KubernetesMockServer server;
    KubernetesClient client;

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private Lease lease() {
        return client.leases().inNamespace("jenkins").withName("dwp-controller-jenkins-a").get();
    }

    private List<String> requests() throws InterruptedException {
        List<String> requests = new ArrayList<>();
        RecordedRequest request;
        while ((request = server.takeRequest(100, TimeUnit.MILLISECONDS)) != null) {
            requests.add(request.getMethod());
        }
        return requests;
    }

    @Test
    void eachRenewalIsOneCallAndMovesTheRenewTime() throws Exception {
        Heartbeat first = new Heartbeat(client, "jenkins", "jenkins-a", Clock.fixed(T0, ZoneOffset.UTC), Duration.ofMinutes(2));
        first.renew();
        assertEquals(List.of("POST"), requests());
        Lease created = lease();
        assertEquals("jenkins-a", created.getSpec().getHolderIdentity());
        assertEquals(120, created.getSpec().getLeaseDurationSeconds());
        assertEquals(T0, created.getSpec().getRenewTime().toInstant());
        assertEquals("jenkins-a", created.getMetadata().getLabels().get("dwp.jenkins.io/controller"));
        requests();

        Heartbeat later = new Heartbeat(client, "jenkins", "jenkins-a", Clock.fixed(T0.plusSeconds(30), ZoneOffset.UTC),
                Duration.ofMinutes(2));
        later.renew();
        later.renew();
        List<String> calls = requests();
        assertEquals(List.of("POST", "PATCH", "PATCH"), calls, "a restarted controller finds its lease once, then patches");
        assertEquals(T0.plusSeconds(30), lease().getSpec().getRenewTime().toInstant());
    }

    @Test
    void aControllerIsAliveUntilItsRenewalPlusValidityPlusGrace() {
        new Heartbeat(client, "jenkins", "jenkins-a", Clock.fixed(T0, ZoneOffset.UTC), Duration.ofMinutes(2)).renew();
        Lease lease = lease();
        Duration grace = Duration.ofMinutes(1);
        assertTrue(Heartbeat.alive(lease, T0.plus(Duration.ofMinutes(3)).minusSeconds(1), grace));
        assertFalse(Heartbeat.alive(lease, T0.plus(Duration.ofMinutes(3)), grace));
    }
}
