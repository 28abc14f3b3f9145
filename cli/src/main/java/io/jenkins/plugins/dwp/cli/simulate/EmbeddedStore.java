package io.jenkins.plugins.dwp.cli.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.HttpURLConnection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded API server's store: fabric8's CRUD mock server, made to serve a replay of tens of
 * thousands of pods at the speed of its clients, and to serve the simulated cluster's own parts.
 *
 * <ul>
 * <li>The kubelet and the garbage collector sit beside the API server, as a control plane's
 * components do: they are told of every pod change as the store makes it, and their requests are
 * answered by the server's own request handling. The engine under test talks to the server
 * through a fabric8 client and watches like any client; its transport is {@linkplain
 * InProcessHttpClient in this process} too.
 * <li>Every pod change is counted: each is one event on every pod watch, so the simulation knows
 * how many events the engine must have handled before the cluster is settled.
 * <li>A request for one object finds it through a {@link StoreIndex} rather than by matching every
 * stored object, and pod watches are {@link PodWatch}es, which send the stored JSON as it is. One
 * lock of this store's own orders every request, so a change made here is ordered with all
 * others as the mock server's own lock orders them.
 * <li>The mock server keeps no history of changes, so it cannot resume a pod watch from an older
 * version: it would list every pod as added and miss the deletions. Informers renew their watch
 * every 5 to 10 minutes of wall time; such a resumption gets 410 Expired here, as from a real API
 * server whose history is too short, and the informer lists anew, deletions included.
 * </ul>
 */
public final class EmbeddedStore extends KubernetesCrudDispatcher {

    /** Reads and writes stored objects as JSON trees, as the mock server's handling does. */
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final String STATUS = "status";
    private static final Pattern POD_PATH = Pattern.compile("/pods(/|\\?|$)");
    private static final Pattern RESOURCE_VERSION = Pattern.compile("[?&]resourceVersion=(\\d+)");

    private final AtomicLong podEvents = new AtomicLong();
    /** A version taken just after the last pod change: a pod watch may resume from it or later, not before. */
    private volatile long lastPodChange;
    private final Wakeup wakeup;
    private volatile BiConsumer<Watcher.Action, String> podListener = (action, pod) -> { };
    private final ReentrantLock requests = new ReentrantLock();
    private final StoreIndex index = new StoreIndex();
    private final Set<PodWatch> podWatches = new CopyOnWriteArraySet<>();

    EmbeddedStore(Wakeup wakeup) {
        this.wakeup = wakeup;
    }

