package io.jenkins.plugins.dwp.catalog;

import io.jenkins.plugins.dwp.yaml.Findings;
import io.jenkins.plugins.dwp.yaml.SafeYamlLoader;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.util.List;
import java.util.Map;

/** A catalog file: a mapping whose only key is {@code images:}, the same list a pools file may hold. */
public final class CatalogFile {

    /** The keys a catalog file may have at its root. */
    public static final List<String> ROOT_KEYS = List.of("images");

    private CatalogFile() {
    }

    /**
     * Reads a catalog file and lays its images over {@code base}, later replacing earlier by id.
     *
     * @return the combined catalog; {@code base} unchanged if the file has errors (they are in {@code findings})
     */
    public static ImageCatalog load(SourceFile source, ImageCatalog base, Findings findings) {
        int errorsBefore = findings.errorCount();
        return new SafeYamlLoader().load(source, findings)
                .flatMap(root -> root.asMapping())
                .map(root -> {
                    root.allowOnly(ROOT_KEYS, Map.of());
                    CatalogReader reader = root.require("images").map(CatalogReader::read).orElse(null);
                    if (reader == null) {
                        return base;
                    }
                    ImageCatalog combined = base.with(reader.images());
                    reader.checkReplacements(combined);
                    return findings.errorCount() > errorsBefore ? base : combined;
                })
                .orElse(base);
    }
}
