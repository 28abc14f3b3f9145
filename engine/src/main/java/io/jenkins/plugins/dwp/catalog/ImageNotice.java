package io.jenkins.plugins.dwp.catalog;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What an administrator must hear about an image on a given day: it is deprecated, about to be
 * decommissioned, or decommissioned, with its dates and the replacement to move to.
 *
 * @param severity warning, danger (the last {@value #DANGER_DAYS} days) or error (decommissioned)
 * @param imageId the image spoken of
 * @param state the image's state that day
 * @param deprecatedAfter the image's deprecation date, if it has one
 * @param decommissionedAfter the image's decommissioning date, if it has one
 * @param replacement the image to move to, if the catalog names one
 * @param message the whole notice, in one sentence for people
 */
public record ImageNotice(
        NoticeSeverity severity,
        String imageId,
        LifecycleState state,
        Optional<LocalDate> deprecatedAfter,
        Optional<LocalDate> decommissionedAfter,
        Optional<String> replacement,
        String message) {

    /** How many days before decommissioning a notice turns from warning to danger. */
    public static final int DANGER_DAYS = 30;

    /**
     * The notice due for {@code image} on {@code day}, if any: none while it is stable (or
     * alpha) and more than {@value #DANGER_DAYS} days from being decommissioned.
     */
    public static Optional<ImageNotice> about(CatalogImage image, LocalDate day) {
        LifecycleState state = image.stateOn(day);
        String moveTo = image.replacement()
                .map(r -> "move to " + r)
                .orElse("the catalog names no replacement; choose another image");
        if (state == LifecycleState.DECOMMISSIONED) {
            return Optional.of(notice(image, NoticeSeverity.ERROR, state, "image " + image.id()
                    + " was decommissioned after " + image.decommissionedAfter().orElseThrow()
                    + " and steps on it fail; " + moveTo));
        }
        Optional<Long> daysLeft = image.decommissionedAfter().map(last -> ChronoUnit.DAYS.between(day, last) + 1);
        if (daysLeft.filter(d -> d <= DANGER_DAYS).isPresent()) {
            long days = daysLeft.get();
            return Optional.of(notice(image, NoticeSeverity.DANGER, state, "image " + image.id()
                    + (state == LifecycleState.DEPRECATED ? " is deprecated and" : "")
                    + " will be decommissioned after " + image.decommissionedAfter().orElseThrow()
                    + ", in " + days + (days == 1 ? " day" : " days") + "; " + moveTo + " now"));
        }
        if (state == LifecycleState.DEPRECATED) {
            return Optional.of(notice(image, NoticeSeverity.WARNING, state, "image " + image.id()
                    + " is deprecated since " + image.deprecatedAfter().orElseThrow().plusDays(1)
                    + image.decommissionedAfter().map(d -> " and will be decommissioned after " + d).orElse("")
                    + "; " + moveTo));
        }
        return Optional.empty();
    }

    private static ImageNotice notice(CatalogImage image, NoticeSeverity severity, LifecycleState state, String message) {
        return new ImageNotice(severity, image.id(), state, image.deprecatedAfter(), image.decommissionedAfter(),
                image.replacement(), message);
    }
}
