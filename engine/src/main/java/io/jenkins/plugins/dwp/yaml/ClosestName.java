package io.jenkins.plugins.dwp.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a misspelt one most likely meant, for "did you mean" hints. */
public final class ClosestName {

    private ClosestName() {
    }

    /**
     * The known name closest to {@code given}, if it is close enough to be a plausible typo:
     * equal but for case, dashes and underscores, or within a third of its length in edits.
     */
    public static Optional<String> among(String given, Collection<String> known) {
        String wanted = normalise(given);
        return known.stream()
                .min(Comparator.comparingInt((String k) -> distance(wanted, normalise(k))).thenComparing(k -> k))
                .filter(k -> distance(wanted, normalise(k)) <= Math.max(1, Math.min(wanted.length(), k.length()) / 3));
    }

    private static String normalise(String name) {
        return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
