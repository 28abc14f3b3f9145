package io.jenkins.plugins.dwp.bench;

import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts every request an API server takes, as an {@link ApiCall}, before the server it wraps
 * answers it: counted at the server, whatever the client believes it sent.
 */
final class ApiCallTally extends Dispatcher {

    private final Dispatcher server;
    private final Map<ApiCall, LongAdder> counts = new ConcurrentHashMap<>();

    ApiCallTally(Dispatcher server) {
        this.server = server;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        counts.computeIfAbsent(ApiCall.of(request), call -> new LongAdder()).increment();
        return server.dispatch(request);
    }

    @Override
    public void shutdown() {
        server.shutdown();
    }

    /** The calls taken so far, each with how many. */
    Map<ApiCall, Long> snapshot() {
        Map<ApiCall, Long> copy = new TreeMap<>((a, b) -> (a.client() + " " + a.describe()).compareTo(b.client() + " " + b.describe()));
        counts.forEach((call, count) -> copy.put(call, count.sum()));
        return copy;
    }

    /** How many calls of {@code call} the server took so far. */
    long count(ApiCall call) {
        LongAdder count = counts.get(call);
        return count == null ? 0 : count.sum();
    }
}
