// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/util/LogTaskListener.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied. Upstream strips console notes (PlainTextConsoleOutputStream); none exist here.
package hudson.util;

import hudson.model.TaskListener;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** A {@link TaskListener} that sends each line to a java.util.logging Logger. */
public class LogTaskListener implements TaskListener, Closeable {
    private static final long serialVersionUID = 1L;

    private final transient TaskListener delegate;

    public LogTaskListener(Logger logger, Level level) {
        delegate = new StreamTaskListener(new LogOutputStream(logger, level, new Throwable().getStackTrace()[1]), StandardCharsets.UTF_8);
    }

    @Override
    public PrintStream getLogger() {
        return delegate.getLogger();
    }

    @Override
    public void close() {
        delegate.getLogger().close();
    }

    private static class LogOutputStream extends OutputStream {
        private final Logger logger;
        private final Level level;
        private final StackTraceElement caller;
        private final ByteArrayOutputStream baos = new ByteArrayOutputStream();

        LogOutputStream(Logger logger, Level level, StackTraceElement caller) {
            this.logger = logger;
            this.level = level;
            this.caller = caller;
        }

        @Override
        public void write(int b) throws IOException {
            if (b == '\r' || b == '\n') {
                flush();
            } else {
                baos.write(b);
            }
        }

        @Override
        public void flush() throws IOException {
            if (baos.size() > 0) {
                LogRecord lr = new LogRecord(level, baos.toString(StandardCharsets.UTF_8));
                lr.setLoggerName(logger.getName());
                lr.setSourceClassName(caller.getClassName());
                lr.setSourceMethodName(caller.getMethodName());
                logger.log(lr);
            }
            baos.reset();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
