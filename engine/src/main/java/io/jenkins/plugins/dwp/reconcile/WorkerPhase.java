package io.jenkins.plugins.dwp.reconcile;

/** A worker pod's phase, as Kubernetes reports it. */
public enum WorkerPhase {
    PENDING,
    RUNNING,
    SUCCEEDED,
    FAILED,
    UNKNOWN
}
