package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.dwp.config.ResolvedPool;
import io.jenkins.plugins.dwp.time.ManualClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerBannerTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T10:00:00Z"));

    private ResolvedPool pool(String yaml) {
        return PoolsConfiguration.withBuiltinCatalog(clock).refresh(null, yaml).poolSet().orElseThrow().pools().get(0);
    }

    @Test
    void poolImageAndReferenceOnOneLine() {
        List<String> lines = WorkerBanner.lines("dwp-linux-abc", pool("""
                pools:
                  - name: linux
                    image: { pinned: inbound-agent-jdk21 }
                """));
        assertEquals(List.of("Dynamic Worker Pools: this step runs on pod dwp-linux-abc of pool linux, image inbound-agent-jdk21"
                + " (docker.io/jenkins/inbound-agent:3355.v388858a_47b_33-5-jdk21)"), lines);
    }

    @Test
    void theToolVersionsThePoolChoseFollow() {
        List<String> lines = WorkerBanner.lines("dwp-linux-abc", pool("""
                pools:
                  - name: linux
                    image: { pinned: inbound-agent-jdk21 }
                    tools: { git: 2.47.3 }
                """));
        assertEquals("Dynamic Worker Pools: tool versions first on PATH: git 2.47.3", lines.get(1));
    }
}
