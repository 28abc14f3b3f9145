package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One client's watch of pods on the embedded API server: the events of the pods its query
 * matches, in the order the store made the changes, each sent as the stored JSON wrapped in a
 * watch event. The mock server's own watch reads every object into a model and writes it again
 * for every watcher, and sends from a thread of its own; this one does neither, which a replay
 * that changes pods tens of thousands of times feels.
 */
final class PodWatch extends WebSocketListener {

    private final AttributeSet query;
    private final Consumer<PodWatch> onEnd;
    /** Events made before the client's socket opened, sent first once it does. */
    private final List<String> pending = new ArrayList<>();
    private WebSocket socket;

    /**
     * @param query what the watch asks for: namespace, labels
     * @param onEnd told once the watch has ended, from either side
     */
    PodWatch(AttributeSet query, Consumer<PodWatch> onEnd) {
        this.query = query;
        this.onEnd = onEnd;
    }

    /** Whether the object keyed {@code attributes} (none when null) is one this watch asks for. */
    boolean matches(AttributeSet attributes) {
        return attributes != null && attributes.matches(query);
    }

    /** Sends one event of {@code object}, the stored JSON of a pod; in order, whatever thread calls. */
    synchronized void send(Watcher.Action action, String object) {
        String event = "{\"type\":\"" + action.name() + "\",\"object\":" + object + "}";
        if (socket == null) {
            pending.add(event);
        } else {
            socket.send(event);
        }
    }

    @Override
    public synchronized void onOpen(WebSocket webSocket, Response response) {
        socket = webSocket;
        pending.forEach(webSocket::send);
        pending.clear();
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        onEnd.accept(this);
        webSocket.close(code, reason);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        onEnd.accept(this);
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
        onEnd.accept(this);
    }
}
