package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded API server's store, counting every change to a pod: each is one event on every
 * pod watch, so the simulation knows how many events its watchers must have handled before
 * the cluster is settled.
 *
 * <p>The mock server keeps no history of changes, so it cannot resume a pod watch from an older
 * version: it would list every pod as added and miss the deletions. Informers renew their watch
 * every 5 to 10 minutes of wall time; such a resumption gets 410 Expired here, as from a real API
 * server whose history is too short, and the informer lists anew, deletions included.
 */
final class PodEventCountingDispatcher extends KubernetesCrudDispatcher {

    private static final Pattern POD_PATH = Pattern.compile("/pods(/|\\?|$)");
    private static final Pattern RESOURCE_VERSION = Pattern.compile("[?&]resourceVersion=(\\d+)");

    private final AtomicLong podEvents = new AtomicLong();
    /** A version taken just after the last pod change: a pod watch may resume from it or later, not before. */
    private volatile long lastPodChange;
    private final Wakeup wakeup;

    PodEventCountingDispatcher(Wakeup wakeup) {
        this.wakeup = wakeup;
    }

    /** How many pod changes the store has made, each sent to every pod watch. */
    long podEvents() {
        return podEvents.get();
    }

    @Override
    public void processEvent(String path, AttributeSet pathAttributes, AttributeSet oldAttributes,
            GenericKubernetesResource resource, String newState) {
        super.processEvent(path, pathAttributes, oldAttributes, resource, newState);
        if (POD_PATH.matcher(path).find()) {
            // A deletion takes no version of its own here; this one marks that the pods changed.
            lastPodChange = requestResourceVersion();
            podEvents.incrementAndGet();
            wakeup.wake();
        }
    }

    @Override
    public MockResponse handleWatch(String path) {
        Matcher version = RESOURCE_VERSION.matcher(path);
        if (POD_PATH.matcher(path).find() && version.find() && Long.parseLong(version.group(1)) < lastPodChange) {
            return new MockResponse().withWebSocketUpgrade(new ExpiredWatch(version.group(1)));
        }
        return super.handleWatch(path);
    }
}
