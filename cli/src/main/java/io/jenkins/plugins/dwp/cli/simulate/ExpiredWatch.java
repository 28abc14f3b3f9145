package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;

/**
 * Answers a watch that asks to resume from a version the server cannot resume from, as a real
 * API server does: one ERROR event with status 410 Expired, then the end of the watch. An
 * informer then lists everything anew, deletions included, and watches from there.
 */
final class ExpiredWatch extends WebSocketListener {

    private final String version;

    ExpiredWatch(String version) {
        this.version = version;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        webSocket.send("{\"type\":\"ERROR\",\"object\":{\"apiVersion\":\"v1\",\"kind\":\"Status\",\"status\":\"Failure\","
                + "\"message\":\"too old resource version: " + version + "\",\"reason\":\"Expired\",\"code\":410}}");
        webSocket.close(1000, "");
    }
}
