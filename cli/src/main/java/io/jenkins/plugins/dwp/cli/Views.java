package io.jenkins.plugins.dwp.cli;

import io.jenkins.plugins.dwp.catalog.CatalogImage;
import io.jenkins.plugins.dwp.catalog.ImageNotice;
import io.jenkins.plugins.dwp.catalog.ToolOffer;
import io.jenkins.plugins.dwp.config.ImageSelector;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.yaml.Finding;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shapes of dwp's JSON output: plain values only, so the documents are stable to script against. */
final class Views {

    private Views() {
    }

    /** One finding. */
    record FindingView(String severity, String file, int line, int column, String path, String message) {
        static FindingView of(Finding finding) {
            return new FindingView(finding.severity(), finding.location().file(), finding.location().line(),
                    finding.location().column(), finding.path(), finding.message());
        }

        static List<FindingView> all(List<Finding> findings) {
            return findings.stream().map(FindingView::of).toList();
        }
    }

    /** A lifecycle notice. */
    record NoticeView(String severity, String message, String replacement) {
        static NoticeView of(ImageNotice notice) {
            return new NoticeView(notice.severity().displayName(), notice.message(), notice.replacement().orElse(null));
        }
    }

    /** A pool and the image it runs. */
    record PoolView(String name, List<String> labels, String selector, String image, String reference, String state,
            boolean usable, NoticeView notice) {
        static PoolView of(ResolvedPool resolved, LocalDate day) {
            return new PoolView(resolved.pool().name(), resolved.pool().labels(), describe(resolved.pool().image()),
                    resolved.image().id(), resolved.image().reference(), resolved.image().stateOn(day).displayName(),
                    resolved.usable(), resolved.notice().map(NoticeView::of).orElse(null));
        }
    }

    /** A catalog image on a given day. */
    record ImageView(String id, String family, String name, String os, String image, String stage, String state,
            String deprecatedAfter, String decommissionedAfter, String replacement, Map<String, ToolView> tools,
            NoticeView notice) {
        static ImageView of(CatalogImage image, LocalDate day) {
            Map<String, ToolView> tools = new LinkedHashMap<>();
            image.tools().forEach((name, offer) -> tools.put(name, ToolView.of(offer)));
            return new ImageView(image.id(), image.family(), image.name(), image.os().yamlName(), image.reference(),
                    image.stage().yamlName(), image.stateOn(day).displayName(),
                    image.deprecatedAfter().map(LocalDate::toString).orElse(null),
                    image.decommissionedAfter().map(LocalDate::toString).orElse(null),
                    image.replacement().orElse(null), tools,
                    ImageNotice.about(image, day).map(NoticeView::of).orElse(null));
        }
    }

    /** A tool an image offers. */
    record ToolView(List<String> versions, String path) {
        static ToolView of(ToolOffer offer) {
            return new ToolView(offer.versions(), offer.pathTemplate().orElse(null));
        }
    }

    /** How a pool names its image, as written: {@code default: FAMILY} or {@code pinned: ID}. */
    static String describe(ImageSelector selector) {
        return selector instanceof ImageSelector.Pinned pinned
                ? "pinned: " + pinned.imageId()
                : "default: " + ((ImageSelector.FamilyDefault) selector).family();
    }
}
