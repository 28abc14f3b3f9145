package io.jenkins.plugins.dwp.cli;

import java.io.PrintWriter;
import java.util.function.DoubleConsumer;

/** A one-line progress bar on stderr, drawn only when a person watches the terminal. */
final class ProgressBar implements DoubleConsumer {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean shown;
    private int percent = -1;

    ProgressBar(PrintWriter err, boolean shown) {
        this.err = err;
        this.shown = shown;
    }

    @Override
    public void accept(double done) {
        int now = (int) Math.floor(done * 100);
        if (!shown || now == percent) {
            return;
        }
        percent = now;
        int filled = now * WIDTH / 100;
        err.print("\rReplaying [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + now + "%");
        err.flush();
    }

    /** Removes the bar, so that what follows starts on a clean line. */
    void clear() {
        if (shown && percent >= 0) {
            err.print("\r" + " ".repeat(WIDTH + 20) + "\r");
            err.flush();
        }
    }
}
