package io.jenkins.plugins.dwp.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionOrderTest {

    private static List<String> sorted(String... ids) {
        List<String> list = new ArrayList<>(List.of(ids));
        list.sort(VersionOrder.INSTANCE);
        return list;
    }

    @Test
    void comparesRunsOfDigitsAsNumbers() {
        assertEquals(List.of("ubuntu-9.10", "ubuntu-10.04", "ubuntu-22.04", "ubuntu-24.04"),
                sorted("ubuntu-24.04", "ubuntu-10.04", "ubuntu-9.10", "ubuntu-22.04"));
    }

    @Test
    void readsVersionsInsideNames() {
        assertEquals(List.of("agent-jdk8", "agent-jdk17", "agent-jdk21"), sorted("agent-jdk21", "agent-jdk8", "agent-jdk17"));
        assertEquals(List.of("win-ltsc2019-jdk21", "win-ltsc2022-jdk17"), sorted("win-ltsc2022-jdk17", "win-ltsc2019-jdk21"));
    }

    @Test
    void aLongerVersionIsNewerThanItsPrefix() {
        assertEquals(List.of("node-20", "node-20.1", "node-20.1.3"), sorted("node-20.1.3", "node-20", "node-20.1"));
    }

    @Test
    void leadingZerosDoNotMakeANumberBigger() {
        assertEquals(List.of("v007", "v10"), sorted("v10", "v007"));
    }

    @Test
    void isATotalOrderConsistentWithEquals() {
        assertEquals(0, VersionOrder.INSTANCE.compare("a-1", "a-1"));
        assertEquals(List.of("a-01", "a-1"), sorted("a-1", "a-01"));
    }
}
