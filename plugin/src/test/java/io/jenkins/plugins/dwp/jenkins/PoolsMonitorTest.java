package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.Extension;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * The monitor as Jenkins drives it, minus Jenkins: refreshed from clouds, dismissed, restarted. Pools
 * that do not validate are rejected whatever the day, so these tests can use the clouds' own clock.
 */
class PoolsMonitorTest {

    @TempDir
    Path dir;

    private Path dismissed() {
        return dir.resolve("dismissed");
    }

    private PoolsMonitor monitor() {
        return new PoolsMonitor(this::dismissed);
    }

    /** A cloud with inline pools; named after the test, since the last good pools are kept by cloud name. */
    private static DynamicWorkerPoolsCloud cloud(String name, String pools) {
        DynamicWorkerPoolsCloud cloud = new DynamicWorkerPoolsCloud(name);
        cloud.setPools(pools);
        return cloud;
    }

    @Test
    void nothingIsShownBeforeTheFirstRefresh() {
        PoolsMonitor monitor = monitor();

        assertFalse(monitor.isActivated());
        assertEquals(PoolNotices.NONE, monitor.notices());
    }

    @Test
    void aCloudWhosePoolsAreRejectedActivatesTheMonitorUntilDismissedAlsoAfterARestart() throws IOException {
        DynamicWorkerPoolsCloud cloud = cloud("monitor-rejected", PoolNoticesTest.INVALID);
        PoolsMonitor monitor = monitor();

        monitor.refresh(List.of(cloud));

        assertTrue(monitor.isActivated());
        assertEquals(List.of("monitor-rejected"),
                monitor.notices().rejectedTexts().stream().map(PoolNotices.RejectedText::cloud).toList());
        assertEquals("alert alert-danger", monitor.notices().alertClass());

        monitor.dismiss();

        assertFalse(monitor.isActivated());
        assertEquals("danger\n", Files.readString(dismissed(), StandardCharsets.UTF_8));
        PoolsMonitor restarted = monitor();
        restarted.refresh(List.of(cloud));
        assertFalse(restarted.isActivated());
    }

    @Test
    void fixedPoolsEndTheDismissalSoThatTheNextRejectionIsSeen() throws IOException {
        DynamicWorkerPoolsCloud cloud = cloud("monitor-fixed", PoolNoticesTest.INVALID);
        PoolsMonitor monitor = monitor();
        monitor.refresh(List.of(cloud));
        monitor.dismiss();

        cloud.setPools(PoolNoticesTest.CURRENT);
        monitor.refresh(List.of(cloud));

        assertFalse(monitor.isActivated());
        assertFalse(Files.exists(dismissed()), "the dismissal is forgotten");

        cloud.setPools(PoolNoticesTest.INVALID);
        monitor.refresh(List.of(cloud));
        assertTrue(monitor.isActivated());
    }

    @Test
    void theDismissButtonIsPostOnlyAndChecksPermissionBeforeDismissing() throws Exception {
        PoolsMonitor monitor = monitor();
        monitor.refresh(List.of(cloud("monitor-button", PoolNoticesTest.INVALID)));
        Method doDismiss = PoolsMonitor.class.getMethod("doDismiss");

        assertNotNull(doDismiss.getAnnotation(RequirePOST.class));
        assertEquals(HttpResponse.class, doDismiss.getReturnType());
        // Without Jenkins the Overall/Administer check cannot pass: nothing may be dismissed.
        assertThrows(IllegalStateException.class, monitor::doDismiss);
        assertTrue(monitor.isActivated());
        assertEquals(Optional.empty(), new DismissalFile(dismissed()).read());
    }

    @Test
    void theMonitorIsRefreshedEveryMinuteByAnExtensionOfItsOwn() {
        assertNotNull(PoolsMonitor.class.getAnnotation(Extension.class));
        assertNotNull(PoolsMonitor.Refresh.class.getAnnotation(Extension.class));
        assertEquals(TimeUnit.MINUTES.toMillis(1), new PoolsMonitor.Refresh().getRecurrencePeriod());
    }

    @Test
    void itsNameSaysWhatItWatches() {
        assertEquals("Dynamic Worker Pools: pools on retiring images, rejected pools", monitor().getDisplayName());
    }
}
