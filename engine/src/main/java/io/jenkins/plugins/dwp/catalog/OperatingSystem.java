package io.jenkins.plugins.dwp.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The operating system an image runs; it decides the node a worker is scheduled on. */
public enum OperatingSystem {
    LINUX,
    WINDOWS;

    /** The name written in YAML and used by Kubernetes' {@code kubernetes.io/os} node label. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The operating system written as {@code name}, if it is one. */
    public static Optional<OperatingSystem> fromYaml(String name) {
        return Arrays.stream(values()).filter(os -> os.yamlName().equals(name)).findFirst();
    }
}
