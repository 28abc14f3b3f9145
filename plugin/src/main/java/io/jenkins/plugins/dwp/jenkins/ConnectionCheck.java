package io.jenkins.plugins.dwp.jenkins;

import hudson.util.FormValidation;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jenkins.plugins.dwp.kube.ApiErrors;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * "Test Connection": can Jenkins list pods in the cloud's namespace? One list call (of at most one
 * pod), with short timeouts and no retries, so that the button answers within seconds.
 * With no credential, an empty server URL uses what the controller itself has (the service account
 * of its pod, or the current context of its kubeconfig) and a given one is reached anonymously;
 * a credential goes only to the server it is for.
 */
@Restricted(NoExternalUse.class)
final class ConnectionCheck {

    private static final Logger LOGGER = Logger.getLogger(ConnectionCheck.class.getName());

    /** How long connecting, and then the list call, may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private ConnectionCheck() {
    }

    /**
     * @param serverUrl the API server's URL; blank: in-cluster or the kubeconfig's current context
     * @param namespace the namespace workers go to; blank: the default
     * @param credential what Jenkins proves itself with: its own, or the cloud's credential
     * @param timeout how long connecting, and then the call, may take
     */
    static FormValidation test(String serverUrl, String namespace, ClusterCredential credential, Duration timeout) {
        String ns = namespace == null || namespace.isBlank() ? DynamicWorkerPoolsCloud.DEFAULT_NAMESPACE : namespace.strip();
        FormValidation namespaceCheck = FormChecks.namespace(ns);
        if (namespaceCheck.kind == FormValidation.Kind.ERROR) {
            return namespaceCheck;
        }
        boolean automatic = serverUrl == null || serverUrl.isBlank();
        if (!automatic && FormChecks.httpUrl(serverUrl.strip()).isEmpty()) {
            return FormValidation.error(Messages.ServerUrl_Invalid(serverUrl.strip()));
        }
        Config config = credential.config(automatic ? null : serverUrl.strip());
        int millis = (int) timeout.toMillis();
        config.setConnectionTimeout(millis);
        config.setRequestTimeout(millis);
        config.setRequestRetryBackoffLimit(0);
        String server = config.getMasterUrl();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // fabric8 finds its HTTP client through the context class loader; in Jenkins that is not the plugin's
        thread.setContextClassLoader(ConnectionCheck.class.getClassLoader());
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
            client.pods().inNamespace(ns).list(new ListOptionsBuilder().withLimit(1L).build());
            return FormValidation.ok(Messages.TestConnection_Connected(server, ns));
        } catch (KubernetesClientException e) {
            LOGGER.log(Level.FINE, "testing the connection to " + server, e);
            if (e.getCode() > 0) {
                return FormValidation.error(Messages.TestConnection_Refused(server, ns, e.getCode(), ApiErrors.describe(e)));
            }
            return failed(server, automatic, e);
        } catch (RuntimeException e) {
            LOGGER.log(Level.FINE, "testing the connection to " + server, e);
            return failed(server, automatic, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static FormValidation failed(String server, boolean automatic, Exception e) {
        return FormValidation.error(automatic
                ? Messages.TestConnection_FailedAutomatic(server, rootCause(e))
                : Messages.TestConnection_Failed(server, rootCause(e)));
    }

    /** The innermost cause, which says what went wrong (refused, unknown host, certificate) in its own words. */
    static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + message;
    }
}
