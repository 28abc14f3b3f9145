package io.jenkins.plugins.dwp.kube;

import io.fabric8.kubernetes.client.KubernetesClientException;

/** Says what went wrong talking to Kubernetes in the words of whoever said it last: the API server, or the network. */
public final class ApiErrors {

    private ApiErrors() {
    }

    /** The API server's message if it gave one, else the client's with its root cause. */
    public static String describe(KubernetesClientException e) {
        if (e.getStatus() != null && e.getStatus().getMessage() != null && !e.getStatus().getMessage().isBlank()) {
            return e.getStatus().getMessage();
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? e.getMessage() : e.getMessage() + " (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
    }
}
