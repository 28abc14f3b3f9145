package io.jenkins.plugins.dwp.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimulationReportTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.TWO_POOLS, Fixtures.HOSTILE_POOLS})
    void showsEverySummaryValueUnderItsJsonPointer(String fixture) throws IOException {
        JsonNode simulation = Fixtures.load(fixture);

        Document page = parse(write(simulation));

        Map<String, String> shown = new HashMap<>();
        for (Element element : page.select("[data-key]")) {
            assertNull(shown.put(element.attr("data-key"), element.wholeText()),
                    "shown once: " + element.attr("data-key"));
        }
        Fixtures.assertShowsSummary(simulation, shown);
    }

    @Test
    void aFailureReasonCannotCloseTheScriptElementNorAddMarkup() throws IOException {
        JsonNode simulation = Fixtures.load(Fixtures.TWO_POOLS);
        String reason = simulation.at("/failures/0/reason").asText();

        String html = write(simulation);
        Document page = parse(html);

        assertFalse(html.contains("<script>window.pwned"), "the reason's <script> is not markup");
        assertOnlyTheReportsOwnScriptsAndNoInjectedMarkup(page);
        assertEquals(reason, page.selectFirst("[data-key=/failures/0/reason]").wholeText());
        assertEquals(simulation, embeddedDocument(page));
    }

    @Test
    void poolNamesCannotCloseTheScriptElementNorAddMarkup() throws IOException {
        JsonNode simulation = Fixtures.load(Fixtures.HOSTILE_POOLS);
        List<String> pools = List.of("<script>window.pwned = true</script>", "a/b~c \"quoted\" & </script><b>bold</b>");

        String html = write(simulation);
        Document page = parse(html);

        assertFalse(html.contains("<script>window.pwned"), "the pool's <script> is not markup");
        assertOnlyTheReportsOwnScriptsAndNoInjectedMarkup(page);
        assertEquals(pools, page.select("#perPool tbody th").eachText());
        assertEquals("/perPool/a~1b~0c \"quoted\" & <~1script><b>bold<~1b>/podHours",
                page.select("#perPool td").last().attr("data-key"));
        assertEquals(simulation, embeddedDocument(page));
    }

    @Test
    void aRunWithoutFailuresSaysSo() throws IOException {
        Document page = parse(write(Fixtures.load(Fixtures.HOSTILE_POOLS)));

        assertEquals(List.of("none"), page.select("#failures tbody td").eachText());
        assertEquals("2", page.selectFirst("#failures tbody td").attr("colspan"));
    }

    @Test
    void pageNeedsNothingBesideItself() throws IOException {
        String html = write(Fixtures.load(Fixtures.TWO_POOLS));
        Document page = parse(html);

        assertEquals(List.of(), page.select("[src], [href], link, img, iframe, object, embed, base").stream()
                .map(Element::outerHtml).toList());
        String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(policy.startsWith("default-src 'none';"), "fetching anything is forbidden: " + policy);
        assertFalse(policy.contains("unsafe"), "only the page's own scripts may run: " + policy);
        String withoutLicenceBanners = html.replaceAll("(?s)/\\*!.*?\\*/", "");
        assertFalse(withoutLicenceBanners.matches("(?s).*https?://.*"), "no http(s) URL outside licence banners");
        assertFalse(html.contains("sourceMappingURL"), "no source map to look for beside the page");
        assertTrue(page.select("script:not([type])").get(0).data().contains("Chart.js v"), "Chart.js is inlined");
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path file = dir.resolve("report.html");
        Files.writeString(file, "x".repeat(1_000_000));

        SimulationReport.write(Fixtures.load(Fixtures.HOSTILE_POOLS), file);

        assertTrue(Files.readString(file).startsWith("<!DOCTYPE html>"));
        assertTrue(Files.readString(file).strip().endsWith("</html>"));
    }

    private String write(JsonNode simulation) throws IOException {
        Path file = dir.resolve("report.html");
        SimulationReport.write(simulation, file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Document parse(String html) {
        return Jsoup.parse(html);
    }

    private static void assertOnlyTheReportsOwnScriptsAndNoInjectedMarkup(Document page) {
        Elements scripts = page.select("script");
        assertEquals(3, scripts.size(), "the document, Chart.js and the page's script");
        assertEquals("application/json", scripts.get(0).attr("type"));
        assertEquals("simulation", scripts.get(0).id());
        assertEquals(List.of(), page.select("b").eachText(), "no markup from the document");
    }

    private static JsonNode embeddedDocument(Document page) throws IOException {
        return new ObjectMapper().readTree(page.selectFirst("script#simulation").data());
    }
}
