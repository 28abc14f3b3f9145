package io.jenkins.plugins.dwp.cli.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.http.WebSocket;
import io.fabric8.kubernetes.client.http.WebSocketHandshakeException;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The in-process transport as fabric8 uses it: requests, answers, and web sockets both ways. */
class InProcessHttpClientTest {

    /** The server's side of one web socket: what it was told, and what it sends when the client opens. */
    private static final class ServerEnd extends WebSocketListener {
        final List<String> heard = new CopyOnWriteArrayList<>();
        final List<String> sendOnOpen;
        final boolean closeAfterSending;
        volatile io.fabric8.mockwebserver.http.WebSocket socket;

        ServerEnd(boolean closeAfterSending, String... sendOnOpen) {
            this.sendOnOpen = List.of(sendOnOpen);
            this.closeAfterSending = closeAfterSending;
        }

        @Override
        public void onOpen(io.fabric8.mockwebserver.http.WebSocket webSocket, Response response) {
            socket = webSocket;
            heard.add("open " + webSocket.request().getPath());
            sendOnOpen.forEach(webSocket::send);
            if (closeAfterSending) {
                webSocket.close(1000, "done");
            }
        }

        @Override
        public void onMessage(io.fabric8.mockwebserver.http.WebSocket webSocket, byte[] bytes) {
            heard.add("message " + new String(bytes, StandardCharsets.UTF_8));
        }

        @Override
        public void onClosing(io.fabric8.mockwebserver.http.WebSocket webSocket, int code, String reason) {
            heard.add("closing " + code);
        }

        @Override
        public void onClosed(io.fabric8.mockwebserver.http.WebSocket webSocket, int code, String reason) {
            heard.add("closed " + code);
        }
    }

    /** The client's side: what it heard; it asks for the next message only when the test says. */
    private static final class ClientEnd implements WebSocket.Listener {
        final List<String> heard = new CopyOnWriteArrayList<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();

        @Override
        public void onOpen(WebSocket webSocket) {
            heard.add("open");
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            heard.add(text);
        }

        @Override
        public void onClose(WebSocket webSocket, int code, String reason) {
            heard.add("close " + code + " " + reason);
            webSocket.sendClose(code, reason);
            closed.complete(code);
        }
    }

