package io.jenkins.plugins.dwp.kube;

import java.util.regex.Pattern;

/** The name rules of Kubernetes, so that a pools file is refused where the API server would refuse a pod. */
public final class KubernetesNames {

    private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS1123_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern LABEL_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern ENV_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");

    private KubernetesNames() {
    }

    /** A DNS-1123 label: lower case letters, digits and '-', starting and ending alphanumeric, at most 63. */
    public static boolean isDns1123Label(String name) {
        return name.length() <= 63 && DNS1123_LABEL.matcher(name).matches();
    }

    /** A DNS-1123 subdomain: labels joined by '.', at most 253. */
    public static boolean isDns1123Subdomain(String name) {
        return name.length() <= 253 && DNS1123_SUBDOMAIN.matcher(name).matches();
    }

    /** A label or annotation key: an optional DNS subdomain prefix and '/', then a name of at most 63. */
    public static boolean isLabelKey(String key) {
        int slash = key.indexOf('/');
        String name = slash < 0 ? key : key.substring(slash + 1);
        boolean prefixOk = slash < 0 || isDns1123Subdomain(key.substring(0, slash));
        return prefixOk && name.length() <= 63 && LABEL_NAME.matcher(name).matches();
    }

    /** A label value: empty, or at most 63 alphanumerics, '-', '_' and '.', starting and ending alphanumeric. */
    public static boolean isLabelValue(String value) {
        return value.isEmpty() || value.length() <= 63 && LABEL_NAME.matcher(value).matches();
    }

    /** An environment variable name as Kubernetes accepts it. */
    public static boolean isEnvName(String name) {
        return ENV_NAME.matcher(name).matches();
    }
}
