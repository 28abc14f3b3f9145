package io.jenkins.plugins.dwp.cli.report;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The summary of a simulation (SPEC §3) as the page's tables, in the document's order. */
final class SummaryTables {

    private static final String NONE = "none";

    private SummaryTables() {
    }

    static List<Table> of(JsonNode simulation) {
        return List.of(
                counts(simulation, "steps", "Steps", "steps", "count"),
                counts(simulation, "pods", "Pods", "pods", "count"),
                counts(simulation, "reaped", "Pods reaped, by reason", "reason", "pods"),
                counts(simulation, "queueWaitSeconds", "Queue wait", "statistic", "seconds"),
                perPool(simulation),
                failures(simulation));
    }

    /** A table of one object of the document whose fields are numbers: one row per field. */
    private static Table counts(JsonNode simulation, String field, String caption, String nameHeading,
                                String valueHeading) {
        JsonPointer section = JsonPointer.compile("/" + field);
        List<Row> rows = new ArrayList<>();
        simulation.at(section).fieldNames().forEachRemaining(name -> rows.add(new Row(List.of(
                Cell.label(heading(name)),
                Cell.value(simulation, section.appendProperty(name), false)))));
        return new Table(field, caption, List.of(nameHeading, valueHeading), rows, NONE);
    }

    /** One row per pool; the columns are the fields of the pools' figures, the same for every pool. */
    private static Table perPool(JsonNode simulation) {
        JsonPointer section = JsonPointer.compile("/perPool");
        JsonNode pools = simulation.at(section);
        List<String> figures = new ArrayList<>();
        pools.elements().forEachRemaining(pool -> pool.fieldNames().forEachRemaining(name -> {
            if (!figures.contains(name)) {
                figures.add(name);
            }
        }));
        List<String> header = new ArrayList<>(List.of("pool"));
        figures.forEach(name -> header.add(heading(name)));
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> pool : iterable(pools)) {
            JsonPointer poolPointer = section.appendProperty(pool.getKey());
            List<Cell> cells = new ArrayList<>(List.of(Cell.label(pool.getKey())));
            figures.forEach(name -> cells.add(Cell.value(simulation, poolPointer.appendProperty(name), false)));
            rows.add(new Row(cells));
        }
        return new Table("perPool", "Per pool", header, rows, NONE);
    }

    private static Table failures(JsonNode simulation) {
        JsonPointer section = JsonPointer.compile("/failures");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < simulation.at(section).size(); i++) {
            JsonPointer failure = section.appendIndex(i);
            rows.add(new Row(List.of(
                    Cell.value(simulation, failure.appendProperty("step"), true),
                    Cell.value(simulation, failure.appendProperty("reason"), false))));
        }
        return new Table("failures", "Failed steps", List.of("step", "reason"), rows, NONE);
    }

    /** {@code maxConcurrent} becomes {@code max concurrent}. */
    private static String heading(String fieldName) {
        return String.join(" ", fieldName.split("(?<=[a-z0-9])(?=[A-Z])")).toLowerCase(Locale.ROOT);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }
}
