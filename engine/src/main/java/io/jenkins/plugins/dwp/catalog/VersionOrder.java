package io.jenkins.plugins.dwp.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders image ids by the versions written in them, which is what "newest" means for
 * {@code default:}: runs of digits compare as numbers and the rest as text, left to right, so
 * {@code ubuntu-24.04} is newer than {@code ubuntu-22.04}, {@code jdk21} than {@code jdk17},
 * and {@code ltsc2022} than {@code ltsc2019}.
 */
public final class VersionOrder implements Comparator<String> {

    /** The one instance; the order has no settings. */
    public static final VersionOrder INSTANCE = new VersionOrder();

    private VersionOrder() {
    }

    @Override
    public int compare(String a, String b) {
        List<String> left = tokens(a);
        List<String> right = tokens(b);
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = compareTokens(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        int bySize = Integer.compare(left.size(), right.size());
        return bySize != 0 ? bySize : a.compareTo(b);
    }

    private static int compareTokens(String x, String y) {
        boolean xDigits = Character.isDigit(x.charAt(0));
        boolean yDigits = Character.isDigit(y.charAt(0));
        if (xDigits && yDigits) {
            String xs = stripLeadingZeros(x);
            String ys = stripLeadingZeros(y);
            return xs.length() != ys.length() ? Integer.compare(xs.length(), ys.length()) : xs.compareTo(ys);
        }
        if (xDigits != yDigits) {
            return xDigits ? 1 : -1;
        }
        return x.compareTo(y);
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static List<String> tokens(String id) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= id.length(); i++) {
            if (i == id.length() || Character.isDigit(id.charAt(i)) != Character.isDigit(id.charAt(i - 1))) {
                tokens.add(id.substring(start, i));
                start = i;
            }
        }
        return tokens;
    }
}
