package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The Kubernetes API the simulation runs on: fabric8's mock server in CRUD mode, in this process. */
final class EmbeddedApi implements AutoCloseable {

    /** Held so that the level set on it stays: the server logs every request at INFO otherwise. */
    private static final Logger SERVER_LOG = Logger.getLogger("io.fabric8.mockwebserver");

    private final KubernetesMockServer server;
    private final EmbeddedStore store;
    private final KubernetesClient client;

    /** Starts the server; {@code wakeup} hears of every pod change. */
    EmbeddedApi(Wakeup wakeup) {
        SERVER_LOG.setLevel(Level.WARNING);
        store = new EmbeddedStore(wakeup);
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), store, false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        client = server.createClient();
    }

    /** A client of the server over HTTP, as the engine under test is. */
    KubernetesClient client() {
        return client;
    }

    /** The server's store, for the cluster's own parts in this process. */
    EmbeddedStore store() {
        return store;
    }

    /** How many pod changes the server has made so far. */
    long podEvents() {
        return store.podEvents();
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }
}