    private final List<RecordedRequest> received = new CopyOnWriteArrayList<>();
    private volatile MockResponse answer = new MockResponse().setResponseCode(200);
    private final HttpClient client = new InProcessHttpClient.Factory(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            received.add(request);
            return answer;
        }
    }).newBuilder().build();

    @AfterEach
    void close() {
        client.close();
    }

    private WebSocket open(ServerEnd server, ClientEnd listener) throws Exception {
        answer = new MockResponse().withWebSocketUpgrade(server);
        return client.newWebSocketBuilder().uri(URI.create("http://embedded.dwp.invalid/api/v1/pods?watch=true&x=a%2Fb"))
                .buildAsync(listener).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRequestReachesTheServerAsReadOffTheWireAndItsAnswerComesBack() throws Exception {
        answer = new MockResponse().setResponseCode(201).addHeader("X-Answer", "yes").setBody("{\"kind\":\"Pod\"}");

        HttpResponse<String> response = client.sendAsync(client.newHttpRequestBuilder()
                .uri("http://embedded.dwp.invalid/api/v1/namespaces/ns/pods?dryRun=All&label=a%3Db")
                .header("X-Asked", "1").post("application/json", "{\"a\":1}").build(), String.class)
                .get(10, TimeUnit.SECONDS);

        RecordedRequest request = received.get(0);
        assertEquals("POST", request.getMethod());
        assertEquals("/api/v1/namespaces/ns/pods?dryRun=All&label=a%3Db", request.getPath(), "raw path and query");
        assertEquals("1", request.getHeader("X-Asked"));
        assertEquals("application/json", request.getHeader("Content-Type"));
        assertEquals("{\"a\":1}", request.getUtf8Body());
        assertEquals(201, response.code());
        assertEquals("yes", response.header("X-Answer"));
        assertEquals("{\"kind\":\"Pod\"}", response.body());
    }

    @Test
    void anAnswerWithoutABodyEndsEmpty() throws Exception {
        answer = new MockResponse().setResponseCode(404);
        HttpResponse<String> response = client.sendAsync(client.newHttpRequestBuilder()
                .uri("http://embedded.dwp.invalid/api/v1/namespaces/ns/pods/none").build(), String.class)
                .get(10, TimeUnit.SECONDS);
        assertEquals(404, response.code());
        assertEquals("", response.body() == null ? "" : response.body());
    }

    @Test
    void aWebSocketTheServerDoesNotUpgradeIsRefusedWithItsStatus() {
        answer = new MockResponse().setResponseCode(403);
        ExecutionException refused = assertThrows(ExecutionException.class, () -> client.newWebSocketBuilder()
                .uri(URI.create("http://embedded.dwp.invalid/api/v1/pods?watch=true")).buildAsync(new ClientEnd())
                .get(10, TimeUnit.SECONDS));
        assertEquals(403, assertInstanceOf(WebSocketHandshakeException.class, refused.getCause()).getResponse().code());
    }

    @Test
    void theClientHearsOneMessageThenOneMorePerRequestInTheOrderSent() throws Exception {
        ServerEnd server = new ServerEnd(false, "a", "b", "c");
        ClientEnd listener = new ClientEnd();
        WebSocket socket = open(server, listener);

        assertEquals(List.of("open /api/v1/pods?watch=true&x=a%2Fb"), server.heard);
        assertEquals(List.of("open", "a"), listener.heard, "a network client reads the first frame, then waits to be asked");
        socket.request();
        assertEquals(List.of("open", "a", "b"), listener.heard);
        socket.request();
        socket.request();
        assertEquals(List.of("open", "a", "b", "c"), listener.heard);
        server.socket.send("d");
        assertEquals(List.of("open", "a", "b", "c", "d"), listener.heard, "asked for before it was sent");
    }

    @Test
    void aCloseFromTheServerComesAfterWhatItSentBeforeAndIsAnswered() throws Exception {
        ServerEnd server = new ServerEnd(true, "a", "b");
        ClientEnd listener = new ClientEnd();
        WebSocket socket = open(server, listener);

        assertEquals(List.of("open", "a"), listener.heard, "the close waits behind b");
        socket.request();
        assertEquals(1000, listener.closed.get(10, TimeUnit.SECONDS));
        assertEquals(List.of("open", "a", "b", "close 1000 done"), listener.heard);
        assertEquals(List.of("open /api/v1/pods?watch=true&x=a%2Fb", "closing 1000", "closed 1000"), server.heard);
        assertTrue(!server.socket.send("late"), "nothing is sent on a closed socket");
    }

    @Test
    void aCloseFromTheClientIsToldToTheServerAndAnswered() throws Exception {
        ServerEnd server = new ServerEnd(false);
        ClientEnd listener = new ClientEnd();
        WebSocket socket = open(server, listener);
        socket.send(ByteBuffer.wrap("hello".getBytes(StandardCharsets.UTF_8)));

        socket.sendClose(1000, "bye");

        assertEquals(1000, listener.closed.get(10, TimeUnit.SECONDS));
        assertEquals(List.of("open /api/v1/pods?watch=true&x=a%2Fb", "message hello", "closing 1000", "closed 1000"),
                server.heard, "closed once, though the client answers the server's answer");
    }

    @Test
    void closingTheClientEndsTheServersSideOfItsSockets() throws Exception {
        ServerEnd server = new ServerEnd(false);
        ClientEnd listener = new ClientEnd();
        open(server, listener);

        client.close();

        assertEquals(List.of("open /api/v1/pods?watch=true&x=a%2Fb", "closed 1001"), server.heard);
        assertEquals(List.of("open"), listener.heard, "the client went away: it is told nothing");
    }
}
