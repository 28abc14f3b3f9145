package io.jenkins.plugins.dwp.catalog;

import io.jenkins.plugins.dwp.yaml.Finding;
import io.jenkins.plugins.dwp.yaml.Findings;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/**
 * The catalog shipped with the product: the official Jenkins inbound-agent images for Linux
 * (JDK 17 and 21) and Windows Server Core (LTSC 2019 and 2022), with what they contain.
 * A catalog file and a pools file's {@code images:} are laid over it.
 */
public final class BuiltinCatalog {

    /** The name findings and listings give the built-in catalog. */
    public static final String SOURCE_NAME = "builtin-catalog.yaml";

    private BuiltinCatalog() {
    }

    /** The built-in catalog, read once. */
    public static ImageCatalog get() {
        return Holder.CATALOG;
    }

    private static final class Holder {
        static final ImageCatalog CATALOG = load();

        private static ImageCatalog load() {
            try (InputStream in = BuiltinCatalog.class.getResourceAsStream(SOURCE_NAME)) {
                if (in == null) {
                    throw new IllegalStateException(SOURCE_NAME + " is missing from the engine jar");
                }
                Findings findings = new Findings();
                ImageCatalog catalog = CatalogFile.load(SourceFile.of(SOURCE_NAME, in.readAllBytes()), ImageCatalog.empty(), findings);
                if (findings.size() > 0) {
                    // A product defect, not a user's: the tests load this file.
                    throw new IllegalStateException("the built-in catalog has problems:\n" + findings.sorted().stream()
                            .map(Finding::format).collect(Collectors.joining("\n")));
                }
                return catalog;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
