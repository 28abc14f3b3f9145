package io.jenkins.plugins.dwp.config;

import io.jenkins.plugins.dwp.yaml.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What validating a pools file found, and the pool set it gives.
 *
 * @param findings every error and warning, ordered by file, line and column
 * @param poolSet the pools, present when nothing but lifecycle is wrong: a pool pinned to a
 *     decommissioned image is an error, yet the set still serves its other pools, and that pool's
 *     steps fail with a message naming the replacement
 */
public record ValidationResult(List<Finding> findings, Optional<PoolSet> poolSet) {

    /** Copies the findings so the result cannot change. */
    public ValidationResult {
        findings = List.copyOf(findings);
    }

    /** Whether the file has no errors (warnings allowed). */
    public boolean valid() {
        return findings.stream().noneMatch(Finding.Error.class::isInstance);
    }
}
