package io.jenkins.plugins.dwp.cli.simulate;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.crud.AttributeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The embedded API server's store, counting every change to a pod: each is one event on every
 * pod watch, so the simulation knows how many events its watchers must have handled before
 * the cluster is settled.
 */
final class PodEventCountingDispatcher extends KubernetesCrudDispatcher {

    private static final Pattern POD_PATH = Pattern.compile("/pods(/|\\?|$)");

    private final AtomicLong podEvents = new AtomicLong();
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
            podEvents.incrementAndGet();
            wakeup.wake();
        }
    }
}
