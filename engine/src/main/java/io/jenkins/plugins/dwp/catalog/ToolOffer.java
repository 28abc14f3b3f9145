package io.jenkins.plugins.dwp.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A tool an image ships, in one or several versions side by side.
 *
 * @param name the tool, like {@code kubectl}
 * @param versions the versions offered, in the order the catalog lists them
 * @param pathTemplate for several versions, the directory of one, with {@code {version}} in it
 */
public record ToolOffer(String name, List<String> versions, Optional<String> pathTemplate) {

    /** The placeholder in {@link #pathTemplate()} that a version replaces. */
    public static final String VERSION_PLACEHOLDER = "{version}";

    /** Copies the versions so the offer cannot change. */
    public ToolOffer {
        versions = List.copyOf(versions);
    }

    /** Whether {@code version} is one the image ships. */
    public boolean offers(String version) {
        return versions.contains(version);
    }

    /** The directory to put first on PATH for {@code version}, when the image keeps versions apart. */
    public Optional<String> directoryOf(String version) {
        return pathTemplate.map(template -> template.replace(VERSION_PLACEHOLDER, version));
    }
}
