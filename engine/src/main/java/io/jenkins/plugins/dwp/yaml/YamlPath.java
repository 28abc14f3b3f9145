package io.jenkins.plugins.dwp.yaml;

import java.util.regex.Pattern;

/** Builds the paths findings name values by: {@code pools[1].resources.requests.cpu}, {@code nodeSelector["kubernetes.io/os"]}. */
final class YamlPath {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private YamlPath() {
    }

    static String key(String parent, String key) {
        if (!PLAIN_KEY.matcher(key).matches()) {
            return parent + "[\"" + key + "\"]";
        }
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
