// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/NullTaskListener.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
package hudson.model;

import java.io.OutputStream;
import java.io.PrintStream;

/** {@link TaskListener#NULL}. */
class NullTaskListener implements TaskListener {
    private static final long serialVersionUID = 1L;

    @Override
    public PrintStream getLogger() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
