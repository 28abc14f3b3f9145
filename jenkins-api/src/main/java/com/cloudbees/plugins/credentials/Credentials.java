// Stand-in for jenkinsci/credentials-plugin src/main/java/com/cloudbees/plugins/credentials/Credentials.java
// at 1487.va_d001ede2c31 (ad001ede2c3102c5cd50075cfac820dc5fed793f), the last release whose baseline is Jenkins 2.504. Written from it, not copied.
// Left out: forRun(Run) (hudson.model.Run is not mirrored).
package com.cloudbees.plugins.credentials;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.Serializable;

/** A credential: something used to authenticate (a password, a token, a key, a file). */
public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {
    /** Where the credential may be used; null for credentials without a scope. */
    CredentialsScope getScope();

    @Override
    CredentialsDescriptor getDescriptor();
}
