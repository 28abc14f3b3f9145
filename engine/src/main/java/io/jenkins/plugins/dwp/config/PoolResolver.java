package io.jenkins.plugins.dwp.config;

import io.fabric8.kubernetes.api.model.Quantity;
import io.jenkins.plugins.dwp.catalog.CatalogImage;
import io.jenkins.plugins.dwp.catalog.ImageCatalog;
import io.jenkins.plugins.dwp.catalog.ImageNotice;
import io.jenkins.plugins.dwp.catalog.LifecycleState;
import io.jenkins.plugins.dwp.catalog.ToolOffer;
import io.jenkins.plugins.dwp.catalog.VersionOrder;
import io.jenkins.plugins.dwp.kube.Quantities;
import io.jenkins.plugins.dwp.yaml.ClosestName;
import io.jenkins.plugins.dwp.yaml.YamlNode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a whole pool (its own settings laid over the defaults) against the catalog on one day:
 * the image it runs, the tools it asks of that image, requests against limits, and the node
 * selector against the image's operating system.
 */
final class PoolResolver {

    /** A resolved pool, where it is written, and the node its image was chosen at, where notices about it go. */
    record Resolution(ResolvedPool pool, YamlNode poolNode, YamlNode imageNode) {
    }

    private static final Set<String> OS_LABELS = Set.of("kubernetes.io/os", "beta.kubernetes.io/os");

    private final ImageCatalog catalog;
    private final Set<String> rejectedImageIds;
    private final LocalDate day;

    PoolResolver(ImageCatalog catalog, Set<String> rejectedImageIds, LocalDate day) {
        this.catalog = catalog;
        this.rejectedImageIds = rejectedImageIds;
        this.day = day;
    }

    /** The pool resolved, or empty if it has an error (recorded here or where the draft was read). */
    Optional<Resolution> resolve(PoolDraft draft) {
        int errorsBefore = draft.node().errorsSoFar();
        if (draft.image().isEmpty()) {
            return Optional.empty();
        }
        Located<ImageSelector> selector = draft.image().get();
        Optional<CatalogImage> image = image(selector);
        Map<String, String> tools = plain(draft.tools().orElse(Map.of()));
        image.ifPresent(i -> checkTools(i, draft.tools().orElse(Map.of())));
        Map<String, Quantity> requests = plain(draft.requests().orElse(Map.of()));
        Map<String, Quantity> limits = plain(draft.limits().orElse(Map.of()));
        checkLimits(draft);
        if (draft.requests().isEmpty()) {
            draft.node().warning("no resource requests, here or in defaults: without them the cluster autoscaler"
                    + " cannot plan for this pool's pods; set resources.requests.cpu and memory");
        }
        image.ifPresent(i -> checkNodeSelector(i, draft.nodeSelector().orElse(Map.of())));
        if (image.isEmpty() || draft.name().isEmpty() || draft.node().errorsSoFar() > errorsBefore) {
            return Optional.empty();
        }
        String name = draft.name().get().value();
        Pool pool = new Pool(name, draft.labels().orElse(List.of(name)), selector.value(), tools,
                new Resources(requests, limits),
                draft.idleMinutes().orElse(PoolFields.DEFAULT_IDLE_MINUTES),
                draft.maxLifetimeHours().orElse(PoolFields.DEFAULT_MAX_LIFETIME_HOURS),
                draft.pendingTimeoutMinutes().orElse(PoolFields.DEFAULT_PENDING_TIMEOUT_MINUTES),
                draft.maxWorkers(), draft.namespace(), draft.serviceAccount(),
                plain(draft.nodeSelector().orElse(Map.of())), draft.tolerations().orElse(List.of()),
                draft.env().orElse(Map.of()));
        if (selector.value() instanceof ImageSelector.Pinned && image.get().stateOn(day) == LifecycleState.ALPHA) {
            selector.node().warning("pool '" + name + "' is pinned to alpha image " + image.get().id()
                    + ": it is not yet stable, and default: would never choose it");
        }
        return Optional.of(new Resolution(new ResolvedPool(pool, image.get(), ImageNotice.about(image.get(), day)),
                draft.node(), selector.node()));
    }

