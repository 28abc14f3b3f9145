// Stand-in for jenkinsci/jenkins core/src/main/java/jenkins/security/ConfidentialStore.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// As upstream when Jenkins is not running, get() returns the in-memory Mock store (a fresh random key per JVM);
// the running Jenkins' file-based DefaultConfidentialStore is not mirrored.
package jenkins.security;

import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jenkins.model.Jenkins;

/** Where Jenkins keeps its secret keys. */
public abstract class ConfidentialStore {
    protected abstract void store(ConfidentialKey key, byte[] payload) throws IOException;

    protected abstract byte[] load(ConfidentialKey key) throws IOException;

    abstract SecureRandom secureRandom();

    /** Random bytes from the store's generator. */
    public abstract byte[] randomBytes(int size);

    /** The store of the running Jenkins; an in-memory one when Jenkins is not running. */
    public static ConfidentialStore get() {
        Jenkins j = Jenkins.getInstanceOrNull();
        if (j == null) {
            return Mock.INSTANCE;
        }
        throw new UnsupportedOperationException("stand-in: the running Jenkins' store is not mirrored");
    }

    static final class Mock extends ConfidentialStore {
        static final Mock INSTANCE = new Mock();

        private final SecureRandom rand;

        private final Map<String, byte[]> data = new ConcurrentHashMap<>();

        Mock() {
            try {
                rand = SecureRandom.getInstance("SHA1PRNG");
            } catch (NoSuchAlgorithmException x) {
                throw new AssertionError(x);
            }
            rand.setSeed(new byte[] {1, 2, 3, 4});
        }

        void clear() {
            data.clear();
        }

        @Override
        protected void store(ConfidentialKey key, byte[] payload) throws IOException {
            data.put(key.getId(), payload);
        }

        @Override
        protected byte[] load(ConfidentialKey key) throws IOException {
            return data.get(key.getId());
        }

        @Override
        SecureRandom secureRandom() {
            return rand;
        }

        @Override
        public byte[] randomBytes(int size) {
            byte[] random = new byte[size];
            rand.nextBytes(random);
            return random;
        }
    }
}
