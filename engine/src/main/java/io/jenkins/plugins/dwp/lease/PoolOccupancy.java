package io.jenkins.plugins.dwp.lease;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The pods that count against each pool's cap, kept as they come and go so that serving a
 * request reads a count instead of scanning every pod and lease. A pod counts from whichever
 * comes first, its lease taken off the queue or the informer showing it, until both are gone:
 * a pod being created is not shown yet, and a pod being deleted is shown after its lease is let go.
 */
final class PoolOccupancy {

    /** Why a pod counts. */
    enum Claim {
        /** The informer shows the pod. */
        SEEN,
        /** A lease of this controller, off the queue, holds it. */
        LEASED
    }

    private final Map<String, Map<String, Set<Claim>>> byPool = new HashMap<>();

    /** The pod {@code podKey} of {@code pool} counts for {@code claim}. */
    void add(String pool, String podKey, Claim claim) {
        byPool.computeIfAbsent(pool, p -> new HashMap<>()).computeIfAbsent(podKey, k -> EnumSet.noneOf(Claim.class))
                .add(claim);
    }

    /** The pod {@code podKey} of {@code pool} no longer counts for {@code claim}; it may still for the other. */
    void remove(String pool, String podKey, Claim claim) {
        Map<String, Set<Claim>> pods = byPool.get(pool);
        Set<Claim> claims = pods == null ? null : pods.get(podKey);
        if (claims == null || !claims.remove(claim) || !claims.isEmpty()) {
            return;
        }
        pods.remove(podKey);
        if (pods.isEmpty()) {
            byPool.remove(pool);
        }
    }

    /** How many pods of {@code pool} count against its cap. */
    int of(String pool) {
        Map<String, Set<Claim>> pods = byPool.get(pool);
        return pods == null ? 0 : pods.size();
    }
}
