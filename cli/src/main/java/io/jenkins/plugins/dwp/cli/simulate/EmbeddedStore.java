package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.crud.AttributeType;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.HttpURLConnection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
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
 * <p>Objects are also found by kind, namespace and name without a scan: the mock server matches
 * every stored object against each request, which made a create, a status write or a delete cost
 * time in proportion to everything stored. One lock of its own serializes every request, so that
 * a delete found this way is ordered with all other changes as the server's own lock orders them.
 *
 * <p>The mock server keeps no history of changes, so it cannot resume a pod watch from an older
 * version: it would list every pod as added and miss the deletions. Informers renew their watch
 * every 5 to 10 minutes of wall time; such a resumption gets 410 Expired here, as from a real API
 * server whose history is too short, and the informer lists anew, deletions included.
 */
final class EmbeddedStore extends KubernetesCrudDispatcher {

    private static final Pattern POD_PATH = Pattern.compile("/pods(/|\\?|$)");
    private static final Pattern RESOURCE_VERSION = Pattern.compile("[?&]resourceVersion=(\\d+)");
    private static final String[] NAME_KEYS = {KubernetesAttributesExtractor.PLURAL,
        KubernetesAttributesExtractor.NAMESPACE, KubernetesAttributesExtractor.NAME};
    /** The mock server's value that equals every value. */
    private static final String WILDCARD = "*";

    private final AtomicLong podEvents = new AtomicLong();
    /** A version taken just after the last pod change: a pod watch may resume from it or later, not before. */
    private volatile long lastPodChange;
    private final Wakeup wakeup;
    private volatile BiConsumer<Watcher.Action, String> podListener = (action, pod) -> { };
    private final ReentrantLock requests = new ReentrantLock();
    /** Every stored object's key, by kind (plural), namespace and name; usually one each, more across API groups. */
    private final Map<String, Set<AttributeSet>> keysByName = new HashMap<>();
    /** Stored keys with a wildcard in kind, namespace or name: while there are any, lookups scan. */
    private final Set<AttributeSet> wildcardKeys = new HashSet<>();

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
    public MockResponse handleCreate(RecordedRequest request) {
        return locked(() -> super.handleCreate(request));
    }

    @Override
    public MockResponse handleUpdate(RecordedRequest request) {
        return locked(() -> super.handleUpdate(request));
    }

    @Override
    public MockResponse handlePatch(RecordedRequest request) {
        return locked(() -> super.handlePatch(request));
    }

    @Override
    public MockResponse handleGet(String path) {
        return locked(() -> super.handleGet(path));
    }

    /**
     * Deletes the object a path names, found without a scan; one with finalizers, and a path that
     * names no single object, as the mock server does.
     */
    @Override
    public MockResponse handleDelete(String path) {
        return locked(() -> {
            AttributeSet query = getKey(path);
            if (nameOf(query, true) == null || !wildcardKeys.isEmpty()) {
                return super.handleDelete(path);
            }
            Map.Entry<AttributeSet, String> found = findResource(query);
            if (found == null) {
                return new MockResponse().setResponseCode(HttpURLConnection.HTTP_NOT_FOUND);
            }
            if (!Serialization.unmarshal(found.getValue(), GenericKubernetesResource.class).getFinalizers().isEmpty()) {
                return super.handleDelete(path);
            }
            processEvent(path, query, found.getKey(), null, null);
            return new MockResponse().setResponseCode(HttpURLConnection.HTTP_OK).setBody(found.getValue());
        });
    }

    @Override
    public Map.Entry<AttributeSet, String> findResource(AttributeSet query) {
        String name = nameOf(query, true);
        if (name == null || !wildcardKeys.isEmpty()) {
            return super.findResource(query);
        }
        for (AttributeSet key : keysByName.getOrDefault(name, Set.of())) {
            String stored = map.get(key);
            if (stored != null && key.matches(query)) {
                return Map.entry(key, stored);
            }
        }
        return null;
    }

    @Override
    public void processEvent(String path, AttributeSet pathAttributes, AttributeSet oldAttributes,
            GenericKubernetesResource resource, String newState) {
        boolean pod = POD_PATH.matcher(path).find();
        String before = pod && oldAttributes != null ? map.get(oldAttributes) : null;
        super.processEvent(path, pathAttributes, oldAttributes, resource, newState);
        index(pathAttributes, oldAttributes, resource, newState);
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

    /** Keeps {@link #keysByName} as the mock server's {@code processEvent} keeps its store. */
    private void index(AttributeSet pathAttributes, AttributeSet oldAttributes, GenericKubernetesResource resource,
            String newState) {
        if (oldAttributes != null) {
            wildcardKeys.remove(oldAttributes);
            String name = nameOf(oldAttributes, false);
            Set<AttributeSet> keys = name == null ? null : keysByName.get(name);
            if (keys != null && keys.remove(oldAttributes) && keys.isEmpty()) {
                keysByName.remove(name);
            }
        }
        if (newState != null) {
            KubernetesAttributesExtractor extractor = (KubernetesAttributesExtractor) attributeExtractor;
            AttributeSet stored = resource != null ? extractor.extract(resource) : extractor.fromResource(newState);
            if (!stored.containsKey(KubernetesAttributesExtractor.PLURAL)) {
                stored = AttributeSet.merge(pathAttributes, stored);
            }
            String name = nameOf(stored, false);
            if (name != null) {
                keysByName.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(stored);
            } else if (wildcard(stored)) {
                wildcardKeys.add(stored);
            }
        }
    }

    /**
     * Kind, namespace and name of a stored object's key, or of a query that asks for exactly them;
     * null when there are not all three (cluster-scoped objects, lists) or one is the mock server's
     * wildcard, which matches anything.
     */
    private static String nameOf(AttributeSet attributes, boolean query) {
        StringBuilder name = new StringBuilder();
        for (String key : NAME_KEYS) {
            Attribute attribute = attributes.getAttribute(key);
            if (attribute == null || attribute.getValues().size() != 1
                    || (query && attribute.getType() != AttributeType.WITH)) {
                return null;
            }
            String value = attribute.getValues().get(0).toString();
            if (WILDCARD.equals(value)) {
                return null;
            }
            name.append(value).append('/');
        }
        return name.toString();
    }

    /** Whether a stored key with a wildcard among kind, namespace and name could match what the index misses. */
    private static boolean wildcard(AttributeSet stored) {
        for (String key : NAME_KEYS) {
            Attribute attribute = stored.getAttribute(key);
            if (attribute != null && attribute.getValues().stream().anyMatch(v -> WILDCARD.equals(v.toString()))) {
                return true;
            }
        }
        return false;
    }

    private MockResponse locked(Supplier<MockResponse> request) {
        requests.lock();
        try {
            return request.get();
        } finally {
            requests.unlock();
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
