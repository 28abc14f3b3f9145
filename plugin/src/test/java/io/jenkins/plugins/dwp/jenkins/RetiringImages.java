package io.jenkins.plugins.dwp.jenkins;

/** Catalog entries for tests about image lifecycles, as a pools file's {@code images:} gives them. */
final class RetiringImages {

    /**
     * {@code old-agent}, decommissioned since 2026-07-01, and {@code aging-agent}, deprecated since
     * 2026-11-01 and decommissioned after 2027-06-30; both name {@code inbound-agent-jdk21} as the
     * replacement.
     */
    static final String IMAGES = """
            images:
              - id: old-agent
                family: legacy
                name: Old agent
                os: linux
                image: docker.io/jenkins/inbound-agent:3107.v665000b_51092-1-jdk11
                deprecatedAfter: 2026-01-31
                decommissionedAfter: 2026-06-30
                replacement: inbound-agent-jdk21
              - id: aging-agent
                family: aging
                name: Aging agent
                os: linux
                image: docker.io/jenkins/inbound-agent:3206.vb_15dcf73f6a_9-1-jdk17
                deprecatedAfter: 2026-10-31
                decommissionedAfter: 2027-06-30
                replacement: inbound-agent-jdk21
            """;

    private RetiringImages() {
    }
}
