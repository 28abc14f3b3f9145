package io.jenkins.plugins.dwp.bench;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the mock API server from logging every request it takes, which would cost more than the
 * request, and vert.x from dumping a stack each time a large list keeps one of its threads busy
 * for more than two seconds, which adopting 100,000 pods does by design.
 */
final class MockServerLogs {

    // Held here: java.util.logging forgets the level of a logger nobody references.
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("io.fabric8.mockwebserver"),
            Logger.getLogger("io.fabric8.kubernetes.client.server.mock"), Logger.getLogger("io.vertx.core.impl.BlockedThreadChecker"));

    private MockServerLogs() {
    }

    static void quiet() {
        QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
    }
}
