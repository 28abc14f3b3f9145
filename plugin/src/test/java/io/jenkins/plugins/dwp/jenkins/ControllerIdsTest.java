package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.dwp.kube.KubernetesNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControllerIdsTest {

    private static final String INSTANCE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @ParameterizedTest
    @ValueSource(strings = {"dynamic", "Dynamic Worker Pools (prod)", "k8s/eu-west-1 ✓", "", "---",
            "a-very-long-cloud-name-that-goes-on-and-on-and-on-for-ever-and-ever-more"})
    void everyIdIsAValidLabelValue(String cloudName) {
        String id = ControllerIds.of(INSTANCE, cloudName);
        assertTrue(KubernetesNames.isLabelValue(id) && id.length() <= 63, id);
    }

    @Test
    void readableAndStable() {
        assertEquals("jenkins-9f86d081884c-dynamic-" + ControllerIds.of(INSTANCE, "dynamic").substring(29),
                ControllerIds.of(INSTANCE, "dynamic"));
        assertEquals(ControllerIds.of(INSTANCE, "dynamic"), ControllerIds.of(INSTANCE, "dynamic"));
    }

    @Test
    void namesThatCleanAlikeStayApart() {
        assertNotEquals(ControllerIds.of(INSTANCE, "eu west"), ControllerIds.of(INSTANCE, "eu-west"));
    }

    @Test
    void anotherJenkinsGetsAnotherId() {
        assertNotEquals(ControllerIds.of(INSTANCE, "dynamic"), ControllerIds.of("0" + INSTANCE.substring(1), "dynamic"));
    }
}
