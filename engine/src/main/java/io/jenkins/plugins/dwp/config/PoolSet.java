package io.jenkins.plugins.dwp.config;

import io.jenkins.plugins.dwp.catalog.ImageCatalog;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A validated pools file resolved on one day: every pool with the image it runs and its
 * notices, ready for the engine. Immutable, so that a new configuration is swapped in whole.
 *
 * @param day the day (UTC) images were resolved on; {@code default:} pools move on by date
 * @param catalog the catalog the pools were resolved against
 * @param pools every pool, in file order
 */
public record PoolSet(LocalDate day, ImageCatalog catalog, List<ResolvedPool> pools) {

    /** Copies the pool list so the set cannot change. */
    public PoolSet {
        pools = List.copyOf(pools);
    }

    /** The pool with this name. */
    public Optional<ResolvedPool> pool(String name) {
        return pools.stream().filter(p -> p.pool().name().equals(name)).findFirst();
    }

    /** The first pool, in file order, that serves the Jenkins label atom {@code label}. */
    public Optional<ResolvedPool> servingLabel(String label) {
        return pools.stream().filter(p -> p.pool().labels().contains(label)).findFirst();
    }
}
