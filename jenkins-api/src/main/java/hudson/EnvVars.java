// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/EnvVars.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied.
// Left out: the Platform field and its accessors, expand/override handling of PATH+XYZ's platform separator
// beyond File.pathSeparatorChar, variable resolution (resolve, expand), remote lookups (getRemote, createCookie).
package hudson;

import java.io.File;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Environment variables: a map whose keys compare case-insensitively. */
public class EnvVars extends TreeMap<String, String> {
    private static final long serialVersionUID = 1L;

    public EnvVars() {
        super(String.CASE_INSENSITIVE_ORDER);
    }

    public EnvVars(Map<String, String> m) {
        this();
        putAll(m);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public EnvVars(EnvVars m) {
        this((Map) m);
    }

    /** From {@code "key","value","key","value",...}. */
    public EnvVars(String... keyValuePairs) {
        this();
        if (keyValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException(Arrays.asList(keyValuePairs).toString());
        }
        for (int i = 0; i < keyValuePairs.length; i += 2) {
            put(keyValuePairs[i], keyValuePairs[i + 1]);
        }
    }

    /** Sets or, for an empty value, removes; {@code PATH+XYZ=v} prepends v to PATH. */
    public void override(String key, String value) {
        if (value == null || value.isEmpty()) {
            remove(key);
            return;
        }
        int idx = key.indexOf('+');
        if (idx > 0) {
            String realKey = key.substring(0, idx);
            String v = get(realKey);
            v = v == null ? value : value + File.pathSeparatorChar + v;
            put(realKey, v);
            return;
        }
        put(key, value);
    }

    /** {@link #override(String, String)} for each entry. */
    public EnvVars overrideAll(Map<String, String> all) {
        for (Map.Entry<String, String> e : all.entrySet()) {
            override(e.getKey(), e.getValue());
        }
        return this;
    }

    /** Null values are refused. */
    @Override
    public String put(String key, String value) {
        if (value == null) {
            throw new IllegalArgumentException("Null value not allowed as an environment variable: " + key);
        }
        return super.put(key, value);
    }

    public void putIfNotNull(String key, String value) {
        if (value != null) {
            put(key, value);
        }
    }

    public void putAllNonNull(Map<String, String> map) {
        map.forEach(this::putIfNotNull);
    }

    /** Adds {@code "a=b"}. */
    public void addLine(String line) {
        int sep = line.indexOf('=');
        if (sep > 0) {
            put(line.substring(0, sep), line.substring(sep + 1));
        }
    }
}
