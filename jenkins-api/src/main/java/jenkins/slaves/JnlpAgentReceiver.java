// Stand-in for jenkinsci/jenkins core/src/main/java/jenkins/slaves/JnlpAgentReceiver.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Upstream extends remoting's JnlpConnectionStateListener (not on Maven Central) and has a JnlpClientDatabase;
// only the extension point, SLAVE_SECRET and the static helpers are mirrored.
package jenkins.slaves;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.Util;
import java.security.SecureRandom;
import jenkins.security.HMACConfidentialKey;

/** Receives connecting inbound agents. */
public abstract class JnlpAgentReceiver implements ExtensionPoint {
    /** Key of the secrets inbound agents present: the secret of agent NAME is {@code SLAVE_SECRET.mac(NAME)}. */
    public static final HMACConfidentialKey SLAVE_SECRET = new HMACConfidentialKey(JnlpSlaveAgentProtocol.class, "secret");

    private static final SecureRandom secureRandom = new SecureRandom();

    public static ExtensionList<JnlpAgentReceiver> all() {
        return ExtensionList.lookup(JnlpAgentReceiver.class);
    }

    /** Whether some receiver owns an agent of this name. */
    public static boolean exists(String clientName) {
        for (JnlpAgentReceiver receiver : all()) {
            if (receiver.owns(clientName)) {
                return true;
            }
        }
        return false;
    }

    protected abstract boolean owns(String clientName);

    /** A random 32-byte hex cookie. */
    public static String generateCookie() {
        byte[] cookie = new byte[32];
        secureRandom.nextBytes(cookie);
        return Util.toHexString(cookie);
    }
}
