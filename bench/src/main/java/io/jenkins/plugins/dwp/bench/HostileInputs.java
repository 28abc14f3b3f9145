package io.jenkins.plugins.dwp.bench;

import io.jenkins.plugins.dwp.yaml.SafeYamlLoader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/** Files the validator must refuse, in bounded time, before it reads any pool. */
public final class HostileInputs {

    /** Aliases per level of the bomb, and levels that alias the one before. */
    public static final int BOMB_FAN_OUT = 7;

    /**
     * Aliases in the bomb: 49, one under what plain snakeyaml ({@code new Yaml()}, whose
     * {@code maxAliasesForCollections} is 50) accepts, and under the validator's own count limit,
     * so that only the expansion check can refuse it.
     */
    public static final int BOMB_ALIASES = BOMB_FAN_OUT * BOMB_FAN_OUT;

    private HostileInputs() {
    }

    /**
     * A "billion laughs" pools file: eight lists of seven items, each list but the first made of
     * aliases to the one before, so the last stands for about 6.7 million values.
     */
    public static String aliasBomb() {
        StringBuilder out = new StringBuilder("# alias bomb: ").append(BOMB_ALIASES).append(" aliases\n");
        out.append("defaults:\n  image: {default: inbound-agent}\n");
        out.append("pools:\n- name: bomb\n  tolerations:\n");
        out.append("  - &l0 [").append(String.join(", ", Collections.nCopies(BOMB_FAN_OUT, "lol"))).append("]\n");
        for (int level = 1; level <= BOMB_FAN_OUT; level++) {
            out.append("  - &l").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(BOMB_FAN_OUT, "*l" + (level - 1))))
                    .append("]\n");
        }
        return out.toString();
    }

    /**
     * {@code text} (at most {@link SafeYamlLoader#MAX_BYTES} bytes of ASCII) padded with comment
     * lines to exactly one byte more than a pools file may have.
     */
    public static String oversize(String text) {
        int target = SafeYamlLoader.MAX_BYTES + 1;
        if (text.getBytes(StandardCharsets.UTF_8).length != text.length() || text.length() > SafeYamlLoader.MAX_BYTES) {
            throw new IllegalArgumentException("expected ASCII text of at most " + SafeYamlLoader.MAX_BYTES + " bytes");
        }
        StringBuilder out = new StringBuilder(target).append(text);
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        String line = "# padding" + "-".repeat(70) + "\n";
        while (out.length() + line.length() <= target) {
            out.append(line);
        }
        while (out.length() < target) {
            out.append(out.length() == target - 1 ? '\n' : '#');
        }
        return out.toString();
    }
}
