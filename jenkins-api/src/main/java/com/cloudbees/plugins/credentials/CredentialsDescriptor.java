// Stand-in for jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/CredentialsDescriptor.java
// at 1487.va_d001ede2c31 (ad001ede2c3102c5cd50075cfac820dc5fed793f), the last release whose baseline is Jenkins 2.504. Written from it, not copied.
// Left out: the Stapler/Jelly helpers (scope fill and relevance, context lookup, check-method URLs, icons); upstream
// also implements IconSpec.
package com.cloudbees.plugins.credentials;

import hudson.model.Descriptor;

/** Descriptor of {@link Credentials} types. */
public abstract class CredentialsDescriptor extends Descriptor<Credentials> {
    protected CredentialsDescriptor(Class<? extends Credentials> clazz) {
        super(clazz);
    }

    protected CredentialsDescriptor() {
    }

    /** Whether credentials of this type may be stored by {@code provider}. */
    public boolean isApplicable(CredentialsProvider provider) {
        return true;
    }
}
