package io.jenkins.plugins.dwp.cli.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The run a report is of, as its heading shows it.
 *
 * @param seed         the workload's seed
 * @param virtualHours how long the run lasted in virtual time
 */
record Run(Cell seed, Cell virtualHours) {

    static Run of(JsonNode simulation) {
        return new Run(Cell.value(simulation, "/seed"), Cell.value(simulation, "/virtualHours"));
    }
}
