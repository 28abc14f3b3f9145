package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

/**
 * The Kubernetes API the simulation runs on: fabric8's mock server's handling in CRUD mode, in
 * this process, and a fabric8 client that reaches it {@linkplain InProcessHttpClient without a
 * socket}.
 */
final class EmbeddedApi implements AutoCloseable {

    /** Never connected to: requests go to the store in this process. */
    private static final String URL = "http://embedded.dwp.invalid/";

    private final EmbeddedStore store;
    private final KubernetesClient client;

    /** Starts the server; {@code wakeup} hears of every pod change. */
    EmbeddedApi(Wakeup wakeup) {
        store = new EmbeddedStore(wakeup);
        client = new KubernetesClientBuilder()
                .withConfig(new ConfigBuilder(Config.empty()).withMasterUrl(URL).withNamespace("default").build())
                .withHttpClientFactory(new InProcessHttpClient.Factory(store))
                .build();
    }

    /** A fabric8 client of the server, as the engine under test is. */
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
    }
}
