package io.jenkins.plugins.dwp.cli.report;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One cell of a summary table.
 *
 * @param text      what the cell shows
 * @param key       the JSON Pointer of the value shown, or null when the cell is a label
 * @param rowHeader whether the cell heads its row
 * @param numeric   whether the cell shows a number, aligned to the right
 */
record Cell(String text, String key, boolean rowHeader, boolean numeric) {

    static Cell label(String text) {
        return new Cell(text, null, true, false);
    }

    static Cell value(JsonNode document, String pointer) {
        return value(document, JsonPointer.compile(pointer), false);
    }

    static Cell value(JsonNode document, JsonPointer pointer, boolean rowHeader) {
        JsonNode node = document.at(pointer);
        return new Cell(text(node), pointer.toString(), rowHeader, node.isNumber());
    }

    /**
     * Numbers as the document has them, but never in exponent notation; strings as they are.
     */
    private static String text(JsonNode node) {
        if (node.isFloatingPointNumber()) {
            return node.decimalValue().toPlainString();
        }
        return node.asText();
    }
}
