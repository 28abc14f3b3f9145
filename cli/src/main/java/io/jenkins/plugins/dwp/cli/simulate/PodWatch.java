package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * One client's watch of pods on the embedded API server: the events of the pods its query
 * matches, in the order the store made the changes, each sent as the stored JSON wrapped in a
 * watch event. The mock server's own watch reads every object into a model and writes it again
 * for every watcher; this one sends the JSON as the store keeps it, which a replay that changes
 * pods tens of thousands of times feels.
 *
 * <p>Events go out from a thread of the watch's own, in order: sending waits until the client
 * has taken the event (over a network, for the socket's write; in this process, for the
 * client's listener), which must not hold up the store's lock; and a message sent while the
 * socket opens can be lost before the client listens.
 */
final class PodWatch extends WebSocketListener {

    private final AttributeSet query;
    private final Consumer<PodWatch> onEnd;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dwp-embedded-pod-watch");
        t.setDaemon(true);
        return t;
    });
    /** Events made before the client's socket opened; only the sender's thread touches it. */
    private final List<String> pending = new ArrayList<>();
    /** Set by the sender's thread once the socket is open. */
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

    /** Sends one event of {@code object}, the stored JSON of a pod, after those sent before; returns at once. */
    void send(Watcher.Action action, String object) {
        String event = "{\"type\":\"" + action.name() + "\",\"object\":" + object + "}";
        sender.execute(() -> {
            if (socket == null) {
                pending.add(event);
            } else {
                socket.send(event);
            }
        });
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        sender.execute(() -> {
            socket = webSocket;
            pending.forEach(webSocket::send);
            pending.clear();
        });
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        end();
        webSocket.close(code, reason);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        end();
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
        end();
    }

    private void end() {
        onEnd.accept(this);
        sender.shutdown();
    }
}
