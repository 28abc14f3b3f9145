package io.jenkins.plugins.dwp.cli.report;

import java.util.List;

/**
 * One summary table of the page.
 *
 * @param id      the table's element id
 * @param caption what the table shows
 * @param header  the column headings
 * @param rows    the rows, each as many cells as there are headings
 * @param empty   what the table says when it has no rows
 */
record Table(String id, String caption, List<String> header, List<Row> rows, String empty) {

    /** How many columns the table has, for the row that says it is empty. */
    int columns() {
        return header.size();
    }
}
