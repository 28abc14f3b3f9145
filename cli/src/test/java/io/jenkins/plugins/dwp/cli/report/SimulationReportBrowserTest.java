package io.jenkins.plugins.dwp.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The report opened in a real headless Chromium: the charts are drawn from the timeline, and the
 * tables show the document's numbers. Skipped when Debian's chromium and chromium-driver are not
 * installed, unless {@code DWP_BROWSER_TESTS=required} (as in CI), which makes their absence a failure.
 */
class SimulationReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final boolean INSTALLED = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    private static final String MISSING = "missing: " + CHROMIUM + " and " + CHROMEDRIVER
            + " (Debian packages chromium, chromium-driver)";

    @TempDir
    static Path profile;

    @TempDir
    Path dir;

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        if ("required".equals(System.getenv("DWP_BROWSER_TESTS"))) {
            assertTrue(INSTALLED, "DWP_BROWSER_TESTS=required, but " + MISSING);
        }
        if (!INSTALLED) {
            return;
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile);
        // The driver is named, so Selenium Manager never looks for, or downloads, one.
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
    }

    /** Skipped test by test rather than as a class, so that the build's counts show the skip. */
    @BeforeEach
    void browserInstalled() {
        assumeTrue(INSTALLED, MISSING);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.TWO_POOLS, Fixtures.HOSTILE_POOLS})
    void drawsTheTimelineAndShowsTheSummary(String fixture) throws IOException {
        JsonNode simulation = Fixtures.load(fixture);
        Path file = dir.resolve("report.html");
        SimulationReport.write(simulation, file);

        browser.get(file.toUri().toString());

        JsonNode timeline = simulation.get("timeline");
        List<String> pools = texts(timeline.get("pools"));
        List<String> reasons = texts(timeline.get("reasons"));
        Chart live = chart("live-chart");
        assertEquals("line", live.type());
        List<String> liveLabels = new ArrayList<>();
        pools.forEach(pool -> liveLabels.add("live: " + pool));
        liveLabels.add("queued steps");
        assertEquals(liveLabels, live.labels());
        for (int i = 0; i < pools.size(); i++) {
            live.assertDrawn(i, timeline, "/live/" + pointerToken(pools.get(i)));
        }
        live.assertDrawn(pools.size(), timeline, "/queued");

        Chart reaped = chart("reaped-chart");
        assertEquals("bar", reaped.type());
        assertEquals(reasons, reaped.labels());
        for (int i = 0; i < reasons.size(); i++) {
            reaped.assertDrawn(i, timeline, "/reaped/" + reasons.get(i));
        }

        Map<String, String> shown = new HashMap<>();
        for (WebElement element : browser.findElements(By.cssSelector("[data-key]"))) {
            assertNull(shown.put(element.getDomAttribute("data-key"), element.getText()));
        }
        Fixtures.assertShowsSummary(simulation, shown);

        assertEquals("undefined", script("return typeof window.pwned"), "no script from the document ran");
        assertEquals(0L, script("return performance.getEntriesByType('resource').length"), "nothing was fetched");
    }

    private Chart chart(String canvasId) throws IOException {
        Object probe = script(probeScript(), canvasId);
        assertNotNull(probe, "Chart.js drew no chart in #" + canvasId);
        return new Chart(asMap(probe));
    }

    private static Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private static String probeScript() throws IOException {
        try (InputStream in = SimulationReportBrowserTest.class.getResourceAsStream("chart-probe.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static String pointerToken(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object object) {
        return (Map<String, Object>) object;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object object) {
        return (List<Object>) object;
    }

    /** What {@code chart-probe.js} read from one chart. */
    private record Chart(Map<String, Object> probe) {

        String type() {
            return (String) probe.get("type");
        }

        List<String> labels() {
            return datasets().stream().map(dataset -> (String) dataset.get("label")).toList();
        }

        /**
         * Asserts that a dataset holds one point per sample, each the sample's value at
         * {@code pointer}, and that the chart shows it: pixels of its colour in the chart area when
         * some value is not zero, none when all are.
         */
        void assertDrawn(int index, JsonNode timeline, String pointer) {
            JsonNode samples = timeline.get("samples");
            assertEquals(samples.size(), ((Number) probe.get("labels")).intValue(), "one label per sample");
            Map<String, Object> dataset = datasets().get(index);
            List<Object> data = asList(dataset.get("data"));
            assertEquals(samples.size(), data.size(), "one point per sample: " + dataset.get("label"));
            boolean someNotZero = false;
            for (int i = 0; i < samples.size(); i++) {
                JsonNode expected = samples.get(i).at(pointer);
                assertEquals(0, new BigDecimal(data.get(i).toString()).compareTo(expected.decimalValue()),
                        dataset.get("label") + " at sample " + i);
                someNotZero |= expected.asDouble() != 0;
            }
            long pixels = ((Number) dataset.get("pixels")).longValue();
            if (someNotZero) {
                assertTrue(pixels > 0, "drawn: " + dataset.get("label"));
            } else {
                assertEquals(0, pixels, "all zero, nothing drawn: " + dataset.get("label"));
            }
        }

        private List<Map<String, Object>> datasets() {
            return asList(probe.get("datasets")).stream().map(SimulationReportBrowserTest::asMap).toList();
        }
    }
}