    private Optional<CatalogImage> image(Located<ImageSelector> selector) {
        YamlNode node = selector.node();
        if (selector.value() instanceof ImageSelector.Pinned pinned) {
            Optional<CatalogImage> image = catalog.image(pinned.imageId());
            // An image left out for its own errors is reported where it is defined.
            if (image.isEmpty() && !rejectedImageIds.contains(pinned.imageId())) {
                node.error("no image '" + pinned.imageId() + "' in the catalog" + hint(pinned.imageId(), catalog.ids()));
            }
            return image;
        }
        String family = ((ImageSelector.FamilyDefault) selector.value()).family();
        Optional<CatalogImage> image = catalog.defaultOf(family, day);
        if (image.isEmpty()) {
            node.error(noDefault(family));
        }
        return image;
    }

    private String noDefault(String family) {
        List<CatalogImage> members = catalog.images().stream().filter(i -> i.family().equals(family)).toList();
        if (members.isEmpty()) {
            return "no image family '" + family + "' in the catalog" + hint(family, catalog.families());
        }
        Optional<CatalogImage> newest = members.stream().max(Comparator.comparing(CatalogImage::id, VersionOrder.INSTANCE));
        boolean allAlpha = members.stream().allMatch(i -> i.stateOn(day) == LifecycleState.ALPHA);
        if (allAlpha) {
            return "family '" + family + "' has only alpha images, and default: chooses stable ones; pin one with"
                    + " pinned: " + newest.get().id();
        }
        return "every stable image of family '" + family + "' is decommissioned"
                + newest.flatMap(CatalogImage::replacement).map(r -> "; move to " + r).orElse("; choose another family");
    }

    private static String hint(String given, Collection<String> known) {
        return ClosestName.among(given, known).map(s -> "; did you mean '" + s + "'?")
                .orElse(known.isEmpty() ? "" : "; the catalog has: " + String.join(", ", known));
    }

    private static void checkTools(CatalogImage image, Map<String, Located<String>> requested) {
        requested.forEach((tool, version) -> {
            ToolOffer offer = image.tools().get(tool);
            if (offer == null) {
                version.node().error("image " + image.id() + " offers no tool '" + tool + "'; "
                        + (image.tools().isEmpty() ? "it lists no tools" : "it offers " + String.join(", ", image.tools().keySet())));
            } else if (!offer.offers(version.value())) {
                version.node().error("image " + image.id() + " offers " + tool + " " + String.join(", ", offer.versions())
                        + "; not " + version.value());
            }
        });
    }

    private static void checkLimits(PoolDraft draft) {
        Map<String, Located<Quantity>> requests = draft.requests().orElse(Map.of());
        draft.limits().orElse(Map.of()).forEach((resource, limit) -> {
            Located<Quantity> request = requests.get(resource);
            if (request != null && Quantities.amount(limit.value()).compareTo(Quantities.amount(request.value())) < 0) {
                limit.node().error("the " + resource + " limit " + limit.value() + " is below its request "
                        + request.value() + "; a limit must be at least the request");
            }
        });
    }

    private static void checkNodeSelector(CatalogImage image, Map<String, Located<String>> nodeSelector) {
        nodeSelector.forEach((key, value) -> {
            if (OS_LABELS.contains(key) && !value.value().equals(image.os().yamlName())) {
                value.node().error("image " + image.id() + " runs " + image.os().yamlName() + " and its pods go to "
                        + image.os().yamlName() + " nodes, so " + key + ": " + value.value() + " would never match;"
                        + " leave it out, the operating system comes from the image");
            }
        });
    }

    private static <V> Map<String, V> plain(Map<String, Located<V>> located) {
        Map<String, V> values = new LinkedHashMap<>();
        located.forEach((key, value) -> values.put(key, value.value()));
        return values;
    }
}
