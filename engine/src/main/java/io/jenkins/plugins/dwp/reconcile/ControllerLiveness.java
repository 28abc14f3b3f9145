package io.jenkins.plugins.dwp.reconcile;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which controllers are alive, from their heartbeat Leases as a watch delivers them. A
 * controller with no heartbeat at all counts as dead: its pods are orphans.
 */
public final class ControllerLiveness {

    private final Optional<String> ownId;
    private final Duration grace;
    private final Map<String, Lease> heartbeats = new HashMap<>();
    private final Set<String> aliveLastTime = new HashSet<>();

    /**
     * @param ownId the controller asking, always alive to itself
     * @param grace how long past a heartbeat's validity its controller still counts as alive
     */
    public ControllerLiveness(String ownId, Duration grace) {
        this(Optional.of(ownId), grace);
    }

    private ControllerLiveness(Optional<String> ownId, Duration grace) {
        this.ownId = ownId;
        this.grace = grace;
    }

    /** Liveness as seen by one that is no controller, like {@code dwp apply}: every controller must prove itself. */
    public static ControllerLiveness bystander(Duration grace) {
        return new ControllerLiveness(Optional.empty(), grace);
    }

    /** Records a heartbeat Lease as the watch shows it. */
    public void seen(Lease heartbeat) {
        controllerOf(heartbeat).ifPresent(id -> heartbeats.put(id, heartbeat));
    }

    /** Forgets a deleted heartbeat Lease. */
    public void gone(Lease heartbeat) {
        controllerOf(heartbeat).ifPresent(heartbeats::remove);
    }

    /** Whether the controller {@code id} proved itself alive recently enough at {@code now}. */
    public boolean alive(String id, Instant now) {
        if (ownId.filter(id::equals).isPresent()) {
            return true;
        }
        Lease heartbeat = heartbeats.get(id);
        return heartbeat != null && Heartbeat.alive(heartbeat, now, grace);
    }

    /**
     * The controllers among {@code controllers} that are dead at {@code now} but were not at the
     * last call: their pods need judging again, once.
     */
    public Set<String> newlyDead(Set<String> controllers, Instant now) {
        Set<String> dead = new HashSet<>();
        Set<String> alive = new HashSet<>();
        for (String id : controllers) {
            if (alive(id, now)) {
                alive.add(id);
            } else if (aliveLastTime.contains(id)) {
                dead.add(id);
            }
        }
        aliveLastTime.clear();
        aliveLastTime.addAll(alive);
        return dead;
    }

    private static Optional<String> controllerOf(Lease heartbeat) {
        String name = heartbeat.getMetadata().getName();
        return name != null && name.startsWith(Heartbeat.NAME_PREFIX)
                ? Optional.of(name.substring(Heartbeat.NAME_PREFIX.length()))
                : Optional.empty();
    }
}
