package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.client.http.WebSocket;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.nio.ByteBuffer;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A web socket between a fabric8 client and the embedded server's handling in this process: both
 * ends of one, each side's listener told what the other sends, in order, as over a network.
 *
 * <p>What the server sends waits in a queue until the client's listener asks for more, as a
 * network client reads a frame only after the last was handled: one message, then one per
 * {@link WebSocket#request()}. Messages go out from whichever thread sends or asks, one thread at
 * a time. A close from either side is answered by the other, as web socket libraries answer a
 * close frame, and reaches the client after the messages sent before it.
 */
final class InProcessWebSocket {

    /** What the client's listener is told next. */
    private sealed interface Delivery {
    }

    private record Text(String text) implements Delivery {
    }

    private record Binary(byte[] bytes) implements Delivery {
    }

    private record Close(int code, String reason) implements Delivery {
    }

    private static final int GOING_AWAY = 1001;

    private final RecordedRequest request;
    private final MockResponse answer;
    private final WebSocketListener serverListener;
    private final WebSocket.Listener clientListener;
    private final Consumer<InProcessWebSocket> onEnd;
    private final ClientSide client = new ClientSide();
    private final ServerSide server = new ServerSide();
    private final Queue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
    /** How many messages the client has asked for; the first is asked for by opening. */
    private final AtomicLong demand = new AtomicLong(1);
    private final AtomicBoolean delivering = new AtomicBoolean();
    private final AtomicBoolean clientClosed = new AtomicBoolean();
    private final AtomicBoolean serverClosed = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean started;

    /**
     * @param request the request that opened it, as the server read it
     * @param answer the server's answer, which carries the server side's listener
     * @param clientListener the client side's listener
     * @param onEnd told once, when the socket has closed on both sides or the client went away
     */
    InProcessWebSocket(RecordedRequest request, MockResponse answer, WebSocket.Listener clientListener,
            Consumer<InProcessWebSocket> onEnd) {
        this.request = request;
        this.answer = answer;
        this.serverListener = answer.getWebSocketListener();
        this.clientListener = clientListener;
        this.onEnd = onEnd;
    }

    /** The socket as the client uses it. */
    WebSocket clientSide() {
        return client;
    }

    /** Tells both sides the socket is open; what the server sends meanwhile waits for {@link #startDelivering}. */
    void open() {
        serverListener.onBeforeAccept(server, answer);
        clientListener.onOpen(client);
        serverListener.onOpen(server, answer);
    }

    /** From now on the client hears what the server sends: once the client has been handed its socket. */
    void startDelivering() {
        started = true;
        deliver();
    }

    /** The client went away without closing: the server's side ends, and the client hears nothing more. */
    void serverGone() {
        deliveries.clear();
        end(GOING_AWAY, "client closed");
    }

    private void enqueue(Delivery delivery) {
        deliveries.add(delivery);
        deliver();
    }

    /** Gives the client what it asked for, on this thread unless another is at it; looks again after, for what came meanwhile. */
    private void deliver() {
        while (started && ready() && delivering.compareAndSet(false, true)) {
            try {
                Delivery next;
                while ((next = take()) != null) {
                    tell(next);
                }
            } finally {
                delivering.set(false);
            }
        }
    }

    private boolean ready() {
        return deliverable(deliveries.peek());
    }

    /** A close goes whenever its turn comes; a message only when the client has asked for one. */
    private boolean deliverable(Delivery next) {
        return next instanceof Close || next != null && demand.get() > 0;
    }

    private Delivery take() {
        if (ended.get()) {
            deliveries.clear();
            return null;
        }
        Delivery next = deliveries.peek();
        if (!deliverable(next)) {
            return null;
        }
        if (!(next instanceof Close)) {
            demand.decrementAndGet();
        }
        return deliveries.poll();
    }

    private void tell(Delivery delivery) {
        try {
            if (delivery instanceof Text text) {
                clientListener.onMessage(client, text.text());
            } else if (delivery instanceof Binary binary) {
                clientListener.onMessage(client, ByteBuffer.wrap(binary.bytes()));
            } else if (delivery instanceof Close close) {
                clientListener.onClose(client, close.code(), close.reason());
                end(close.code(), close.reason());
            }
        } catch (RuntimeException e) {
            clientListener.onError(client, e);
            end(GOING_AWAY, String.valueOf(e.getMessage()));
        }
    }

    private void end(int code, String reason) {
        if (ended.compareAndSet(false, true)) {
            serverListener.onClosed(server, code, reason);
            onEnd.accept(this);
        }
    }

    /** The client's end. */
    private final class ClientSide implements WebSocket {

        @Override
        public boolean send(ByteBuffer buffer) {
            if (clientClosed.get() || ended.get()) {
                return false;
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            serverListener.onMessage(server, bytes);
            return true;
        }

        @Override
        public boolean sendClose(int code, String reason) {
            if (!clientClosed.compareAndSet(false, true)) {
                return false;
            }
            serverListener.onClosing(server, code, reason);
            server.close(code, reason);
            return true;
        }

        @Override
        public long queueSize() {
            return 0;
        }

        @Override
        public void request() {
            demand.incrementAndGet();
            deliver();
        }
    }

    /** The server's end, as the mock server's listeners use it. */
    private final class ServerSide implements io.fabric8.mockwebserver.http.WebSocket {

        @Override
        public RecordedRequest request() {
            return request;
        }

        @Override
        public boolean send(String text) {
            return sendUnlessClosed(new Text(text));
        }

        @Override
        public boolean send(byte[] bytes) {
            return sendUnlessClosed(new Binary(bytes.clone()));
        }

        private boolean sendUnlessClosed(Delivery delivery) {
            if (serverClosed.get() || ended.get()) {
                return false;
            }
            enqueue(delivery);
            return true;
        }

        @Override
        public boolean close(int code, String reason) {
            if (!serverClosed.compareAndSet(false, true)) {
                return false;
            }
            enqueue(new Close(code, reason));
            return true;
        }
    }
}
