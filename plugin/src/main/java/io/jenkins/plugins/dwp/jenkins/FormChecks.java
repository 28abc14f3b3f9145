package io.jenkins.plugins.dwp.jenkins;

import hudson.util.FormValidation;
import io.jenkins.plugins.dwp.catalog.BuiltinCatalog;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.PoolsValidator;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.config.ValidationResult;
import io.jenkins.plugins.dwp.kube.KubernetesNames;
import io.jenkins.plugins.dwp.yaml.Finding;
import io.jenkins.plugins.dwp.yaml.SourceFile;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * What the cloud's form checks say, apart from the permission checks and request handling of the
 * web methods in {@link DynamicWorkerPoolsCloud.DescriptorImpl}, so that it can be tested without
 * a running Jenkins.
 */
@Restricted(NoExternalUse.class)
final class FormChecks {

    private FormChecks() {
    }

    /** A validator over the built-in catalog, judging lifecycles on the day of {@code clock}. */
    static PoolsValidator validator(Clock clock) {
        return new PoolsValidator(BuiltinCatalog.get(), clock);
    }

    /**
     * The {@code pools} field: the inline pools YAML, checked as the cloud would load it given the
     * {@code poolsFile} field beside it.
     */
    static FormValidation pools(String value, String poolsFile, PoolsValidator validator) {
        boolean hasFile = poolsFile != null && !poolsFile.isBlank();
        if (value == null || value.isBlank()) {
            return hasFile ? FormValidation.ok() : FormValidation.error(Messages.Pools_NothingConfigured());
        }
        ValidationResult result = validator.validate(SourceFile.of(PoolsConfiguration.INLINE_SOURCE_NAME, value));
        List<Finding> findings = new ArrayList<>(result.findings());
        if (hasFile) {
            findings.add(PoolsConfiguration.inlineIgnored(poolsFile.strip()));
        }
        return fromFindings(findings, result.poolSet());
    }

    /** The {@code poolsFile} field: the file is read on the controller, as the cloud will read it. */
    static FormValidation poolsFile(String value, PoolsValidator validator) {
        if (value == null || value.isBlank()) {
            return FormValidation.ok();
        }
        PoolsConfiguration.Loaded loaded = PoolsConfiguration.load(value, null);
        if (loaded.text().isEmpty()) {
            return fromFindings(loaded.findings(), Optional.empty());
        }
        ValidationResult result = validator.validate(loaded.text().get());
        return fromFindings(result.findings(), result.poolSet());
    }

    /**
     * Every finding, each with its file, line and column, as one result of the worst kind: error when
     * any is an error, warning when all are warnings, and ok, naming the pools, when there are none.
     */
    static FormValidation fromFindings(List<Finding> findings, Optional<PoolSet> poolSet) {
        if (findings.isEmpty()) {
            return poolSet.map(FormChecks::valid).orElseGet(FormValidation::ok);
        }
        List<FormValidation> each = findings.stream()
                .map(f -> f instanceof Finding.Error ? FormValidation.error(f.format()) : FormValidation.warning(f.format()))
                .toList();
        return FormValidation.aggregate(each);
    }

    private static FormValidation valid(PoolSet poolSet) {
        String names = poolSet.pools().stream().map(ResolvedPool::pool)
                .map(p -> p.name() + " (" + String.join(", ", p.labels()) + ")")
                .collect(Collectors.joining(", "));
        return FormValidation.ok(Messages.Pools_Valid(poolSet.pools().size(), names));
    }

    /** The {@code namespace} field: a Kubernetes namespace name, or empty for the default. */
    static FormValidation namespace(String value) {
        if (value == null || value.isBlank()) {
            return FormValidation.ok(Messages.Namespace_Default(DynamicWorkerPoolsCloud.DEFAULT_NAMESPACE));
        }
        String namespace = value.strip();
        if (!KubernetesNames.isDns1123Label(namespace)) {
            return FormValidation.error(Messages.Namespace_Invalid(namespace));
        }
        return FormValidation.ok();
    }

    /** The {@code jenkinsUrl} field: where agents in pods reach Jenkins, or empty for Jenkins' own URL. */
    static FormValidation jenkinsUrl(String value) {
        if (value == null || value.isBlank()) {
            return FormValidation.ok(Messages.JenkinsUrl_Empty());
        }
        Optional<URI> uri = httpUrl(value.strip());
        if (uri.isEmpty()) {
            return FormValidation.error(Messages.JenkinsUrl_Invalid(value.strip()));
        }
        if (isLoopback(uri.get().getHost())) {
            return FormValidation.warning(Messages.JenkinsUrl_Loopback(value.strip()));
        }
        return FormValidation.ok();
    }

    /** The {@code serverUrl} field: the Kubernetes API server, or empty for in-cluster or kubeconfig. */
    static FormValidation serverUrl(String value) {
        if (value == null || value.isBlank()) {
            return FormValidation.ok(Messages.ServerUrl_Empty());
        }
        if (httpUrl(value.strip()).isEmpty()) {
            return FormValidation.error(Messages.ServerUrl_Invalid(value.strip()));
        }
        return FormValidation.ok();
    }

    /** An absolute http or https URL with a host. */
    static Optional<URI> httpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty()) {
                return Optional.of(uri);
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether a URL's host is this machine, which inside a pod is the pod itself. Never looks a name up. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost") || h.matches("127(\\.[0-9]{1,3}){3}")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]") && h.contains(":")) {
            try {
                // an IPv6 literal is parsed, never resolved
                return InetAddress.getByName(h.substring(1, h.length() - 1)).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
