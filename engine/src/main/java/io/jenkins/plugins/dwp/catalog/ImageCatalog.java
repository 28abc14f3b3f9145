package io.jenkins.plugins.dwp.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The images pools may run, by id. Immutable: {@link #with} makes a new catalog in which later
 * images replace earlier ones of the same id, which is how the built-in catalog, a catalog file
 * and a pools file's own {@code images:} are layered.
 */
public final class ImageCatalog {

    private static final ImageCatalog EMPTY = new ImageCatalog(Map.of());

    private final Map<String, CatalogImage> byId;

    private ImageCatalog(Map<String, CatalogImage> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** A catalog with no images. */
    public static ImageCatalog empty() {
        return EMPTY;
    }

    /** This catalog with {@code images} added, each replacing any image of the same id. */
    public ImageCatalog with(Collection<CatalogImage> images) {
        Map<String, CatalogImage> merged = new LinkedHashMap<>(byId);
        images.forEach(image -> merged.put(image.id(), image));
        return new ImageCatalog(merged);
    }

    /** The image with this id. */
    public Optional<CatalogImage> image(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every image, in the order they were first defined. */
    public Collection<CatalogImage> images() {
        return byId.values();
    }

    /** Every image id, for suggestions and listings. */
    public Collection<String> ids() {
        return byId.keySet();
    }

    /** Every family, in the order first seen. */
    public List<String> families() {
        return byId.values().stream().map(CatalogImage::family).distinct().toList();
    }

    /**
     * The image {@code default: family} runs on {@code day}: the newest (by {@link VersionOrder})
     * stable image of the family that is not deprecated; when every stable one is deprecated,
     * the newest deprecated one that is not yet decommissioned, so that builds go on while the
     * notices say to move. Empty when the family has no stable image still in service.
     */
    public Optional<CatalogImage> defaultOf(String family, LocalDate day) {
        Map<LifecycleState, List<CatalogImage>> byState = byId.values().stream()
                .filter(image -> image.family().equals(family) && image.stage() == Stage.STABLE)
                .collect(Collectors.groupingBy(image -> image.stateOn(day)));
        Comparator<CatalogImage> newest = Comparator.comparing(CatalogImage::id, VersionOrder.INSTANCE);
        return byState.getOrDefault(LifecycleState.STABLE, List.of()).stream().max(newest)
                .or(() -> byState.getOrDefault(LifecycleState.DEPRECATED, List.of()).stream().max(newest));
    }
}
