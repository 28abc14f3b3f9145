package io.jenkins.plugins.dwp.catalog;

import java.util.regex.Pattern;

/** The grammar of container image references ({@code registry/path:tag@sha256:digest}), as the container runtimes read them. */
final class ImageReference {

    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final String DOMAIN_PART = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final String DOMAIN = DOMAIN_PART + "(?:\\." + DOMAIN_PART + ")*(?::[0-9]+)?";
    private static final Pattern REFERENCE = Pattern.compile("(?:" + DOMAIN + "/)?" + COMPONENT + "(?:/" + COMPONENT + ")*"
            + "(?<tag>:[\\w][\\w.-]{0,127})?(?<digest>@sha256:[a-f0-9]{64})?");

    private ImageReference() {
    }

    /** What a reference says about itself, or that it is not one. */
    enum Kind {
        INVALID,
        /** No tag and no digest: the runtime takes {@code :latest}, which moves. */
        FLOATING,
        /** Tagged {@code :latest} without a digest. */
        LATEST,
        PINNED
    }

    static Kind classify(String reference) {
        var matcher = REFERENCE.matcher(reference);
        if (reference.length() > 512 || !matcher.matches()) {
            return Kind.INVALID;
        }
        if (matcher.group("digest") != null) {
            return Kind.PINNED;
        }
        if (matcher.group("tag") == null) {
            return Kind.FLOATING;
        }
        return matcher.group("tag").equals(":latest") ? Kind.LATEST : Kind.PINNED;
    }
}
