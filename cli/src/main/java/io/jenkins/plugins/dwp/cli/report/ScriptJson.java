package io.jenkins.plugins.dwp.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonpCharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * A JSON document that can be put as it is inside an HTML {@code <script>} element: {@code <},
 * {@code >} and {@code &} are written as {@code \}{@code u} escapes, so no string in it can close
 * the element ({@code </script>}) or open a comment ({@code <!--}), and the line separators
 * U+2028 and U+2029 too, as older JavaScript parsers end lines at them.
 */
final class ScriptJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    private ScriptJson() {
    }

    static String of(JsonNode document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson's JSONP escapes already take care of U+2028 and U+2029. */
    private static final class HtmlSafeEscapes extends JsonpCharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }
    }
}
