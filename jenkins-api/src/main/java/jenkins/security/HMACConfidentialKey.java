// Stand-in for jenkinsci/jenkins core/src/main/java/jenkins/security/HMACConfidentialKey.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied. Left out: the FIPS-140 length check.
package jenkins.security;

import hudson.Util;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** An HMAC-SHA256 key from the {@link ConfidentialStore}, optionally truncating the MAC to {@code length} bytes. */
public class HMACConfidentialKey extends ConfidentialKey {
    private ConfidentialStore lastCS;
    private SecretKey key;
    private Mac mac;
    private final int length;

    public HMACConfidentialKey(String id, int length) {
        super(id);
        this.length = length;
    }

    public HMACConfidentialKey(String id) {
        this(id, Integer.MAX_VALUE);
    }

    public HMACConfidentialKey(Class owner, String shortName, int length) {
        this(owner.getName() + '.' + shortName, length);
    }

    public HMACConfidentialKey(Class owner, String shortName) {
        this(owner, shortName, Integer.MAX_VALUE);
    }

    /** The MAC of a message. */
    public synchronized byte[] mac(byte[] message) {
        ConfidentialStore cs = ConfidentialStore.get();
        if (mac == null || cs != lastCS) {
            lastCS = cs;
            mac = createMac();
        }
        return chop(mac.doFinal(message));
    }

    public boolean checkMac(byte[] message, byte[] mac) {
        return MessageDigest.isEqual(mac(message), mac);
    }

    /** The MAC of a string (UTF-8), as lower-case hex. */
    public String mac(String message) {
        return Util.toHexString(mac(message.getBytes(StandardCharsets.UTF_8)));
    }

    public boolean checkMac(String message, String mac) {
        return MessageDigest.isEqual(mac(message).getBytes(StandardCharsets.UTF_8), mac.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] chop(byte[] mac) {
        if (mac.length <= length) {
            return mac;
        }
        byte[] b = new byte[length];
        System.arraycopy(mac, 0, b, 0, b.length);
        return b;
    }

    /** A new Mac initialized with this key. */
    public Mac createMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(getKey());
            return mac;
        } catch (GeneralSecurityException e) {
            throw new Error(ALGORITHM + " not supported?", e);
        }
    }

    private synchronized SecretKey getKey() {
        ConfidentialStore cs = ConfidentialStore.get();
        if (key == null || cs != lastCS) {
            lastCS = cs;
            try {
                byte[] encoded = load();
                if (encoded == null) {
                    KeyGenerator kg = KeyGenerator.getInstance(ALGORITHM);
                    SecretKey key = kg.generateKey();
                    store(encoded = key.getEncoded());
                }
                key = new SecretKeySpec(encoded, ALGORITHM);
            } catch (IOException | NoSuchAlgorithmException e) {
                throw new Error("Failed to load the key: " + getId(), e);
            }
        }
        return key;
    }

    private static final String ALGORITHM = "HmacSHA256";
}
