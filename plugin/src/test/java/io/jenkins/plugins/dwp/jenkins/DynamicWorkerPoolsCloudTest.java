package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.Extension;
import hudson.model.Label;
import hudson.slaves.Cloud;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

class DynamicWorkerPoolsCloudTest {

    private static final String POOLS = """
            pools:
              - name: linux
                image: { default: inbound-agent }
                resources: { requests: { cpu: 500m, memory: 1Gi } }
            """;

    @TempDir
    Path dir;

    @Test
    void defaults() {
        DynamicWorkerPoolsCloud cloud = new DynamicWorkerPoolsCloud("dynamic");

        assertEquals("dynamic", cloud.name);
        assertEquals("dynamic", cloud.getDisplayName());
        assertEquals("jenkins-workers", cloud.getNamespace());
        assertTrue(cloud.isWebSocket());
        assertNull(cloud.getServerUrl());
        assertNull(cloud.getCredentialsId());
        assertNull(cloud.getJenkinsUrl());
        assertNull(cloud.getPoolsFile());
        assertNull(cloud.getPools());
    }

    @Test
    void aCloudNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> new DynamicWorkerPoolsCloud(""));
    }

    @Test
    void settersTrimAndTakeBlankForUnset() {
        DynamicWorkerPoolsCloud cloud = new DynamicWorkerPoolsCloud("dynamic");
        cloud.setNamespace(" team-a ");
        cloud.setServerUrl("");
        cloud.setCredentialsId("  ");
        cloud.setJenkinsUrl(" http://jenkins:8080/ ");
        cloud.setPoolsFile(" /var/jenkins_home/pools.yaml ");
        cloud.setPools(" \n");
        cloud.setWebSocket(false);

        assertEquals("team-a", cloud.getNamespace());
        assertNull(cloud.getServerUrl());
        assertNull(cloud.getCredentialsId());
        assertEquals("http://jenkins:8080/", cloud.getJenkinsUrl());
        assertEquals("/var/jenkins_home/pools.yaml", cloud.getPoolsFile());
        assertNull(cloud.getPools());
        assertFalse(cloud.isWebSocket());

        cloud.setNamespace("");
        assertEquals("jenkins-workers", cloud.getNamespace());
        cloud.setPools(POOLS);
        assertSame(POOLS, cloud.getPools(), "YAML is kept as written, indentation and all");
    }

    @Test
    void settingsSavedBeforeTheNamespaceExistedGetTheDefault() throws ReflectiveOperationException {
        DynamicWorkerPoolsCloud cloud = new DynamicWorkerPoolsCloud("dynamic");
        Field namespace = DynamicWorkerPoolsCloud.class.getDeclaredField("namespace");
        namespace.setAccessible(true);
        namespace.set(cloud, null);

        assertSame(cloud, cloud.readResolve());
        assertEquals("jenkins-workers", namespace.get(cloud));
    }

    /**
     * Cloud's two canProvision methods call each other, so a cloud overriding neither ends in
     * AbstractMethodError when Jenkins asks; until provisioning comes, this one serves no label.
     */
    @Test
    void servesNoLabelYetAndSaysSoWithoutFailing() {
        DynamicWorkerPoolsCloud cloud = new DynamicWorkerPoolsCloud("dynamic");

        assertFalse(cloud.canProvision(new Cloud.CloudState(null, 0)));
        @SuppressWarnings("deprecation")
        boolean viaLabel = cloud.canProvision((Label) null);
        assertFalse(viaLabel);
    }

    @Test
    void thePoolsFollowTheSettings() throws IOException {
        DynamicWorkerPoolsCloud cloud = new DynamicWorkerPoolsCloud("follows-settings");
        assertTrue(cloud.poolSet().isEmpty());
        assertTrue(cloud.poolsStatus().hasErrors(), "neither file nor inline pools");

        cloud.setPools(POOLS);
        assertEquals(List.of("linux"), poolNames(cloud));

        Path file = dir.resolve("pools.yaml");
        Files.writeString(file, POOLS.replace("name: linux", "name: from-file"), StandardCharsets.UTF_8);
        cloud.setPoolsFile(file.toString());
        assertEquals(List.of("from-file"), poolNames(cloud));
        assertEquals(file.toString(), cloud.poolsStatus().source());

        cloud.setPools("pools: [");
        cloud.setPoolsFile(null);
        assertTrue(cloud.poolsStatus().rejected());
        assertEquals(List.of("from-file"), poolNames(cloud), "the last good pools stay in force");
    }

    /** Saving the form or applying configuration as code makes a new cloud object of the same name. */
    @Test
    void aCloudSavedAgainWithPoolsThatDoNotValidateKeepsTheLastGoodOnes() {
        DynamicWorkerPoolsCloud before = new DynamicWorkerPoolsCloud("saved-again");
        before.setPools(POOLS);
        assertEquals(List.of("linux"), poolNames(before));

        DynamicWorkerPoolsCloud after = new DynamicWorkerPoolsCloud("saved-again");
        after.setPools(POOLS.replace("500m", "lots"));

        assertTrue(after.poolsStatus().rejected());
        assertTrue(after.poolsStatus().hasErrors());
        assertEquals(List.of("linux"), poolNames(after));
        assertTrue(new DynamicWorkerPoolsCloud("another-name").poolSet().isEmpty());
    }

    private static List<String> poolNames(DynamicWorkerPoolsCloud cloud) {
        return cloud.poolSet().orElseThrow().pools().stream().map(p -> p.pool().name()).toList();
    }

    @Test
    void theDescriptorNamesTheCloud() {
        DynamicWorkerPoolsCloud.DescriptorImpl descriptor = new DynamicWorkerPoolsCloud.DescriptorImpl();

        assertEquals("Dynamic Worker Pools", descriptor.getDisplayName());
        assertSame(DynamicWorkerPoolsCloud.class, descriptor.clazz);
        assertTrue(DynamicWorkerPoolsCloud.DescriptorImpl.class.isAnnotationPresent(Extension.class));
    }

    /** Stapler reaches these by URL: each must be POST only, so that no link or image tag can call it. */
    @Test
    void everyWebMethodIsPostOnlyAndTakesQueryParameters() {
        List<Method> webMethods = Arrays.stream(DynamicWorkerPoolsCloud.DescriptorImpl.class.getDeclaredMethods())
                .filter(m -> m.getName().startsWith("do") && Modifier.isPublic(m.getModifiers()))
                .toList();

        assertEquals(List.of("doCheckJenkinsUrl", "doCheckNamespace", "doCheckPools", "doCheckPoolsFile",
                "doCheckServerUrl", "doFillCredentialsIdItems", "doTestConnection"),
                webMethods.stream().map(Method::getName).sorted().toList());
        for (Method method : webMethods) {
            assertTrue(method.isAnnotationPresent(POST.class), method.getName() + " is not @POST");
            assertSame(method.getName().startsWith("doFill") ? ListBoxModel.class : FormValidation.class,
                    method.getReturnType());
            for (var parameter : method.getParameters()) {
                assertTrue(parameter.isAnnotationPresent(QueryParameter.class), method.getName() + " " + parameter);
            }
        }
    }

    /**
     * Reading files on the controller and reaching the cluster are for administrators: the permission
     * is checked before anything else. There is no Jenkins here, so the check throws.
     */
    @Test
    void checksThatReadFilesOrReachTheClusterAskForAdministerFirst() throws IOException {
        DynamicWorkerPoolsCloud.DescriptorImpl descriptor = new DynamicWorkerPoolsCloud.DescriptorImpl();
        Path file = dir.resolve("pools.yaml");
        Files.writeString(file, POOLS, StandardCharsets.UTF_8);

        assertThrows(IllegalStateException.class, () -> descriptor.doCheckPoolsFile(file.toString()));
        assertThrows(IllegalStateException.class, () -> descriptor.doCheckPools(POOLS, null));
        assertThrows(IllegalStateException.class, () -> descriptor.doTestConnection("http://127.0.0.1:1", null, null));
        assertThrows(IllegalStateException.class, () -> descriptor.doFillCredentialsIdItems("token"));
    }

    @Test
    void checksOfPlainValuesNeedNoPermission() {
        DynamicWorkerPoolsCloud.DescriptorImpl descriptor = new DynamicWorkerPoolsCloud.DescriptorImpl();

        assertEquals(FormValidation.Kind.ERROR, descriptor.doCheckNamespace("Not_Valid").kind);
        assertEquals(FormValidation.Kind.WARNING, descriptor.doCheckJenkinsUrl("http://localhost:8080/").kind);
        assertEquals(FormValidation.Kind.OK, descriptor.doCheckServerUrl("https://kubernetes.example.com:6443").kind);
    }
}
