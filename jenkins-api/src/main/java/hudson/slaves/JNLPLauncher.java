// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/slaves/JNLPLauncher.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// In 2.504 the current constructor is the no-argument @DataBoundConstructor; WebSocket and tunnel are set through
// setters. Left out: the work-directory settings (jenkins.slaves.RemotingWorkDirSettings is not mirrored) with the
// deprecated constructors that take them or a boolean enableWorkDir, the deprecated DESCRIPTOR field, the Jelly
// helpers and the DescriptorImpl.
package hudson.slaves;

import hudson.Util;
import hudson.model.TaskListener;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** Launcher of inbound agents: the agent connects to the controller (TCP or WebSocket) by itself. */
public class JNLPLauncher extends ComputerLauncher {
    /** "HOST:PORT", ":PORT" or "HOST:" to reach the controller's TCP port through a tunnel; null for none. */
    public String tunnel;

    @Deprecated
    public final transient String vmargs = null;

    private boolean webSocket;

    /** System property naming the URL agents should connect to instead of the root URL. */
    @Restricted(NoExternalUse.class)
    public static final String CUSTOM_INBOUND_URL_PROPERTY = "jenkins.agent.inboundUrl";

    @Deprecated
    public JNLPLauncher(String tunnel) {
        this.tunnel = Util.fixEmptyAndTrim(tunnel);
    }

    @Deprecated
    public JNLPLauncher(String tunnel, String vmargs) {
        this.tunnel = Util.fixEmptyAndTrim(tunnel);
    }

    @DataBoundConstructor
    public JNLPLauncher() {
    }

    /** False: Jenkins cannot start an inbound agent. */
    @Override
    public boolean isLaunchSupported() {
        return false;
    }

    /** Whether the agent connects over WebSocket rather than the TCP port. */
    public boolean isWebSocket() {
        return webSocket;
    }

    @DataBoundSetter
    public void setWebSocket(boolean webSocket) {
        this.webSocket = webSocket;
    }

    public String getTunnel() {
        return tunnel;
    }

    @DataBoundSetter
    public void setTunnel(String tunnel) {
        this.tunnel = Util.fixEmptyAndTrim(tunnel);
    }

    /** Does nothing: the agent connects by itself. */
    @Override
    public void launch(SlaveComputer computer, TaskListener listener) {
    }

    /** The URL inbound agents connect to: system property jenkins.agent.inboundUrl, else the root URL. */
    @Restricted(NoExternalUse.class)
    public static String getInboundAgentUrl() {
        String url = System.getProperty(CUSTOM_INBOUND_URL_PROPERTY);
        if (url == null || url.isEmpty()) {
            return Jenkins.get().getRootUrl();
        }
        return url;
    }
}
