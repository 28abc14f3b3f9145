package io.jenkins.plugins.dwp.lease;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;

/**
 * Spreads the broker's Kubernetes API calls evenly over time, one every {@code 1/perSecond}
 * second, so that a burst of requests or a mass reap waits on the broker's API threads instead
 * of flooding the API server: no window of a second holds more than {@code perSecond + 1} calls.
 *
 * <p>Paced in real time, not by the broker's clock: the API server's load is in real seconds,
 * and a clock a test moves by hand would never let a waiting call go. A call that fails is
 * retried by fabric8's client itself (429, 5xx and I/O errors, with exponential backoff per its
 * {@code requestRetryBackoffLimit} and {@code requestRetryBackoffInterval}); those retries are
 * the client's and are not paced here.
 */
final class ApiCallPace {

    private final RateLimiter limiter;

    /**
     * @param name names the limiter, for its own diagnostics
     * @param perSecond how many calls a second at most
     * @param waiters how many threads may wait for a call at once: each waits for those before it,
     *     so none waits longer than that many intervals and one more
     */
    ApiCallPace(String name, int perSecond, int waiters) {
        Duration interval = Duration.ofNanos(Duration.ofSeconds(1).toNanos() / perSecond);
        this.limiter = RateLimiter.of(name, RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(interval)
                .timeoutDuration(interval.multipliedBy(waiters + 1L))
                .build());
    }

    /** Returns when the next call may go. */
    void await() {
        RateLimiter.waitForPermission(limiter);
    }
}
