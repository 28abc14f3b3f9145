// Stand-in for jenkinsci/jenkins core/src/main/java/jenkins/security/ConfidentialKey.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package jenkins.security;

import java.io.IOException;

/** A secret key identified by a name, kept in the {@link ConfidentialStore}. */
public abstract class ConfidentialKey {
    private final String id;

    protected ConfidentialKey(String id) {
        this.id = id;
    }

    /** The stored key material, or null if none yet. */
    protected byte[] load() throws IOException {
        return ConfidentialStore.get().load(this);
    }

    protected void store(byte[] payload) throws IOException {
        ConfidentialStore.get().store(this, payload);
    }

    public String getId() {
        return id;
    }
}
