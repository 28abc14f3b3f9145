package io.jenkins.plugins.dwp.lease;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * fabric8's CRUD dispatcher, watched from inside: every pod it creates or deletes is told to an
 * observer as it happens, so that the count stays true while watches drop and the API server
 * restarts. The requests of a client (named by the {@link #CLIENT} header it sends) can be cut
 * off, as a controller's are when its process dies. The CRUD watch ignores the resource version
 * asked for and replays every object, without the deletions in between; a real API server sends
 * those or says the version is too old. Here it says so, so that informers list again: to every
 * watch that resumes after a restart, and to a watch that follows a list a pod deletion came after.
 */
final class TappedStore extends Dispatcher {

    static final String CLIENT = "X-Dwp-Client";

    private static final Pattern PODS = Pattern.compile("^/api/v1/namespaces/([^/]+)/pods(?:/([^/?]+))?(\\?.*)?$");
    private static final Pattern SELECTOR = Pattern.compile("[?&](labelSelector=[^&]*)");
    private static final String EXPIRED = "{\"type\":\"ERROR\",\"object\":{\"apiVersion\":\"v1\","
            + "\"kind\":\"Status\",\"metadata\":{},\"status\":\"Failure\","
            + "\"message\":\"too old resource version (API server restarted)\",\"reason\":\"Expired\",\"code\":410}}";

    private final Dispatcher store;
    private volatile Watcher<Pod> observer = new Watcher<>() {
        @Override
        public void eventReceived(Action action, Pod pod) {
            // nobody observes yet
        }

        @Override
        public void onClose(WatcherException cause) {
            // never closes
        }
    };
    private final Map<String, Pod> pods = new ConcurrentHashMap<>();
    private final Set<String> cut = ConcurrentHashMap.newKeySet();
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private final Set<String> toExpire = ConcurrentHashMap.newKeySet();
    /** Requests being dispatched, by client: a cut-off waits for those already past its check. */
    private final Map<String, AtomicInteger> dispatching = new ConcurrentHashMap<>();
    /** Pod deletions so far, and for each list of pods the deletions before it: what its watch may miss. */
    private final AtomicInteger deletions = new AtomicInteger();
    private final Map<String, Integer> listedAfter = new ConcurrentHashMap<>();
    private final AtomicInteger expired = new AtomicInteger();

    TappedStore(Dispatcher store) {
        this.store = store;
    }

    /** Tells {@code next} every pod created or deleted from now on. */
    void observe(Watcher<Pod> next) {
        observer = next;
    }

    /** From now on, {@code client}'s requests do nothing; any already under way is done when this returns. */
    void cutOff(String client) {
        cut.add(client);
        // Waited for here, not with a lock: the server's threads must never block on the test.
        await().until(() -> dispatching.computeIfAbsent(client, c -> new AtomicInteger()).get() == 0);
    }

    /** How many watches were told their resource version is too old. */
    int expiredWatches() {
        return expired.get();
    }

    /** The API server restarted: the next watch of each kind that resumes is told it is too old. */
    void restarted() {
        toExpire.addAll(watched);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String client = Objects.requireNonNullElse(request.getHeader(CLIENT), "");
        AtomicInteger underWay = dispatching.computeIfAbsent(client, c -> new AtomicInteger());
        underWay.incrementAndGet();
        try {
            if (cut.contains(client)) {
                return new MockResponse().setResponseCode(503).setBody("{\"apiVersion\":\"v1\",\"kind\":\"Status\","
                        + "\"status\":\"Failure\",\"message\":\"this controller is gone\",\"code\":503}");
            }
            String key = watchKey(request.getPath());
            if (request.getPath().contains("watch=true")) {
                watched.add(key);
                Integer listed = listedAfter.remove(key);
                if (toExpire.remove(key) || (listed != null && listed != deletions.get())) {
                    expired.incrementAndGet();
                    return expired();
                }
                return store.dispatch(request);
            }
            Matcher podPath = PODS.matcher(request.getPath());
            if (request.getMethod().equals("GET") && podPath.matches() && podPath.group(2) == null) {
                // Read before the list is made, so that any deletion it may not show counts as one after it.
                listedAfter.put(key, deletions.get());
            }
            MockResponse response = store.dispatch(request);
            tell(request, response);
            return response;
        } finally {
            underWay.decrementAndGet();
        }
    }

    private void tell(RecordedRequest request, MockResponse response) {
        Matcher path = PODS.matcher(request.getPath());
        if (!path.matches() || response.code() >= 300) {
            return;
        }
        if (request.getMethod().equals("POST") && path.group(2) == null) {
            Pod pod = Serialization.unmarshal(new String(response.getBody().getBytes(), StandardCharsets.UTF_8), Pod.class);
            pods.put(path.group(1) + "/" + pod.getMetadata().getName(), pod);
            observer.eventReceived(Watcher.Action.ADDED, pod);
        } else if (request.getMethod().equals("DELETE") && path.group(2) != null) {
            Pod pod = pods.remove(path.group(1) + "/" + path.group(2));
            deletions.incrementAndGet();
            if (pod != null) {
                observer.eventReceived(Watcher.Action.DELETED, pod);
            }
        }
    }

    /** A watch's path and selector, without the resource version it resumes from. */
    private static String watchKey(String path) {
        int query = path.indexOf('?');
        if (query < 0) {
            return path;
        }
        Matcher selector = SELECTOR.matcher(path);
        return path.substring(0, query) + (selector.find() ? "?" + selector.group(1) : "");
    }

    private static MockResponse expired() {
        return new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
            @Override
            public void onOpen(WebSocket webSocket, Response response) {
                webSocket.send(EXPIRED);
                webSocket.close(1000, "");
            }
        });
    }
}
