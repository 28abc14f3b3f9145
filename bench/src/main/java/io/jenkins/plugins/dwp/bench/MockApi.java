package io.jenkins.plugins.dwp.bench;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.jenkins.plugins.dwp.cli.simulate.EmbeddedStore;
import java.util.HashMap;

/**
 * fabric8's mock API server in this JVM, counting every call it takes (see {@link ApiCallTally}).
 * Clients are told apart at the server by their User-Agent.
 */
final class MockApi implements AutoCloseable {

    private final KubernetesMockServer server;
    private final ApiCallTally tally;
    private final Thread drain;

    private MockApi(Dispatcher dispatcher) {
        MockServerLogs.quiet();
        this.tally = new ApiCallTally(dispatcher);
        this.server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), tally, false);
        server.init();
        // The server also keeps every request it took for takeRequest(); nobody here takes them, so they
        // are thrown away as they come rather than fill the heap the benchmarks measure.
        this.drain = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    server.takeRequest();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "mock-api-drain");
        drain.setDaemon(true);
        drain.start();
    }

    /** The CRUD server: it keeps what is created, answers reads from it and sends watch events. */
    static MockApi crud() {
        return new MockApi(new KubernetesCrudDispatcher());
    }

    /**
     * The embedded API server of {@code dwp simulate} ({@link EmbeddedStore}), over HTTP: the CRUD
     * server's handling, with objects found through an index and pod watches that send the stored
     * JSON once made, as a real API server's watch cache does, rather than read and written again
     * for every watcher.
     */
    static MockApi embedded() {
        return new MockApi(new EmbeddedStore());
    }

    /** A server whose every answer comes from {@code dispatcher}. */
    static MockApi serving(Dispatcher dispatcher) {
        return new MockApi(dispatcher);
    }

    /** A new client of this server, whose calls the tally counts under {@code userAgent}. */
    KubernetesClient client(String userAgent) {
        // A minute, not ten seconds: the machines these run on are shared, and a slow answer is not a failure here.
        return server.createClient(builder -> builder.editOrNewConfig().withUserAgent(userAgent)
                .withRequestTimeout(60_000).endConfig());
    }

    ApiCallTally tally() {
        return tally;
    }

    @Override
    public void close() {
        drain.interrupt();
        try {
            server.destroy();
        } catch (IllegalStateException e) {
            // Its shutdown waits a few seconds for vert.x, which a loaded machine can exceed; the figures are taken.
            System.err.println("MockApi: " + e.getMessage());
        }
    }
}
