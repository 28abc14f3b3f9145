package io.jenkins.plugins.dwp.config;

import io.jenkins.plugins.dwp.catalog.CatalogReader;
import io.jenkins.plugins.dwp.catalog.ImageCatalog;
import io.jenkins.plugins.dwp.catalog.ImageNotice;
import io.jenkins.plugins.dwp.catalog.NoticeSeverity;
import io.jenkins.plugins.dwp.catalog.UtcDay;
import io.jenkins.plugins.dwp.yaml.Findings;
import io.jenkins.plugins.dwp.yaml.SafeYamlLoader;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import io.jenkins.plugins.dwp.yaml.YamlMap;
import io.jenkins.plugins.dwp.yaml.YamlNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a pools file and resolves it into a {@link PoolSet}: the one way configuration
 * enters the product, for {@code dwp validate} and for the Jenkins cloud alike.
 */
public final class PoolsValidator {

    private final ImageCatalog baseCatalog;
    private final Clock clock;

    /**
     * @param baseCatalog the catalog the file's own {@code images:} are laid over: the built-in
     *     catalog, with a catalog file over it if one is given
     * @param clock decides the day (UTC) on which image lifecycles are judged
     */
    public PoolsValidator(ImageCatalog baseCatalog, Clock clock) {
        this.baseCatalog = baseCatalog;
        this.clock = clock;
    }

    /** Validates one pools file, reporting every problem in it. */
    public ValidationResult validate(SourceFile source) {
        Findings findings = new Findings();
        LocalDate day = UtcDay.of(clock);
        Optional<PoolSet> poolSet = new SafeYamlLoader().load(source, findings)
                .flatMap(PoolsValidator::rootMapping)
                .flatMap(root -> read(root, day, findings));
        return new ValidationResult(findings.sorted(), poolSet);
    }

    private static Optional<YamlMap> rootMapping(YamlNode root) {
        if (!root.isMapping()) {
            root.error("a pools file is a mapping with pools: (and, if needed, images: and defaults:); found "
                    + root.describe());
            return Optional.empty();
        }
        return root.asMapping();
    }

    private Optional<PoolSet> read(YamlMap root, LocalDate day, Findings findings) {
        root.allowOnly(PoolFields.ROOT_KEYS, Map.of());
        ImageCatalog catalog = baseCatalog;
        Optional<CatalogReader> images = root.get("images").map(CatalogReader::read);
        if (images.isPresent()) {
            catalog = catalog.with(images.get().images());
            images.get().checkReplacements(catalog);
        }
        PoolDraft defaults = root.get("defaults").flatMap(YamlNode::asMapping)
                .map(PoolDraftReader::readDefaults)
                .orElse(PoolDraft.none(root.node()));
        boolean defaultsNameAnImage = root.get("defaults").flatMap(YamlNode::asMapping)
                .flatMap(d -> d.get("image")).isPresent();
        List<PoolDraft> drafts = readPools(root, defaultsNameAnImage);
        PoolResolver resolver = new PoolResolver(catalog,
                images.map(CatalogReader::rejectedIds).orElse(Set.of()), day);
        List<PoolResolver.Resolution> resolutions = new ArrayList<>();
        for (PoolDraft draft : drafts) {
            resolver.resolve(draft.over(defaults)).ifPresent(resolutions::add);
        }
        warnOfSharedLabels(resolutions);
        // Lifecycle errors come last: a decommissioned pin fails its own steps, not the whole set.
        boolean usable = !findings.hasErrors();
        resolutions.forEach(PoolsValidator::reportNotice);
        return usable
                ? Optional.of(new PoolSet(day, catalog, resolutions.stream().map(PoolResolver.Resolution::pool).toList()))
                : Optional.empty();
    }

    private static List<PoolDraft> readPools(YamlMap root, boolean defaultsNameAnImage) {
        List<PoolDraft> drafts = new ArrayList<>();
        if (root.get("pools").isEmpty()) {
            root.node().error("'pools' is required: a pools file defines at least one pool under pools:");
        }
        Optional<List<YamlNode>> items = root.get("pools").flatMap(YamlNode::asList);
        if (items.isPresent() && items.get().isEmpty()) {
            root.get("pools").orElseThrow().error("define at least one pool");
        }
        Map<String, YamlNode> names = new HashMap<>();
        for (YamlNode item : items.orElse(List.of())) {
            item.asMapping().ifPresent(map -> {
                PoolDraft draft = PoolDraftReader.readPool(map);
                if (map.get("image").isEmpty() && !defaultsNameAnImage) {
                    map.node().error("no image: set image: {default: FAMILY} or image: {pinned: IMAGE-ID} on the pool"
                            + " or under defaults");
                }
                draft.name().ifPresent(name -> {
                    YamlNode first = names.putIfAbsent(name.value(), name.node());
                    if (first != null) {
                        name.node().error("duplicate pool name '" + name.value() + "': it is already used at line "
                                + first.location().line() + "; pool names must be unique");
                    }
                });
                drafts.add(draft);
            });
        }
        return drafts;
    }

    private static void warnOfSharedLabels(List<PoolResolver.Resolution> resolutions) {
        Map<String, String> servedBy = new HashMap<>();
        for (PoolResolver.Resolution resolution : resolutions) {
            Pool pool = resolution.pool().pool();
            for (String label : pool.labels()) {
                String first = servedBy.putIfAbsent(label, pool.name());
                // Pools of the same name are an error already.
                if (first != null && !first.equals(pool.name())) {
                    resolution.poolNode().warning("label '" + label + "' of pool '" + pool.name()
                            + "' is also served by pool '" + first + "', which comes first: a step asking for just '"
                            + label + "' always gets '" + first + "'");
                }
            }
        }
    }

    private static void reportNotice(PoolResolver.Resolution resolution) {
        Optional<ImageNotice> notice = resolution.pool().notice();
        if (notice.isEmpty()) {
            return;
        }
        String message = "pool '" + resolution.pool().pool().name() + "': " + notice.get().message();
        if (notice.get().severity() == NoticeSeverity.ERROR) {
            resolution.imageNode().error(message);
        } else {
            resolution.imageNode().warning(message);
        }
    }
}
