package io.jenkins.plugins.dwp.jenkins;

import io.jenkins.plugins.dwp.catalog.LifecycleState;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.lease.Lease;
import io.jenkins.plugins.dwp.lease.LeaseState;
import io.jenkins.plugins.dwp.reconcile.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** What the cloud's page shows: its pools, and the workers alive now. */
@Restricted(NoExternalUse.class)
public final class CloudPage {

    /**
     * One pool.
     *
     * @param name the pool's name
     * @param labels the labels it serves, space separated
     * @param imageId the image it runs today
     * @param imageReference where that image comes from
     * @param deprecated whether the image is deprecated or decommissioned: the page shows a badge
     * @param notice the image's lifecycle notice, or empty
     * @param liveWorkers how many of its workers are alive
     */
    public record PoolRow(String name, String labels, String imageId, String imageReference, boolean deprecated,
            String notice, long liveWorkers) {
    }

    /**
     * One live worker.
     *
     * @param pod the worker's pod
     * @param pool its pool
     * @param state its lease's state, in lower case
     * @param age how long since it was requested
     * @param idleFor how long it has been idle, or empty while it is not idle
     */
    public record WorkerRow(String pod, String pool, String state, String age, String idleFor) {
    }

    private CloudPage() {
    }

    /** The pools in force, in the file's order. */
    public static List<PoolRow> pools(PoolSet pools, List<Lease> leases) {
        Map<String, Long> live = leases.stream().filter(lease -> !lease.state().isFinal())
                .collect(Collectors.groupingBy(Lease::pool, Collectors.counting()));
        return pools.pools().stream().map(pool -> row(pool, pools, live)).toList();
    }

    private static PoolRow row(ResolvedPool pool, PoolSet pools, Map<String, Long> live) {
        LifecycleState state = pool.image().stateOn(pools.day());
        return new PoolRow(pool.pool().name(), PoolForLabel.labelString(pool), pool.image().id(), pool.image().reference(),
                state == LifecycleState.DEPRECATED || state == LifecycleState.DECOMMISSIONED,
                pool.notice().map(notice -> notice.message()).orElse(""), live.getOrDefault(pool.pool().name(), 0L));
    }

    /** The workers alive at {@code now}, oldest first. */
    public static List<WorkerRow> workers(List<Lease> leases, Instant now) {
        Function<Lease, Instant> requested = lease -> lease.times().getOrDefault(LeaseState.REQUESTED, lease.since());
        return leases.stream().filter(lease -> !lease.state().isFinal())
                .sorted(Comparator.comparing(requested).thenComparing(Lease::podName))
                .map(lease -> new WorkerRow(lease.podName(), lease.pool(), lease.state().name().toLowerCase(),
                        DurationText.brief(Duration.between(requested.apply(lease), now)),
                        lease.state() == LeaseState.IDLE ? DurationText.brief(Duration.between(lease.since(), now)) : ""))
                .toList();
    }
}
