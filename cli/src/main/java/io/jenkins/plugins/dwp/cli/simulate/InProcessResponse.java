package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.client.http.AsyncBody;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.http.StandardHttpHeaders;
import io.fabric8.mockwebserver.http.MockResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded server's answer to a request, handed to fabric8 as a network client hands over a
 * response: the status and headers at once, the body when fabric8 asks for it, in one piece.
 */
final class InProcessResponse extends StandardHttpHeaders implements HttpResponse<AsyncBody> {

    private final HttpRequest request;
    private final int code;
    private final Body body;

    InProcessResponse(HttpRequest request, MockResponse answer, AsyncBody.Consumer<List<ByteBuffer>> consumer) {
        super(answer.getHeaders().toMultimap());
        this.request = request;
        this.code = answer.code();
        this.body = new Body(answer.getBody() == null ? new byte[0] : answer.getBody().getBytes(), consumer);
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public AsyncBody body() {
        return body;
    }

    @Override
    public HttpRequest request() {
        return request;
    }

    @Override
    public Optional<HttpResponse<?>> previousResponse() {
        return Optional.empty();
    }

    /**
     * Gives the consumer the whole body on the first ask and ends on the next, as a network
     * body ends after its last chunk; a consumer commonly asks for more from within its own call.
     */
    private static final class Body implements AsyncBody {

        private static final int UNREAD = 0;
        private static final int GIVEN = 1;
        private static final int ENDED = 2;

        private final byte[] bytes;
        private final AsyncBody.Consumer<List<ByteBuffer>> consumer;
        private final AtomicInteger state = new AtomicInteger(UNREAD);
        private final CompletableFuture<Void> done = new CompletableFuture<>();

        Body(byte[] bytes, AsyncBody.Consumer<List<ByteBuffer>> consumer) {
            this.bytes = bytes;
            this.consumer = consumer;
        }

        @Override
        public void consume() {
            if (bytes.length > 0 && state.compareAndSet(UNREAD, GIVEN)) {
                try {
                    consumer.consume(List.of(ByteBuffer.wrap(bytes)), this);
                } catch (Exception e) {
                    state.set(ENDED);
                    done.completeExceptionally(e);
                }
            } else if (state.getAndSet(ENDED) != ENDED) {
                done.complete(null);
            }
        }

        @Override
        public CompletableFuture<Void> done() {
            return done;
        }

        @Override
        public void cancel() {
            state.set(ENDED);
            done.cancel(false);
        }
    }
}
