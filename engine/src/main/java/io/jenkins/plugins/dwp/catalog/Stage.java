package io.jenkins.plugins.dwp.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How far an image is trusted: {@code default:} only ever chooses stable images. */
public enum Stage {
    ALPHA,
    STABLE;

    /** The name written in YAML. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stage written as {@code name}, if it is one. */
    public static Optional<Stage> fromYaml(String name) {
        return Arrays.stream(values()).filter(s -> s.yamlName().equals(name)).findFirst();
    }
}
