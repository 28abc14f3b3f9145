package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.util.concurrent.CompletableFuture;

/**
 * Answers a watch that asks to resume from a version the server cannot resume from, as a real
 * API server does: one ERROR event with status 410 Expired, on which the client ends the watch.
 * An informer then lists everything anew, deletions included, and watches from there.
 */
final class ExpiredWatch extends WebSocketListener {

    private final String version;

    ExpiredWatch(String version) {
        this.version = version;
    }

    /**
     * Sends from another thread, once the server has finished opening the socket: a message sent
     * while it opens can be lost before the client listens. The client closes the watch on this
     * event; closing it from here as well raced with the client's opening (one watch in fifty hung).
     */
    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        CompletableFuture.runAsync(() -> expire(webSocket));
    }

    private void expire(WebSocket webSocket) {
        webSocket.send("{\"type\":\"ERROR\",\"object\":{\"apiVersion\":\"v1\",\"kind\":\"Status\",\"status\":\"Failure\","
                + "\"message\":\"too old resource version: " + version + "\",\"reason\":\"Expired\",\"code\":410}}");
    }
}
