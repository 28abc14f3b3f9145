// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/util/Secret.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Upstream encrypts with a key held by the running Jenkins (CryptoConfidentialKey) and fromString first tries to
// decrypt its argument. This stand-in has no key: fromString always takes its argument as plain text, and
// getEncryptedValue/decrypt, the XStream and Stapler converters and the system-property switches are left out.
package hudson.util;

import hudson.Util;
import java.io.Serializable;
import java.util.logging.Logger;

/** A secret value (password, token) that is never shown in the clear by accident. */
public final class Secret implements Serializable {
    private static final Logger LOGGER = Logger.getLogger(Secret.class.getName());

    private static final long serialVersionUID = 1L;

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * The plain text; upstream logs a warning on each call because the usual intent is {@link #getPlainText()} or
     * the encrypted form.
     */
    @Override
    @Deprecated
    public String toString() {
        final String from = new Throwable().getStackTrace()[1].toString();
        LOGGER.warning("Use of toString() on hudson.util.Secret from " + from + ". Prefer getPlainText() or getEncryptedValue() depending your needs. see https://www.jenkins.io/redirect/hudson.util.Secret/");
        return value;
    }

    /** The secret in the clear. */
    public String getPlainText() {
        return value;
    }

    @Override
    public boolean equals(Object that) {
        return that instanceof Secret && value.equals(((Secret) that).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** A secret from text; null becomes the empty secret. */
    public static Secret fromString(String data) {
        return new Secret(Util.fixNull(data));
    }

    /** The plain text of {@code s}, or "" for null. */
    public static String toString(Secret s) {
        return s == null ? "" : s.value;
    }
}
