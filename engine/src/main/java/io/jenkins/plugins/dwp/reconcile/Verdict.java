package io.jenkins.plugins.dwp.reconcile;

import java.time.Instant;
import java.util.Optional;

/**
 * What one rule found about one worker: that it is to be deleted, since when, and what its
 * requester must be told, if anything.
 *
 * @param reason the rule
 * @param due when the rule started to apply, or the plan's instant when that is not known
 * @param detail the numbers behind the rule, for people
 * @param failure the words that fail the worker's lease, when a requester still holds it and must know
 */
record Verdict(ReapReason reason, Instant due, String detail, Optional<String> failure) {

    static Verdict reap(ReapReason reason, Instant due, String detail) {
        return new Verdict(reason, due, detail, Optional.empty());
    }

    static Verdict reapAndFail(ReapReason reason, Instant due, String detail, String failure) {
        return new Verdict(reason, due, detail, Optional.of(failure));
    }
}
