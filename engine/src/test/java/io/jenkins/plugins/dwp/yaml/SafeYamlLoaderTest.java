package io.jenkins.plugins.dwp.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input is refused with one clear finding, never an exception. The timeouts only guard
 * against a hang; how fast refusals are is measured by the bench module.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SafeYamlLoaderTest {

    private final Findings findings = new Findings();

    private Optional<YamlNode> load(String text) {
        return new SafeYamlLoader().load(SourceFile.of("f.yaml", text), findings);
    }

    private Finding onlyFinding() {
        List<Finding> all = findings.sorted();
        assertEquals(1, all.size(), () -> "findings: " + all);
        return all.get(0);
    }

    @Test
    void readsAPlainDocumentWithPlaces() {
        YamlMap root = load("a: 1\nb:\n  c: text\n").orElseThrow().asMapping().orElseThrow();
        YamlNode c = root.get("b").orElseThrow().asMapping().orElseThrow().get("c").orElseThrow();
        assertEquals("text", c.asText().orElseThrow());
        assertEquals("b.c", c.path());
        assertEquals(new SourceLocation("f.yaml", 3, 6), c.location());
        assertEquals(0, findings.size());
    }

    @Test
    void refusesAFileOverOneMebibyteWithoutReadingItAll(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        byte[] content = ("a: " + "x".repeat(SafeYamlLoader.MAX_BYTES)).getBytes(StandardCharsets.UTF_8);
        Files.write(big, content);
        SourceFile source = SourceFile.read(big);
        assertEquals(SafeYamlLoader.MAX_BYTES + 1, source.length(), "reads only one byte past the limit");
        assertTrue(new SafeYamlLoader().load(source, findings).isEmpty());
        Finding finding = onlyFinding();
        assertTrue(finding instanceof Finding.Error);
        assertTrue(finding.format().startsWith(big + ":1:1: error: the file is larger than 1 MiB"), finding.format());
    }

    @Test
    void acceptsAFileOfExactlyOneMebibyte() {
        String line = "a: " + "x".repeat(SafeYamlLoader.MAX_BYTES - 4) + "\n";
        assertEquals(SafeYamlLoader.MAX_BYTES, line.getBytes(StandardCharsets.UTF_8).length);
        assertTrue(load(line).isPresent(), () -> findings.sorted().toString());
    }

    @Test
    void refusesABillionLaughsAliasBomb() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p);
            bomb.append((",*" + p).repeat(8)).append("]\n");
        }
        assertTrue(load(bomb.toString()).isEmpty());
        Finding finding = onlyFinding();
        assertTrue(finding.message().contains("alias bomb"), finding.format());
    }

    @Test
    void refusesABombThatStaysUnderTheAliasCountButExpandsExponentially() {
        // 2 aliases a level for 40 levels: 80 aliases, 2^40 values once expanded.
        StringBuilder bomb = new StringBuilder("l0: &l0 [x]\n");
        for (int i = 1; i <= 40; i++) {
            bomb.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
        }
        assertTrue(load(bomb.toString()).isEmpty());
        Finding finding = onlyFinding();
        assertTrue(finding.message().contains("expand to more than"), finding.format());
    }

    @Test
    void refusesAnAliasThatContainsItself() {
        assertTrue(load("a: &a [x, *a]\n").isEmpty());
        assertTrue(onlyFinding().message().contains("contains it"));
    }

    @Test
    void refusesDeepNestingAtThePlaceItGoesTooDeep() {
        String deep = "[".repeat(1000) + "]".repeat(1000);
        assertTrue(load(deep).isEmpty());
        Finding finding = onlyFinding();
        assertEquals(new SourceLocation("f.yaml", 1, SafeYamlLoader.MAX_DEPTH + 1), finding.location());
        assertTrue(finding.message().contains("nested deeper than 32"), finding.format());
    }

    @Test
    void reportsEveryDuplicateKeyWithTheLineOfTheFirst() {
        assertTrue(load("a: 1\nb: 2\na: 3\nc:\n  d: 1\n  d: 2\n").isEmpty());
        List<String> lines = findings.sorted().stream().map(Finding::format).toList();
        assertEquals(List.of(
                "f.yaml:3:1: error: a: duplicate key 'a': it is already set at line 1; keep one",
                "f.yaml:6:3: error: c.d: duplicate key 'd': it is already set at line 5; keep one"), lines);
    }

    @Test
    void refusesNonStandardTagsAndNamesThem() {
        assertTrue(load("a: !!python/object:os.system ls\nb: !custom x\nc: !!binary aGk=\n").isEmpty());
        List<String> lines = findings.sorted().stream().map(Finding::format).toList();
        assertEquals(3, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("f.yaml:1:4: error: a: the tag !!python/object:os.system is not allowed"), lines.get(0));
        assertTrue(lines.get(1).startsWith("f.yaml:2:4: error: b: the tag !custom is not allowed"), lines.get(1));
        assertTrue(lines.get(2).startsWith("f.yaml:3:4: error: c: the tag !!binary is not allowed"), lines.get(2));
    }

    @Test
    void acceptsExplicitStandardTags() {
        assertTrue(load("a: !!str 1\nb: !!int 2\nc: !!map {x: 1}\n").isPresent(), () -> findings.sorted().toString());
    }

    @Test
    void refusesMergeKeysPointingToDefaults() {
        assertTrue(load("base: &b {x: 1}\nother:\n  <<: *b\n").isEmpty());
        assertTrue(onlyFinding().message().contains("put settings that pools share under defaults"));
    }

    @Test
    void refusesNonScalarKeys() {
        assertTrue(load("? [a, b]\n: 1\n").isEmpty());
        assertTrue(onlyFinding().message().contains("a key must be plain text"));
    }

    @Test
    void reportsSyntaxErrorsWithTheirPlace() {
        assertTrue(load("a: 1\n  b: 2\n").isEmpty());
        Finding finding = onlyFinding();
        assertEquals(2, finding.location().line());
        assertTrue(finding.message().startsWith("not valid YAML: "), finding.format());
    }

    @Test
    void refusesSeveralDocumentsInOneFile() {
        assertTrue(load("a: 1\n---\nb: 2\n").isEmpty());
        assertTrue(onlyFinding().message().contains("expected a single document"));
    }

    @Test
    void refusesAnEmptyFile() {
        assertTrue(load("# only a comment\n").isEmpty());
        assertEquals("f.yaml:1:1: error: the file is empty; it must be a YAML mapping", onlyFinding().format());
    }

    @Test
    void refusesTextThatIsNotUtf8AtTheBadByte() {
        byte[] latin1 = "a: ok\nb: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(new SafeYamlLoader().load(SourceFile.of("f.yaml", latin1), findings).isEmpty());
        assertEquals("f.yaml:2:7: error: the file is not UTF-8 text; save it as UTF-8", onlyFinding().format());
    }

    @Test
    void skipsAByteOrderMark() {
        byte[] withBom = "\uFEFFa: 1\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(new SafeYamlLoader().load(SourceFile.of("f.yaml", withBom), findings).isPresent());
    }

    @Test
    void refusesTooManyAliasesAtTheOneOverTheLimit() {
        StringBuilder many = new StringBuilder("v: &v 1\nlist:\n");
        for (int i = 0; i <= SafeYamlLoader.MAX_ALIASES; i++) {
            many.append("  - *v\n");
        }
        assertTrue(load(many.toString()).isEmpty());
        Finding finding = onlyFinding();
        assertEquals(3 + SafeYamlLoader.MAX_ALIASES, finding.location().line());
        assertTrue(finding.message().contains("more than 100 aliases"), finding.format());
    }
}
