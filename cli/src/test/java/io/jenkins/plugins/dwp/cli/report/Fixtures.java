package io.jenkins.plugins.dwp.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** Simulation documents written by hand in the shape of the contract, and how a page is checked against them. */
final class Fixtures {

    /** Two pools, seven samples, and a failure whose reason tries to close the script element and open a comment. */
    static final String TWO_POOLS = "two-pools.json";
    /** Pools named with {@code <script>}, {@code </script>}, quotes, {@code /} and {@code ~}; no failures. */
    static final String HOSTILE_POOLS = "hostile-pools.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    static JsonNode load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every number and string of the summary (all but the timeline) by its JSON Pointer. */
    static Map<String, JsonNode> summaryValues(JsonNode simulation) {
        Map<String, JsonNode> values = new TreeMap<>();
        simulation.fieldNames().forEachRemaining(field -> {
            if (!field.equals("timeline")) {
                collect(simulation.get(field), JsonPointer.empty().appendProperty(field), values);
            }
        });
        return values;
    }

    private static void collect(JsonNode node, JsonPointer pointer, Map<String, JsonNode> values) {
        if (node.isObject()) {
            for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
                String field = fields.next();
                collect(node.get(field), pointer.appendProperty(field), values);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer.appendIndex(i), values);
            }
        } else {
            values.put(pointer.toString(), node);
        }
    }

    /**
     * Asserts that a page shows every value of the summary, each once, and nothing else under a key:
     * numbers equal as numbers, strings equal up to how white space is laid out.
     *
     * @param simulation the document the page was written from
     * @param shown      the text of each element with a {@code data-key}, by that key
     */
    static void assertShowsSummary(JsonNode simulation, Map<String, String> shown) {
        Map<String, JsonNode> expected = summaryValues(simulation);
        assertEquals(expected.keySet(), shown.keySet());
        expected.forEach((key, value) -> {
            String text = shown.get(key);
            if (value.isNumber()) {
                assertTrue(text.matches("-?[0-9]+(\\.[0-9]+)?"), key + " is shown as a plain number: " + text);
                assertEquals(0, new BigDecimal(text).compareTo(value.decimalValue()), key + ": " + text);
            } else {
                assertEquals(collapseSpace(value.asText()), collapseSpace(text), key);
            }
        });
    }

    private static String collapseSpace(String text) {
        return text.replaceAll("(?U)\\s+", " ").strip();
    }
}
