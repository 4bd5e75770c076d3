package org.bulletinkg.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body collected up to a limit: the transfer is cancelled as soon as it passes the limit (or at once
 * when the Content-Length says it will), and the body completes with {@link TooLarge}.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** A page past the size limit. */
    static final class TooLarge extends IOException {
        private final long limit;

        TooLarge(long limit) {
            super("larger than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long declared;
    private final long limit;
    private Flow.Subscription subscription;

    /**
     * @param declared the Content-Length, or -1
     * @param limit    the most bytes accepted
     */
    LimitedBody(long declared, long limit) {
        this.declared = declared;
        this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declared > limit) {
            s.cancel();
            result.completeExceptionally(new TooLarge(limit));
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            if (bytes.size() + (long) b.remaining() > limit) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge(limit));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}
