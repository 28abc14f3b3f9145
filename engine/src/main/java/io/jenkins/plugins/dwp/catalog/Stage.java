package io.jenkins.plugins.dwp.catalog;

import java.util.Locale;

/** How far an image is trusted: {@code default:} only ever chooses stable images. */
public enum Stage {
    ALPHA,
    STABLE;

    /** The name written in YAML. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
