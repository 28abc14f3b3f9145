package io.jenkins.plugins.dwp.config;

import io.jenkins.plugins.dwp.catalog.CatalogImage;
import io.jenkins.plugins.dwp.catalog.ImageNotice;
import io.jenkins.plugins.dwp.catalog.NoticeSeverity;
import java.util.Optional;

/**
 * A pool with the image it runs on the day its pool set was resolved.
 *
 * @param pool the pool as configured
 * @param image the catalog image its selector resolved to
 * @param notice what administrators and build logs must be told about that image, if anything
 */
public record ResolvedPool(Pool pool, CatalogImage image, Optional<ImageNotice> notice) {

    /** Whether steps may run: not when the image is decommissioned. */
    public boolean usable() {
        return notice.map(n -> n.severity() != NoticeSeverity.ERROR).orElse(true);
    }
}
