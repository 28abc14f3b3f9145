package io.jenkins.plugins.dwp.catalog;

import java.util.Locale;

/** How loudly a lifecycle notice speaks; later constants are more severe. */
public enum NoticeSeverity {
    /** Deprecated: time to plan the move. */
    WARNING,
    /** Decommissioned within {@value ImageNotice#DANGER_DAYS} days: move now. */
    DANGER,
    /** Decommissioned: steps on this image fail. */
    ERROR;

    /** The name shown to people and in JSON. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
