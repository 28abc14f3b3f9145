// Stand-in for jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/CredentialsMatcher.java
// at 1487.va_d001ede2c31 (ad001ede2c3102c5cd50075cfac820dc5fed793f), the last release whose baseline is Jenkins 2.504. Written from it, not copied.
package com.cloudbees.plugins.credentials;

import java.io.Serializable;

/** A predicate on credentials. */
public interface CredentialsMatcher extends Serializable {
    boolean matches(Credentials item);
}
