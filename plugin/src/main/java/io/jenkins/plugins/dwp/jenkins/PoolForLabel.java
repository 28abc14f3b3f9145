package io.jenkins.plugins.dwp.jenkins;

import hudson.model.Label;
import hudson.model.labels.LabelAtom;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Which pool serves a label expression: the first pool, in the file's order, whose labels (and name)
 * satisfy it, as a node with those labels would. {@code agent { label 'linux && jdk21' }} finds a
 * pool labelled both.
 */
@Restricted(NoExternalUse.class)
final class PoolForLabel {

    private PoolForLabel() {
    }

    /** The pool for {@code label}; none for a step with no label, which our workers never take. */
    static Optional<ResolvedPool> find(PoolSet pools, Label label) {
        if (label == null) {
            return Optional.empty();
        }
        return pools.pools().stream().filter(pool -> label.matches(atomsOf(pool))).findFirst();
    }

    /** A pool's labels as Jenkins sees its nodes': its labels and its name. */
    static List<LabelAtom> atomsOf(ResolvedPool pool) {
        return Stream.concat(pool.pool().labels().stream(), Stream.of(pool.pool().name()))
                .distinct().map(LabelAtom::new).toList();
    }

    /** The label string of a pool's nodes. */
    static String labelString(ResolvedPool pool) {
        return String.join(" ", atomsOf(pool).stream().map(LabelAtom::getName).toList());
    }
}
