package io.jenkins.plugins.dwp.catalog;

import java.util.Locale;

/** The operating system an image runs; it decides the node a worker is scheduled on. */
public enum OperatingSystem {
    LINUX,
    WINDOWS;

    /** The name written in YAML and used by Kubernetes' {@code kubernetes.io/os} node label. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
