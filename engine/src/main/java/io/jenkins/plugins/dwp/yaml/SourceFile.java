package io.jenkins.plugins.dwp.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The bytes of one YAML source and the name findings give it. Reading stops just past
 * {@link SafeYamlLoader#MAX_BYTES}, so a huge file costs no more memory than the limit.
 */
public final class SourceFile {

    private final String name;
    private final byte[] content;

    private SourceFile(String name, byte[] content) {
        this.name = name;
        this.content = content;
    }

    /** A source held in memory, such as pools given inline in the Jenkins configuration. */
    public static SourceFile of(String name, String text) {
        return new SourceFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A source held in memory as bytes, kept as they are so that the loader can check their encoding. */
    public static SourceFile of(String name, byte[] content) {
        return new SourceFile(name, content.clone());
    }

    /**
     * Reads a file, named in findings as it was given.
     *
     * @throws IOException if the file cannot be read
     */
    public static SourceFile read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new SourceFile(path.toString(), in.readNBytes(SafeYamlLoader.MAX_BYTES + 1));
        }
    }

    /** The name used in findings. */
    public String name() {
        return name;
    }

    /** How many bytes were read: at most one past the limit. */
    int length() {
        return content.length;
    }

    byte[] content() {
        return Arrays.copyOf(content, content.length);
    }
}
