package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Label;
import hudson.model.labels.LabelAtom;
import hudson.model.labels.LabelExpression;
import io.jenkins.plugins.dwp.config.PoolSet;
import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.time.ManualClock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PoolForLabelTest {

    private final PoolSet pools = PoolsConfiguration.withBuiltinCatalog(new ManualClock(Instant.parse("2026-11-25T10:00:00Z")))
            .refresh(null, """
                    pools:
                      - name: linux
                        labels: [linux, jdk17]
                        image: { pinned: inbound-agent-jdk17 }
                      - name: linux-21
                        labels: [linux, jdk21]
                        image: { pinned: inbound-agent-jdk21 }
                    """).poolSet().orElseThrow();

    private Optional<String> poolFor(Label label) {
        return PoolForLabel.find(pools, label).map(pool -> pool.pool().name());
    }

    @Test
    void aLabelGoesToTheFirstPoolServingIt() {
        assertEquals(Optional.of("linux"), poolFor(new LabelAtom("linux")));
        assertEquals(Optional.of("linux-21"), poolFor(new LabelAtom("jdk21")));
    }

    @Test
    void anExpressionGoesToThePoolWhoseLabelsSatisfyIt() {
        assertEquals(Optional.of("linux-21"), poolFor(new LabelExpression.And(new LabelAtom("linux"), new LabelAtom("jdk21"))));
        assertEquals(Optional.of("linux-21"),
                poolFor(new LabelExpression.And(new LabelAtom("linux"), new LabelExpression.Not(new LabelAtom("jdk17")))));
        assertEquals(Optional.empty(), poolFor(new LabelExpression.And(new LabelAtom("jdk17"), new LabelAtom("jdk21"))));
    }

    @Test
    void aPoolsNameIsOneOfItsLabels() {
        assertEquals(Optional.of("linux-21"), poolFor(new LabelAtom("linux-21")));
        ResolvedPool pool = pools.pool("linux").orElseThrow();
        assertEquals("linux jdk17", PoolForLabel.labelString(pool));
    }

    @Test
    void noLabelAndUnknownLabelsFindNoPool() {
        assertTrue(poolFor(null).isEmpty());
        assertTrue(poolFor(new LabelAtom("windows")).isEmpty());
    }
}
