// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/util/StreamTaskListener.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Upstream extends AbstractTaskListener (deprecated, empty) and serializes through a remoting RemoteOutputStream;
// here it is not serializable beyond TaskListener's marker. Left out: the Writer constructor.
package hudson.util;

import hudson.model.TaskListener;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A {@link TaskListener} writing to a stream or file. */
public class StreamTaskListener implements TaskListener, Closeable {
    private static final long serialVersionUID = 1L;

    private static final Logger LOGGER = Logger.getLogger(StreamTaskListener.class.getName());

    private final transient PrintStream out;

    private final transient Charset charset;

    @Deprecated
    public StreamTaskListener(PrintStream out) {
        this(out, null);
    }

    @Deprecated
    public StreamTaskListener(OutputStream out) {
        this(out, null);
    }

    public StreamTaskListener(OutputStream out, Charset charset) {
        if (charset == null) {
            this.out = out instanceof PrintStream ? (PrintStream) out : new PrintStream(out, false, Charset.defaultCharset());
        } else {
            this.out = new PrintStream(out, false, charset);
        }
        this.charset = charset;
    }

    @Deprecated
    public StreamTaskListener(File out) throws IOException {
        this(out, null);
    }

    public StreamTaskListener(File out, Charset charset) throws IOException {
        this(Files.newOutputStream(asPath(out)), charset);
    }

    /** Writes to a file, appending or truncating; unbuffered, so the file shows output at once. */
    public StreamTaskListener(File out, boolean append, Charset charset) throws IOException {
        this(Files.newOutputStream(asPath(out),
                StandardOpenOption.CREATE, append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING),
                charset);
    }

    private static Path asPath(File out) throws IOException {
        try {
            return out.toPath();
        } catch (InvalidPathException e) {
            throw new IOException(e);
        }
    }

    /** Discards everything. */
    @Deprecated
    public StreamTaskListener() throws IOException {
        this(OutputStream.nullOutputStream());
    }

    public static StreamTaskListener fromStdout() {
        return new StreamTaskListener(System.out, Charset.defaultCharset());
    }

    public static StreamTaskListener fromStderr() {
        return new StreamTaskListener(System.err, Charset.defaultCharset());
    }

    @Override
    public PrintStream getLogger() {
        return out;
    }

    @Override
    public Charset getCharset() {
        return charset != null ? charset : Charset.defaultCharset();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Closes, logging rather than throwing a failure. */
    public void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Failed to close", e);
        }
    }
}
