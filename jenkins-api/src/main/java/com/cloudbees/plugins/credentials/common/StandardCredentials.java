// Stand-in for jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/common/StandardCredentials.java
// at 1487.va_d001ede2c31 (ad001ede2c3102c5cd50075cfac820dc5fed793f), the last release whose baseline is Jenkins 2.504. Written from it, not copied.
// Left out: the NameProvider (CredentialsNameProvider is not mirrored) and the @NameWith/@Recommended annotations.
package com.cloudbees.plugins.credentials.common;

/** Credentials with an id and a description; the common base of the standard credential types. */
public interface StandardCredentials extends IdCredentials {
    /** Human-readable description (may be empty). */
    String getDescription();
}
