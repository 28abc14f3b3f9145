package io.jenkins.plugins.dwp.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.dwp.yaml.SourceLocation;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageNoticeTest {

    private static final LocalDate DEPRECATED_AFTER = LocalDate.parse("2027-03-31");
    private static final LocalDate DECOMMISSIONED_AFTER = LocalDate.parse("2027-09-30");

    private static CatalogImage image(Stage stage, Optional<LocalDate> deprecated, Optional<LocalDate> decommissioned,
            Optional<String> replacement) {
        return new CatalogImage("ubuntu-22.04", "ubuntu", "Ubuntu 22.04", OperatingSystem.LINUX, "r/u:22.04", stage, AgentSource.INCLUDED,
                deprecated, decommissioned, replacement, Map.of(), SourceLocation.startOf("c.yaml"));
    }

    private static final CatalogImage UBUNTU = image(Stage.STABLE, Optional.of(DEPRECATED_AFTER),
            Optional.of(DECOMMISSIONED_AFTER), Optional.of("ubuntu-24.04"));

    @Test
    void eachDateTakesEffectTheDayAfterIt() {
        assertEquals(LifecycleState.STABLE, UBUNTU.stateOn(DEPRECATED_AFTER));
        assertEquals(LifecycleState.DEPRECATED, UBUNTU.stateOn(DEPRECATED_AFTER.plusDays(1)));
        assertEquals(LifecycleState.DEPRECATED, UBUNTU.stateOn(DECOMMISSIONED_AFTER));
        assertEquals(LifecycleState.DECOMMISSIONED, UBUNTU.stateOn(DECOMMISSIONED_AFTER.plusDays(1)));
    }

    @Test
    void alphaStaysAlphaUntilItsDates() {
        CatalogImage alpha = image(Stage.ALPHA, Optional.of(DEPRECATED_AFTER), Optional.empty(), Optional.empty());
        assertEquals(LifecycleState.ALPHA, alpha.stateOn(DEPRECATED_AFTER));
        assertEquals(LifecycleState.DEPRECATED, alpha.stateOn(DEPRECATED_AFTER.plusDays(1)));
    }

    @Test
    void noNoticeWhileStableAndFarFromDecommissioning() {
        assertEquals(Optional.empty(), ImageNotice.about(UBUNTU, DEPRECATED_AFTER));
    }

    @Test
    void warnsWhileDeprecatedWithDatesAndReplacement() {
        ImageNotice notice = ImageNotice.about(UBUNTU, DEPRECATED_AFTER.plusDays(1)).orElseThrow();
        assertEquals(NoticeSeverity.WARNING, notice.severity());
        assertEquals("image ubuntu-22.04 is deprecated since 2027-04-01 and will be decommissioned after 2027-09-30;"
                + " move to ubuntu-24.04", notice.message());
        assertEquals(Optional.of("ubuntu-24.04"), notice.replacement());
    }

    @Test
    void turnsToDangerInTheLastThirtyDays() {
        LocalDate thirtyOneDaysLeft = DECOMMISSIONED_AFTER.minusDays(30);
        assertEquals(NoticeSeverity.WARNING, ImageNotice.about(UBUNTU, thirtyOneDaysLeft).orElseThrow().severity());
        ImageNotice danger = ImageNotice.about(UBUNTU, thirtyOneDaysLeft.plusDays(1)).orElseThrow();
        assertEquals(NoticeSeverity.DANGER, danger.severity());
        assertTrue(danger.message().contains("in 30 days"), danger.message());
        ImageNotice lastDay = ImageNotice.about(UBUNTU, DECOMMISSIONED_AFTER).orElseThrow();
        assertTrue(lastDay.message().contains("in 1 day;"), lastDay.message());
    }

    @Test
    void aStableImageAboutToBeDecommissionedIsDangerToo() {
        CatalogImage noDeprecation = image(Stage.STABLE, Optional.empty(), Optional.of(DECOMMISSIONED_AFTER), Optional.empty());
        ImageNotice notice = ImageNotice.about(noDeprecation, DECOMMISSIONED_AFTER.minusDays(3)).orElseThrow();
        assertEquals(NoticeSeverity.DANGER, notice.severity());
        assertEquals(LifecycleState.STABLE, notice.state());
        assertTrue(notice.message().contains("the catalog names no replacement"), notice.message());
    }

    @Test
    void decommissionedIsAnErrorThatNamesTheReplacement() {
        ImageNotice notice = ImageNotice.about(UBUNTU, DECOMMISSIONED_AFTER.plusDays(1)).orElseThrow();
        assertEquals(NoticeSeverity.ERROR, notice.severity());
        assertEquals("image ubuntu-22.04 was decommissioned after 2027-09-30 and steps on it fail; move to ubuntu-24.04",
                notice.message());
    }
}
