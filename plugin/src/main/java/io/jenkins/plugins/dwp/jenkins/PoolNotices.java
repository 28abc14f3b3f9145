package io.jenkins.plugins.dwp.jenkins;

import io.jenkins.plugins.dwp.catalog.ImageNotice;
import io.jenkins.plugins.dwp.catalog.NoticeSeverity;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.yaml.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What the administrative monitor lists: every pool in force on an image with a lifecycle notice, and
 * every cloud whose newest pools text was rejected. Immutable, so that it can be swapped in whole.
 *
 * @param images one row for each pool on a deprecated, soon decommissioned or decommissioned image, in
 *     the order of the clouds and of their pools
 * @param rejectedTexts one entry for each cloud whose newest text gave no pool set, in the order of the clouds
 */
@Restricted(NoExternalUse.class)
public record PoolNotices(List<ImageRow> images, List<RejectedText> rejectedTexts) {

    /** Nothing to tell. */
    public static final PoolNotices NONE = new PoolNotices(List.of(), List.of());

    /**
     * How loud a rejected text is: its changes are not in force until it is fixed, but steps still run on
     * the last good pools, so not as loud as a decommissioned image, whose steps fail.
     */
    static final NoticeSeverity REJECTED_TEXT_SEVERITY = NoticeSeverity.DANGER;

    /** Copies the lists so the notices cannot change. */
    public PoolNotices {
        images = List.copyOf(images);
        rejectedTexts = List.copyOf(rejectedTexts);
    }

    /**
     * A pool on an image that has a lifecycle notice on the day the pool set in force was resolved.
     *
     * @param cloud the cloud's name
     * @param pool the pool's name
     * @param imageId the catalog id of the pool's image
     * @param severity warning while deprecated, danger in the last days before decommissioning, error after
     * @param deprecatedAfter the image's deprecation date, if it has one
     * @param decommissionedAfter the image's decommissioning date, if it has one
     * @param replacement the image to move to, if the catalog names one
     */
    public record ImageRow(
            String cloud,
            String pool,
            String imageId,
            NoticeSeverity severity,
            Optional<LocalDate> deprecatedAfter,
            Optional<LocalDate> decommissionedAfter,
            Optional<String> replacement) {

        static ImageRow of(String cloud, String pool, ImageNotice notice) {
            return new ImageRow(cloud, pool, notice.imageId(), notice.severity(), notice.deprecatedAfter(),
                    notice.decommissionedAfter(), notice.replacement());
        }
    }

    /**
     * A cloud whose newest pools text gave no pool set; its last good pools, if any, stay in force.
     *
     * @param cloud the cloud's name
     * @param source where the text came from: the pools file's path, or {@value PoolsConfiguration#INLINE_SOURCE_NAME}
     * @param errors the text's errors, each as {@code FILE:LINE:COLUMN: error: PATH: MESSAGE}
     */
    public record RejectedText(String cloud, String source, List<String> errors) {

        /** Copies the errors so the entry cannot change. */
        public RejectedText {
            errors = List.copyOf(errors);
        }
    }

    /** The notices due for these clouds' pools: rows from each pool set in force, and each rejected text. */
    public static PoolNotices from(List<CloudPools> clouds) {
        List<ImageRow> images = new ArrayList<>();
        List<RejectedText> rejected = new ArrayList<>();
        for (CloudPools cloud : clouds) {
            PoolsConfiguration.Snapshot status = cloud.status();
            for (ResolvedPool pool : status.poolSet().map(PoolSet::pools).orElse(List.of())) {
                pool.notice().ifPresent(notice -> images.add(ImageRow.of(cloud.cloud(), pool.pool().name(), notice)));
            }
            if (status.rejected() && status.hasErrors()) {
                List<String> errors = status.findings().stream()
                        .filter(Finding.Error.class::isInstance)
                        .map(Finding::format)
                        .toList();
                rejected.add(new RejectedText(cloud.cloud(), status.source(), errors));
            }
        }
        return new PoolNotices(images, rejected);
    }

    /** The loudest notice, or empty when there is nothing to tell. */
    public Optional<NoticeSeverity> severity() {
        Stream<NoticeSeverity> rejected = rejectedTexts.isEmpty() ? Stream.empty() : Stream.of(REJECTED_TEXT_SEVERITY);
        return Stream.concat(images.stream().map(ImageRow::severity), rejected).max(Comparator.naturalOrder());
    }

    /**
     * The CSS classes of the monitor's box, as Jenkins styles administrative monitors: a warning while
     * images are only deprecated, danger from the last days before decommissioning on.
     */
    public String alertClass() {
        return severity().filter(s -> s != NoticeSeverity.WARNING).isPresent() ? "alert alert-danger" : "alert alert-warning";
    }
}
