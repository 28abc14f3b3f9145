package io.jenkins.plugins.dwp.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** Finds the JSON Schemas of {@code schema/} and turns YAML into the JSON trees they validate. */
final class SchemaFiles {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaFiles() {
    }

    /** The project's {@code schema/} directory, found upward from the working directory. */
    static Path schemaDirectory() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("schema").resolve("pools.schema.json"))) {
                return dir.resolve("schema");
            }
        }
        throw new IllegalStateException("no schema/pools.schema.json in " + start + " or any directory above it");
    }

    static Path poolsSchema() {
        return schemaDirectory().resolve("pools.schema.json");
    }

    static Path catalogSchema() {
        return schemaDirectory().resolve("catalog.schema.json");
    }

    static JsonNode readJson(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * YAML as the JSON tree an editor validates. Dates stay the text they were written as:
     * SnakeYAML would make {@code 2027-03-31} a {@code java.util.Date} and, being lenient,
     * quietly turn an impossible {@code 2027-02-30} into March 2, which the schema should refuse.
     */
    static JsonNode yamlToJson(String yaml) {
        LoaderOptions options = new LoaderOptions();
        Yaml loader = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new DatesAsText());
        return MAPPER.valueToTree(loader.load(yaml));
    }

    /** YAML's standard types but timestamps, which are read as text. */
    private static final class DatesAsText extends Resolver {
        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            Tag tag = super.resolve(kind, value, implicit);
            return tag.equals(Tag.TIMESTAMP) ? Tag.STR : tag;
        }
    }
}
