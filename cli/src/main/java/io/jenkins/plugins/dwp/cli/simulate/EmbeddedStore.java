package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded API server's store, which also serves the simulated cluster's own parts in this
 * process: the kubelet and the garbage collector are told of every pod change as the store makes
 * it, and their requests are answered by the server's own request handling without the network,
 * as the control plane's components sit beside the API server. The engine under test talks to the
 * server over HTTP and watches like any client.
 *
 * <p>Every pod change is counted: each is one event on every pod watch, so the simulation knows
 * how many events the engine must have handled before the cluster is settled.
 *
 * <p>The mock server keeps no history of changes, so it cannot resume a pod watch from an older
 * version: it would list every pod as added and miss the deletions. Informers renew their watch
 * every 5 to 10 minutes of wall time; such a resumption gets 410 Expired here, as from a real API
 * server whose history is too short, and the informer lists anew, deletions included.
 */
final class EmbeddedStore extends KubernetesCrudDispatcher {

    private static final Pattern POD_PATH = Pattern.compile("/pods(/|\\?|$)");
    private static final Pattern RESOURCE_VERSION = Pattern.compile("[?&]resourceVersion=(\\d+)");

    private final AtomicLong podEvents = new AtomicLong();
    /** A version taken just after the last pod change: a pod watch may resume from it or later, not before. */
    private volatile long lastPodChange;
    private final Wakeup wakeup;
    private volatile BiConsumer<Watcher.Action, String> podListener = (action, pod) -> { };

    EmbeddedStore(Wakeup wakeup) {
        this.wakeup = wakeup;
    }

    /** How many pod changes the store has made, each sent to every pod watch. */
    long podEvents() {
        return podEvents.get();
    }

    /**
     * Tells {@code listener}, while the store makes the change, of each pod added (the pod as
     * created) and each pod deleted (the pod as it was last): the action and the pod's JSON. It
     * must only take note: the store is locked meanwhile.
     */
    void onPodAddedOrDeleted(BiConsumer<Watcher.Action, String> listener) {
        podListener = listener;
    }

    /**
     * Answers a request as the server would, in this process: same handling, same store, same
     * watch events, no network.
     *
     * @param contentType the body's media type, or null without a body
     * @param body the request body, or null
     */
    MockResponse serve(HttpMethod method, String path, String contentType, String body) {
        Headers.Builder headers = Headers.builder();
        if (contentType != null) {
            headers.add("Content-Type", contentType);
        }
        Buffer content = new Buffer();
        if (body != null) {
            content.writeUtf8(body);
        }
        return dispatch(new RecordedRequest("HTTP/1.1", method, path, headers.build(), content));
    }

    @Override
    public void processEvent(String path, AttributeSet pathAttributes, AttributeSet oldAttributes,
            GenericKubernetesResource resource, String newState) {
        boolean pod = POD_PATH.matcher(path).find();
        String before = pod && oldAttributes != null ? map.get(oldAttributes) : null;
        super.processEvent(path, pathAttributes, oldAttributes, resource, newState);
        if (pod) {
            // A deletion takes no version of its own here; this one marks that the pods changed.
            lastPodChange = requestResourceVersion();
            podEvents.incrementAndGet();
            if (newState == null && before != null) {
                podListener.accept(Watcher.Action.DELETED, before);
            } else if (before == null && newState != null) {
                podListener.accept(Watcher.Action.ADDED, newState);
            }
            wakeup.wake();
        }
    }

    @Override
    public MockResponse handleWatch(String path) {
        Matcher version = RESOURCE_VERSION.matcher(path);
        if (POD_PATH.matcher(path).find() && version.find() && Long.parseLong(version.group(1)) < lastPodChange) {
            return new MockResponse().withWebSocketUpgrade(new ExpiredWatch(version.group(1)));
        }
        return super.handleWatch(path);
    }
}
