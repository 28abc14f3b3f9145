package io.jenkins.plugins.dwp.jenkins;

import io.jenkins.plugins.dwp.catalog.CatalogImage;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What the build log says about the worker a step runs on: pool, image id and reference, the tool
 * versions the pool chose, and the image's lifecycle notice if it has one, so a deprecation reaches
 * the people whose builds it affects.
 */
@Restricted(NoExternalUse.class)
final class WorkerBanner {

    private WorkerBanner() {
    }

    /** The lines, in the order a person reads them. */
    static List<String> lines(String podName, ResolvedPool pool) {
        CatalogImage image = pool.image();
        List<String> lines = new ArrayList<>();
        lines.add(Messages.Banner_Worker(podName, pool.pool().name(), image.id(), image.reference()));
        if (!pool.pool().tools().isEmpty()) {
            lines.add(Messages.Banner_Tools(pool.pool().tools().entrySet().stream()
                    .map(tool -> tool.getKey() + " " + tool.getValue()).collect(Collectors.joining(", "))));
        }
        pool.notice().ifPresent(notice -> lines.add(Messages.Banner_Notice(notice.severity().name(), notice.message())));
        return lines;
    }
}
