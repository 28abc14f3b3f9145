package io.jenkins.plugins.dwp.catalog;

import java.util.Locale;

/** Where an image is in its life on a given day (UTC). */
public enum LifecycleState {
    /** Not yet stable: never chosen by {@code default:}; pinning it warns. */
    ALPHA,
    /** In service. */
    STABLE,
    /** Past its {@code deprecatedAfter} date: still runs, with a notice naming the replacement. */
    DEPRECATED,
    /** Past its {@code decommissionedAfter} date: steps on it fail, naming the replacement. */
    DECOMMISSIONED;

    /** The name shown to people and in JSON. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
