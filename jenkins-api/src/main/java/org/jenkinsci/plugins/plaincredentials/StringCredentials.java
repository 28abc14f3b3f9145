// Stand-in for jenkinsci/plain-credentials-plugin src/main/java/org/jenkinsci/plugins/plaincredentials/StringCredentials.java
// at 199.v9f8e1f741799 (9f8e1f7417994d4b0dcd783778fb0eb0a0f84691), the release current for Jenkins 2.504 (its baseline is 2.479). Written from it, not copied.
// Left out: the NameProvider (CredentialsNameProvider is not mirrored) and @NameWith.
package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.util.Secret;

/** A secret text credential (a token, an API key). */
public interface StringCredentials extends StandardCredentials {
    /** The secret text. */
    Secret getSecret();
}
