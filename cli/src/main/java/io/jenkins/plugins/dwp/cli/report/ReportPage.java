package io.jenkins.plugins.dwp.cli.report;

import java.util.List;

/**
 * What the page template is filled with. The script and style texts are inserted unescaped: they
 * come from this jar, and {@link ScriptJson} makes the document safe to insert.
 *
 * @param run      the run's seed and length, for the heading
 * @param tables   the summary, one table per section of the document
 * @param data     the whole document as JSON that cannot close its script element
 * @param chartJs  the Chart.js library
 * @param script   the page's own script, which draws the charts from {@code data}
 * @param style    the page's style sheet
 * @param policy   the Content-Security-Policy that lets only these scripts and this style in
 */
record ReportPage(Run run, List<Table> tables, String data, String chartJs, String script, String style,
                  String policy) {
}
