package io.jenkins.plugins.dwp.lease;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When each worker next needs judging, ordered by time, so that a reconcile tick takes only the
 * workers that are due: its cost grows with the work to do, not with the workers held.
 */
final class CheckSchedule {

    private record Entry(Instant due, String key) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byTime = due.compareTo(other.due);
            return byTime != 0 ? byTime : key.compareTo(other.key);
        }
    }

    private final TreeSet<Entry> order = new TreeSet<>();
    private final Map<String, Instant> dueByKey = new HashMap<>();

    /** Sets when the worker {@code key} is due, or takes it off the schedule when nothing is. */
    void set(String key, Optional<Instant> due) {
        remove(key);
        due.ifPresent(at -> {
            dueByKey.put(key, at);
            order.add(new Entry(at, key));
        });
    }

    void remove(String key) {
        Instant due = dueByKey.remove(key);
        if (due != null) {
            order.remove(new Entry(due, key));
        }
    }

    /**
     * Takes the workers due at or before {@code now} off the schedule, earliest first, at most
     * {@code max} of them; the rest stay due for the next call.
     */
    List<String> takeDue(Instant now, int max) {
        List<String> due = new ArrayList<>();
        while (!order.isEmpty() && due.size() < max && !order.first().due().isAfter(now)) {
            Entry entry = order.pollFirst();
            dueByKey.remove(entry.key());
            due.add(entry.key());
        }
        return due;
    }

    int size() {
        return dueByKey.size();
    }
}
