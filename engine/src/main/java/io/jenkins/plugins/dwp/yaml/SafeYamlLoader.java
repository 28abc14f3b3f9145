package io.jenkins.plugins.dwp.yaml;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns untrusted YAML into a tree of nodes that remember their line and column, refusing
 * hostile input in bounded time and memory: files over {@value #MAX_BYTES} bytes, text that is
 * not UTF-8, nesting deeper than {@value #MAX_DEPTH}, more than {@value #MAX_ALIASES} aliases,
 * aliases that expand past {@value #MAX_EXPANDED_NODES} values or into themselves, duplicate
 * keys, merge keys and tags beyond YAML's standard scalar and collection types.
 */
public final class SafeYamlLoader {

    /** The largest file accepted: 1 MiB. */
    public static final int MAX_BYTES = 1 << 20;

    /** The deepest nesting of lists and mappings accepted; real pools files need fewer than ten. */
    public static final int MAX_DEPTH = 32;

    /** The most aliases ({@code *name}) accepted in one file. */
    public static final int MAX_ALIASES = 100;

    /** The most values a file may stand for once its aliases are expanded. */
    public static final int MAX_EXPANDED_NODES = 1_000_000;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * Loads one YAML document.
     *
     * @param source the file to read
     * @param findings where every refusal is recorded
     * @return the document's root, or empty if the file was refused (the reason is in {@code findings})
     */
    public Optional<YamlNode> load(SourceFile source, Findings findings) {
        String file = source.name();
        if (source.length() > MAX_BYTES) {
            findings.error(SourceLocation.startOf(file), "",
                    "the file is larger than 1 MiB, the most a pools or catalog file may be; split it or remove what is unused");
            return Optional.empty();
        }
        Optional<String> text = decode(source, findings);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Node> root = compose(file, text.get(), findings);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (!new NodeGraphCheck(file, findings).accepts(root.get())) {
            return Optional.empty();
        }
        return Optional.of(YamlNode.root(file, root.get(), findings));
    }

    private static Optional<String> decode(SourceFile source, Findings findings) {
        byte[] bytes = source.content();
        int start = startsWithBom(bytes) ? UTF8_BOM.length : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            findings.error(locationOfByte(source.name(), bytes, start, in.position()), "",
                    "the file is not UTF-8 text; save it as UTF-8");
            return Optional.empty();
        }
        decoder.flush(out);
        return Optional.of(out.flip().toString());
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    private static SourceLocation locationOfByte(String file, byte[] bytes, int from, int position) {
        int line = 1;
        int lineStart = from;
        for (int i = from; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(file, line, position - lineStart + 1);
    }

    private static Optional<Node> compose(String file, String text, Findings findings) {
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(false);
        options.setAllowRecursiveKeys(false);
        // Nodes are never constructed into objects, so any tag is harmless here; NodeGraphCheck
        // then refuses every non-standard one, not only the first as the library would.
        options.setTagInspector(tag -> true);
        // Our own guard refuses first, with a location; these are the library's backstops.
        options.setNestingDepthLimit(MAX_DEPTH * 2);
        options.setMaxAliasesForCollections(MAX_ALIASES * 2);
        options.setCodePointLimit(MAX_BYTES + 1);
        GuardedParser parser = new GuardedParser(new ParserImpl(new StreamReader(new StringReader(text)), options));
        try {
            Node root = new Composer(parser, new Resolver(), options).getSingleNode();
            if (root == null) {
                findings.error(SourceLocation.startOf(file), "", "the file is empty; it must be a YAML mapping");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (GuardedParser.Refusal refusal) {
            findings.error(SourceLocation.of(file, refusal.mark()), "", refusal.getMessage());
        } catch (MarkedYAMLException e) {
            findings.error(SourceLocation.of(file, e.getProblemMark()), "", "not valid YAML: " + describe(e));
        } catch (YAMLException e) {
            findings.error(SourceLocation.of(file, parser.lastMark()), "", "not valid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "unexpected content" : e.getProblem();
        if (e.getContext() == null) {
            return problem;
        }
        String where = e.getContextMark() == null ? "" : " that starts at line " + (e.getContextMark().getLine() + 1);
        return problem + " (" + e.getContext() + where + ")";
    }
}
