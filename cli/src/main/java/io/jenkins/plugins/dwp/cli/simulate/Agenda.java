package io.jenkins.plugins.dwp.cli.simulate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * What happens when, in virtual time. Things due at one instant come in a fixed order, by kind
 * and then by step, whatever order they were put in, so that a replay repeats exactly.
 */
final class Agenda {

    /** Kinds of things that happen, in the order they are done at one instant. */
    enum Kind {
        /** The kubelet starts a pod, or shows its problem. */
        POD_START,
        /** A step ends and releases its worker. */
        RELEASE,
        /** A step asks for a worker. */
        REQUEST
    }

    /** One thing due. */
    record Item(Duration at, Kind kind, int step, Runnable action) {
    }

    private static final Comparator<Item> ORDER = Comparator.comparing(Item::at)
            .thenComparing(Item::kind)
            .thenComparingInt(Item::step);

    private final PriorityQueue<Item> items = new PriorityQueue<>(ORDER);

    void add(Duration at, Kind kind, int step, Runnable action) {
        items.add(new Item(at, kind, step, action));
    }

    /** When the next thing is due, if anything is. */
    Optional<Duration> next() {
        return Optional.ofNullable(items.peek()).map(Item::at);
    }

    /** Takes everything due at or before {@code now}, in order. */
    List<Item> takeDue(Duration now) {
        List<Item> due = new ArrayList<>();
        while (!items.isEmpty() && items.peek().at().compareTo(now) <= 0) {
            due.add(items.poll());
        }
        return due;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }
}
