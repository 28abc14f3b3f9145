// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/slaves/ComputerListener.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: preOnline (remoting Channel and FilePath are not mirrored), preLaunch, onLaunchFailure,
// onTemporarilyOnline/Offline, onConfigurationChange, onIdle, register/unregister and the deprecated onOnline(Computer).
package hudson.slaves;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Computer;
import hudson.model.TaskListener;
import java.io.IOException;

/** Hears computers come online and go offline. */
public abstract class ComputerListener implements ExtensionPoint {

    /** The computer's agent connected and it is ready to take tasks. */
    public void onOnline(Computer c, TaskListener listener) throws IOException, InterruptedException {
    }

    /** The computer went offline, for {@code cause} if known. */
    public void onOffline(Computer c, OfflineCause cause) {
    }

    public static ExtensionList<ComputerListener> all() {
        return ExtensionList.lookup(ComputerListener.class);
    }
}
