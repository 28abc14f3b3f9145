package io.jenkins.plugins.dwp.bench;

import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An API server with only what a broker adopting many running workers needs, answered from
 * memory in constant time (fabric8's CRUD mock scans its whole store at every request, which
 * makes 100,000 pods take hours to create): the list of the workers' pods and a watch on them,
 * an empty list and a watch of heartbeat Leases, the heartbeat's create and patch, and pod deletes.
 *
 * <p>A deleted pod is gone at once: its watch sends DELETED, then ADDED for a new worker that
 * takes its place, requested {@link #ROUND} later than the one deleted, so that the number of
 * workers stays the same and a clock moving one {@link #ROUND}/{@code GROUPS} per tick finds the
 * same share of them past their lifetime at every tick. Any other request is answered 404 and
 * recorded in {@link #unexpected()}.
 */
final class AdoptionServer extends Dispatcher {

    /** How far apart in time a worker and the one that replaces it were requested. */
    static final Duration ROUND = Duration.ofMinutes(1);

    private static final String PODS = "/api/v1/namespaces/" + BenchBroker.NAMESPACE + "/pods";
    private static final String LEASES = "/apis/coordination.k8s.io/v1/namespaces/" + BenchBroker.NAMESPACE + "/leases";

    private record Worker(byte[] json, Instant created) {
    }

    private final WorkerPods pods;
    private final Clock clock;
    private final Map<String, Worker> workers = new ConcurrentHashMap<>();
    private final AtomicLong nextIndex = new AtomicLong();
    private final AtomicLong resourceVersion = new AtomicLong(1);
    private final AtomicLong deletes = new AtomicLong();
    private final AtomicReference<WebSocket> podWatch = new AtomicReference<>();
    private final Object sending = new Object();
    private volatile String lastReplacement;
    private final List<String> unexpected = new CopyOnWriteArrayList<>();

    AdoptionServer(WorkerPods pods, Clock clock) {
        this.pods = pods;
        this.clock = clock;
    }

    /** Adds a worker requested at {@code created} and last active at {@code lastActive}; before the broker starts. */
    void addWorker(Instant created, Instant lastActive) {
        long index = nextIndex.getAndIncrement();
        workers.put(WorkerPods.podName(index),
                new Worker(pods.json(index, created, lastActive, resourceVersion.incrementAndGet()), created));
    }

    /** Pods deleted so far. */
    long deletes() {
        return deletes.get();
    }

    /**
     * The lease of the worker whose ADDED event the watch sent last, in place of a deleted one:
     * once the broker holds it, it has seen every event sent before.
     */
    Optional<String> lastReplacement() {
        return Optional.ofNullable(lastReplacement);
    }

    /** Requests this server had no answer for, as {@code METHOD PATH}. */
    List<String> unexpected() {
        return unexpected;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String target = request.getPath();
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        boolean watch = question >= 0 && target.substring(question).contains("watch=true");
        String method = request.getMethod();
        if (method.equals("GET") && path.equals(PODS)) {
            return watch ? watchPods() : podList();
        }
        if (method.equals("DELETE") && path.startsWith(PODS + "/")) {
            return delete(path.substring(PODS.length() + 1));
        }
        if (method.equals("GET") && path.equals(LEASES)) {
            return watch ? new MockResponse().withWebSocketUpgrade(new WebSocketListener() { })
                    : json(200, "{\"apiVersion\":\"coordination.k8s.io/v1\",\"kind\":\"LeaseList\","
                            + "\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[]}");
        }
        if (method.equals("POST") && path.equals(LEASES)) {
            return json(201, request.getUtf8Body());
        }
        if (method.equals("PATCH") && path.startsWith(LEASES + "/")) {
            return json(200, request.getUtf8Body());
        }
        unexpected.add(method + " " + target);
        return json(404, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":404}");
    }

    private MockResponse podList() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("{\"apiVersion\":\"v1\",\"kind\":\"PodList\",\"metadata\":{\"resourceVersion\":\""
                + resourceVersion.get() + "\"},\"items\":[").getBytes(StandardCharsets.UTF_8));
        boolean first = true;
        for (Worker worker : workers.values()) {
            if (!first) {
                body.write(',');
            }
            body.writeBytes(worker.json());
            first = false;
        }
        body.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                .setBody(new Buffer(body.toByteArray()));
    }

    private MockResponse watchPods() {
        return new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
            @Override
            public void onOpen(WebSocket socket, Response response) {
                podWatch.set(socket);
            }
        });
    }

    private MockResponse delete(String name) {
        Worker gone = workers.remove(name);
        if (gone == null) {
            return json(404, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":404}");
        }
        long index = nextIndex.getAndIncrement();
        Worker next = new Worker(pods.json(index, gone.created().plus(ROUND), clock.instant(),
                resourceVersion.incrementAndGet()), gone.created().plus(ROUND));
        workers.put(WorkerPods.podName(index), next);
        // One at a time, so that the replacement recorded last is the last whose events the watch sent.
        synchronized (sending) {
            WebSocket socket = podWatch.get();
            if (socket != null) {
                socket.send(event("DELETED", gone.json()));
                socket.send(event("ADDED", next.json()));
            }
            lastReplacement = WorkerPods.leaseId(index);
        }
        deletes.incrementAndGet();
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                .setBody(new Buffer(gone.json()));
    }

    private static byte[] event(String type, byte[] object) {
        ByteArrayOutputStream event = new ByteArrayOutputStream(object.length + 32);
        event.writeBytes(("{\"type\":\"" + type + "\",\"object\":").getBytes(StandardCharsets.UTF_8));
        event.writeBytes(object);
        event.write('}');
        return event.toByteArray();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
    }
}
