package io.jenkins.plugins.dwp.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The HTML report of {@code dwp simulate --report FILE.html}: one self-contained page, readable
 * offline, with the timeline as charts and the summary as tables.
 *
 * <p>The page loads nothing: Chart.js, the page's script and its style are inlined, and a
 * Content-Security-Policy forbids fetching anything and running any script but those. Every string
 * taken from the document
 * (pool names, failure reasons) is HTML-escaped, and the document itself is embedded as JSON in a
 * {@code <script type="application/json">} element that no {@code </script>} in it can close.
 *
 * <p>Each number and string shown in the tables carries a {@code data-key} attribute holding its
 * JSON Pointer into the document (such as {@code /steps/served} or {@code /perPool/linux/podHours}),
 * so the page can be checked against the document it was written from.
 */
public final class SimulationReport {

    private static final String TEMPLATE = "io/jenkins/plugins/dwp/cli/report/report.mustache";

    private SimulationReport() {
    }

    /**
     * Writes the report of one simulation, replacing {@code file} if it exists.
     *
     * @param simulation the JSON document {@code dwp simulate --output json} prints: the summary of
     *                   SPEC §3 and the {@code timeline} with its samples
     * @param file       where to write the page, in UTF-8
     * @throws IOException when the file cannot be written
     */
    public static void write(JsonNode simulation, Path file) throws IOException {
        String chartJs = PageAssets.chartJs();
        String script = PageAssets.text("report.js");
        String style = PageAssets.text("report.css");
        ReportPage page = new ReportPage(
                Run.of(simulation),
                SummaryTables.of(simulation),
                ScriptJson.of(simulation),
                chartJs,
                script,
                style,
                ContentSecurityPolicy.allowingOnly(List.of(chartJs, script), List.of(style)));
        Mustache template = new DefaultMustacheFactory().compile(TEMPLATE);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            template.execute(out, page);
        }
    }
}