    /** A store to serve with fabric8's mock server over HTTP, for clients in this process or others. */
    public EmbeddedStore() {
        this(new Wakeup());
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

    /**
     * Writes a pod's status as a kubelet does, with the outcome of a JSON merge patch of
     * {@code pods/NAME/status} through the server's handling: the stored status merged with
     * {@code status}, a new resource version when that changed it, one watch event. The handling
     * reads the request and the stored pod three times over and compares them field by field; this
     * reads the pod once, which a replay that starts tens of thousands of pods feels.
     *
     * @param status the status to merge, as JSON
     * @return whether the pod was there to write
     */
    boolean writePodStatus(String namespace, String name, String status) {
        String path = "/api/v1/namespaces/" + namespace + "/pods/" + name + "/status";
        return locked(() -> {
            AttributeSet query = getKey(path);
            Map.Entry<AttributeSet, String> current = findResource(query);
            if (current == null) {
                return false;
            }
            try {
                ObjectNode pod = (ObjectNode) TREES.readTree(current.getValue());
                JsonNode before = pod.get(STATUS);
                JsonNode after = before instanceof ObjectNode
                        ? TREES.readerForUpdating(before.deepCopy()).readValue(status)
                        : TREES.readTree(status);
                pod.set(STATUS, after);
                if (!after.equals(before)) {
                    ((ObjectNode) pod.get("metadata")).put("resourceVersion", String.valueOf(requestResourceVersion()));
                }
                processEvent(path, query, current.getKey(), identity(pod), TREES.writeValueAsString(pod));
                return true;
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("not a pod status: " + status, e);
            }
        });
    }

    /** What the server keys a stored object by (kind, version, name, namespace, labels), without reading all of it. */
    private static GenericKubernetesResource identity(ObjectNode object) {
        JsonNode metadata = object.path("metadata");
        Map<String, String> labels = new LinkedHashMap<>();
        metadata.path("labels").fields().forEachRemaining(label -> labels.put(label.getKey(), label.getValue().asText()));
        GenericKubernetesResource identity = new GenericKubernetesResource();
        identity.setApiVersion(object.path("apiVersion").asText(null));
        identity.setKind(object.path("kind").asText(null));
        identity.setMetadata(new ObjectMetaBuilder().withName(metadata.path("name").asText(null))
                .withNamespace(metadata.path("namespace").asText(null)).withLabels(labels.isEmpty() ? null : labels).build());
        return identity;
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
     * Deletes the object a path names, found through the index; one with finalizers, and a path
     * that names no single object, as the mock server does.
     */
    @Override
    public MockResponse handleDelete(String path) {
        return locked(() -> {
            AttributeSet query = getKey(path);
            Optional<Set<AttributeSet>> candidates = index.candidates(query);
            if (candidates.isEmpty()) {
                return super.handleDelete(path);
            }
            Map.Entry<AttributeSet, String> found = firstStored(candidates.get(), query);
            if (found == null) {
                return new MockResponse().setResponseCode(HttpURLConnection.HTTP_NOT_FOUND);
            }
            // Read into the model only when it may have finalizers: every deletion of a replay gets here.
            if (found.getValue().contains("\"finalizers\"")
                    && !Serialization.unmarshal(found.getValue(), GenericKubernetesResource.class).getFinalizers().isEmpty()) {
                return super.handleDelete(path);
            }
            processEvent(path, query, found.getKey(), null, null);
            return new MockResponse().setResponseCode(HttpURLConnection.HTTP_OK).setBody(found.getValue());
        });
    }

    @Override
    public Map.Entry<AttributeSet, String> findResource(AttributeSet query) {
        Optional<Set<AttributeSet>> candidates = index.candidates(query);
        return candidates.isPresent() ? firstStored(candidates.get(), query) : super.findResource(query);
    }

    /** The first of {@code candidates} stored and matching {@code query}, or null. */
    private Map.Entry<AttributeSet, String> firstStored(Set<AttributeSet> candidates, AttributeSet query) {
        for (AttributeSet key : candidates) {
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
        String before = oldAttributes != null ? map.get(oldAttributes) : null;
        super.processEvent(path, pathAttributes, oldAttributes, resource, newState);
        AttributeSet stored = newState == null ? null : storedKey(pathAttributes, resource, newState);
        index.replaced(oldAttributes, stored);
        if (POD_PATH.matcher(path).find()) {
            // A deletion takes no version of its own here; this one marks that the pods changed.
            lastPodChange = requestResourceVersion();
            podEvents.incrementAndGet();
            if (!Objects.equals(before, newState)) {
                tellPodWatches(oldAttributes, before, stored, newState);
            }
            if (newState == null && before != null) {
                podListener.accept(Watcher.Action.DELETED, before);
            } else if (before == null && newState != null) {
                podListener.accept(Watcher.Action.ADDED, newState);
            }
            wakeup.wake();
        }
    }

    /** The key the mock server's {@code processEvent} stored a new state under, made the same way. */
    private AttributeSet storedKey(AttributeSet pathAttributes, GenericKubernetesResource resource, String newState) {
        KubernetesAttributesExtractor extractor = (KubernetesAttributesExtractor) attributeExtractor;
        AttributeSet stored = resource != null ? extractor.extract(resource) : extractor.fromResource(newState);
        return stored.containsKey(KubernetesAttributesExtractor.PLURAL) ? stored : AttributeSet.merge(pathAttributes, stored);
    }

    /** As the mock server tells its watches: modified for a watch that sees both states, else added or deleted. */
    private void tellPodWatches(AttributeSet oldKey, String before, AttributeSet newKey, String after) {
        for (PodWatch watch : podWatches) {
            boolean matchedBefore = watch.matches(oldKey);
            boolean matchesNow = watch.matches(newKey);
            if (matchedBefore && matchesNow) {
                watch.send(Watcher.Action.MODIFIED, after);
            } else if (matchedBefore) {
                watch.send(Watcher.Action.DELETED, before);
            } else if (matchesNow) {
                watch.send(Watcher.Action.ADDED, after);
            }
        }
    }

    /**
     * Watches pods: from an expired version, 410; by field selector, as the mock server does;
     * otherwise a {@link PodWatch} that starts, as the mock server's do, with every matching pod
     * added. Other watches are the mock server's.
     */
    @Override
    public MockResponse handleWatch(String path) {
        if (!POD_PATH.matcher(path).find()) {
            return super.handleWatch(path);
        }
        // Locked: a pod changed between the look at the store and the watch joining would be missed.
        return locked(() -> {
            Matcher version = RESOURCE_VERSION.matcher(path);
            if (version.find() && Long.parseLong(version.group(1)) < lastPodChange) {
                return new MockResponse().withWebSocketUpgrade(new ExpiredWatch(version.group(1)));
            }
            if (path.contains("fieldSelector")) {
                return super.handleWatch(path);
            }
            AttributeSet query = attributeExtractor.fromPath(path);
            PodWatch watch = new PodWatch(query, podWatches::remove);
            map.entrySet().stream().filter(entry -> watch.matches(entry.getKey()))
                    .forEach(entry -> watch.send(Watcher.Action.ADDED, entry.getValue()));
            podWatches.add(watch);
            return new MockResponse().withWebSocketUpgrade(watch);
        });
    }

    private <T> T locked(Supplier<T> request) {
        requests.lock();
        try {
            return request.get();
        } finally {
            requests.unlock();
        }
    }
}
