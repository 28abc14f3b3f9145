package io.jenkins.plugins.dwp.lease;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/** Makes lease ids: 10 lower-case letters and digits, about 52 bits, valid in Kubernetes names and labels. */
public final class LeaseIds {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 10;

    private final RandomGenerator random;

    /** Ids from a secure random source, so that two controllers never pick the same. */
    public LeaseIds() {
        this(new SecureRandom());
    }

    /** Ids from the given source, for tests and simulations that must repeat. */
    public LeaseIds(RandomGenerator random) {
        this.random = random;
    }

    /** A new id. */
    public String next() {
        StringBuilder id = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
