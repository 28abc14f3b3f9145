package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.client.http.AsyncBody;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.http.StandardHttpClient;
import io.fabric8.kubernetes.client.http.StandardHttpClientBuilder;
import io.fabric8.kubernetes.client.http.StandardHttpRequest;
import io.fabric8.kubernetes.client.http.StandardWebSocketBuilder;
import io.fabric8.kubernetes.client.http.WebSocket;
import io.fabric8.kubernetes.client.http.WebSocketHandshakeException;
import io.fabric8.kubernetes.client.http.WebSocketResponse;
import io.fabric8.kubernetes.client.http.WebSocketUpgradeResponse;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * fabric8's HTTP client interface carried in this process to the embedded API server's request
 * handling, with no socket between them. Everything above the transport is fabric8's own, as
 * with any other of its HTTP clients: request building, interceptors, retries, JSON, watches and
 * informers; the server's handling is the mock server's, as it handles a request it has read.
 *
 * <p>A replay makes about three API calls and three watch events for every simulated step and
 * settles the cluster after each instant, so it waits on every round trip: over loopback HTTP
 * each went through both sides' event loops. A request here is answered on the caller's thread;
 * a watch's events reach the client's listener from the thread that sends them.
 */
final class InProcessHttpClient
        extends StandardHttpClient<InProcessHttpClient, InProcessHttpClient.Factory, InProcessHttpClient.Builder> {

    private final Dispatcher server;
    /** Watches not ended yet, ended by the server when the client closes. */
    private final Set<InProcessWebSocket> open = ConcurrentHashMap.newKeySet();

    private InProcessHttpClient(Builder builder, AtomicBoolean closed) {
        super(builder, closed);
        this.server = builder.getClientFactory().server;
    }

    @Override
    public CompletableFuture<HttpResponse<AsyncBody>> consumeBytesDirect(StandardHttpRequest request,
            AsyncBody.Consumer<List<ByteBuffer>> consumer) {
        if (isClosed()) {
            return CompletableFuture.failedFuture(new IOException("the in-process client is closed"));
        }
        MockResponse answer = server.dispatch(recorded(request, body(request)));
        return CompletableFuture.completedFuture(new InProcessResponse(request, answer, consumer));
    }

    @Override
    public CompletableFuture<WebSocketResponse> buildWebSocketDirect(StandardWebSocketBuilder builder,
            WebSocket.Listener listener) {
        StandardHttpRequest request = builder.asHttpRequest();
        if (isClosed()) {
            return CompletableFuture.failedFuture(new IOException("the in-process client is closed"));
        }
        RecordedRequest recorded = recorded(request, new byte[0]);
        MockResponse answer = server.dispatch(recorded);
        if (answer.getWebSocketListener() == null) {
            WebSocketUpgradeResponse refused = new WebSocketUpgradeResponse(request, answer.code(),
                    answer.getHeaders().toMultimap());
            return CompletableFuture.completedFuture(new WebSocketResponse(refused, new WebSocketHandshakeException(refused)));
        }
        InProcessWebSocket socket = new InProcessWebSocket(recorded, answer, listener, open::remove);
        open.add(socket);
        socket.open();
        WebSocketResponse response = new WebSocketResponse(new WebSocketUpgradeResponse(request), socket.clientSide());
        socket.startDelivering();
        return CompletableFuture.completedFuture(response);
    }

    /** The request as the server's handling reads it off the wire: the URI's raw path and query, headers and body. */
    private static RecordedRequest recorded(StandardHttpRequest request, byte[] body) {
        Headers.Builder headers = Headers.builder();
        request.headers().forEach((name, values) -> values.forEach(value -> headers.add(name, value)));
        if (request.getContentType() != null) {
            headers.set("Content-Type", request.getContentType());
        }
        URI uri = request.uri();
        String path = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        return new RecordedRequest("HTTP/1.1", HttpMethod.valueOf(request.method()), path, headers.build(), new Buffer(body));
    }

    private static byte[] body(StandardHttpRequest request) {
        StandardHttpRequest.BodyContent content = request.body();
        if (content == null) {
            return new byte[0];
        }
        if (content instanceof StandardHttpRequest.StringBodyContent text) {
            return text.getContent().getBytes(StandardCharsets.UTF_8);
        }
        if (content instanceof StandardHttpRequest.ByteArrayBodyContent bytes) {
            return bytes.getContent();
        }
        try {
            return ((StandardHttpRequest.InputStreamBodyContent) content).getContent().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doClose() {
        open.forEach(InProcessWebSocket::serverGone);
    }

    /** Makes clients whose requests {@code server} answers. */
    static final class Factory implements io.fabric8.kubernetes.client.http.HttpClient.Factory {

        private final Dispatcher server;

        Factory(Dispatcher server) {
            this.server = server;
        }

        @Override
        public Builder newBuilder() {
            return new Builder(this);
        }
    }

    /** fabric8's builder; what it sets for a network (timeouts, TLS, proxies) means nothing without one. */
    static final class Builder extends StandardHttpClientBuilder<InProcessHttpClient, Factory, Builder> {

        private Builder(Factory factory) {
            super(factory);
        }

        @Override
        public InProcessHttpClient build() {
            return client != null ? new InProcessHttpClient(this, client.getClosed())
                    : new InProcessHttpClient(this, new AtomicBoolean());
        }

        @Override
        protected Builder newInstance(Factory factory) {
            return new Builder(factory);
        }
    }
}
