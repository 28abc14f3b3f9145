// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/model/TaskListener.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Upstream extends remoting's SerializableOnlyOverRemoting (a Serializable); here Serializable directly.
// Left out: annotate and hyperlink (console notes are not mirrored).
package hudson.model;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.ProtectedExternally;

/** Receives the log of a long-running task (a build step, an agent launch, a periodic job). */
public interface TaskListener extends Serializable {
    /** Where to write the log. */
    PrintStream getLogger();

    /** Charset of {@link #getLogger()}. */
    @Restricted(ProtectedExternally.class)
    default Charset getCharset() {
        return StandardCharsets.UTF_8;
    }

    private PrintWriter _error(String prefix, String msg) {
        PrintStream out = getLogger();
        out.print(prefix);
        out.println(msg);
        Charset charset = getCharset();
        return new PrintWriter(new OutputStreamWriter(out, charset), true);
    }

    /** Writes "ERROR: msg"; the returned writer is for details such as a stack trace. */
    default PrintWriter error(String msg) {
        return _error("ERROR: ", msg);
    }

    default PrintWriter error(String format, Object... args) {
        return error(String.format(format, args));
    }

    /** Writes "FATAL: msg". */
    default PrintWriter fatalError(String msg) {
        return _error("FATAL: ", msg);
    }

    default PrintWriter fatalError(String format, Object... args) {
        return fatalError(String.format(format, args));
    }

    /** Discards everything. */
    TaskListener NULL = new NullTaskListener();
}
