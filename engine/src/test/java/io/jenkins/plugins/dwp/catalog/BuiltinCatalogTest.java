package io.jenkins.plugins.dwp.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltinCatalogTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

    @Test
    void shipsTheOfficialInboundAgentImagesForLinuxAndWindows() {
        ImageCatalog catalog = BuiltinCatalog.get();
        assertEquals(List.of("inbound-agent-jdk17", "inbound-agent-jdk21", "inbound-agent-windows-ltsc2019-jdk21",
                "inbound-agent-windows-ltsc2022-jdk21"), List.copyOf(catalog.ids()));
        catalog.images().forEach(image -> {
            assertTrue(image.reference().startsWith("docker.io/jenkins/inbound-agent:"), image.reference());
            assertTrue(image.tools().containsKey("java") && image.tools().containsKey("git"), image.id());
        });
        assertEquals(OperatingSystem.WINDOWS, catalog.image("inbound-agent-windows-ltsc2022-jdk21").orElseThrow().os());
    }

    @Test
    void defaultsResolveToTheNewestOfEachFamily() {
        ImageCatalog catalog = BuiltinCatalog.get();
        assertEquals("inbound-agent-jdk21", catalog.defaultOf("inbound-agent", TODAY).orElseThrow().id());
        assertEquals("inbound-agent-windows-ltsc2022-jdk21",
                catalog.defaultOf("inbound-agent-windows", TODAY).orElseThrow().id());
    }
}
