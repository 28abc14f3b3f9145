// Stand-in for jenkinsci/jenkins core/src/main/java/jenkins/slaves/JnlpSlaveAgentProtocol.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied. Kept because its class name is part of the agent secret key's id.
package jenkins.slaves;

import jenkins.security.HMACConfidentialKey;

/** Former inbound agent protocol; only its secret key alias remains. */
@Deprecated
public class JnlpSlaveAgentProtocol {
    public static final HMACConfidentialKey SLAVE_SECRET = JnlpAgentReceiver.SLAVE_SECRET;
}
