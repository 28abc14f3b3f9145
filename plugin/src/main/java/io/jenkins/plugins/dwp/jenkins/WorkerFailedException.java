package io.jenkins.plugins.dwp.jenkins;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** A worker that will not serve its step, with the reason a person reads in the build log. */
@Restricted(NoExternalUse.class)
public final class WorkerFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String reason;

    /**
     * @param podName the worker's pod
     * @param reason why, in the engine's words (the Kubernetes reason and the pod's last events)
     */
    public WorkerFailedException(String podName, String reason) {
        super("worker pod " + podName + " cannot serve this step: " + reason);
        this.reason = reason;
    }

    /** Why, without the pod's name. */
    public String reason() {
        return reason;
    }
}
