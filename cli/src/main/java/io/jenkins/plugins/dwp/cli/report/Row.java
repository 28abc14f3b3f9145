package io.jenkins.plugins.dwp.cli.report;

import java.util.List;

/**
 * One row of a summary table.
 *
 * @param cells its cells, the first being the row's heading
 */
record Row(List<Cell> cells) {
}
