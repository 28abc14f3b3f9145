package io.jenkins.plugins.dwp.reconcile;

import java.util.Locale;

/** Why a worker pod is deleted; each is counted in metrics and in {@code dwp simulate}'s report. */
public enum ReapReason {
    /** Its step ended and the lease was released, or its agent exited. */
    COMPLETED,
    /** It ran no step for the pool's {@code idleMinutes}. */
    IDLE,
    /** It lived the pool's {@code maxLifetimeHours}, even mid-step. */
    LIFETIME,
    /** No live controller holds a lease on it. */
    ORPHAN,
    /** Its image was decommissioned. */
    DECOMMISSIONED,
    /** It did not run within the pool's {@code pendingTimeoutMinutes}. */
    PENDING;

    /** The name used in plans, JSON and metrics. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
