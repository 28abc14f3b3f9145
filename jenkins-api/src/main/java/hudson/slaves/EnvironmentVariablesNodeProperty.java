// Stand-in for jenkinsci/jenkins core/src/main/java/hudson/slaves/EnvironmentVariablesNodeProperty.java
// at jenkins-2.504.3 (be8bec65854aa572bd2492c933c4ca77e4ac2db2). Written from it, not copied. Left out: setUp (build environment) and DescriptorImpl.getHelpPage (Stapler).
package hudson.slaves;

import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Node;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** Environment variables set on a node (or globally). */
public class EnvironmentVariablesNodeProperty extends NodeProperty<Node> {
    private final EnvVars envVars;

    @DataBoundConstructor
    public EnvironmentVariablesNodeProperty(List<Entry> env) {
        this.envVars = toMap(env);
    }

    public EnvironmentVariablesNodeProperty(Entry... env) {
        this(Arrays.asList(env));
    }

    public EnvVars getEnvVars() {
        return envVars;
    }

    /** The variables as entries (for the configuration form). */
    public List<Entry> getEnv() {
        return envVars.entrySet().stream().map(Entry::new).collect(Collectors.toList());
    }

    @Override
    public void buildEnvVars(EnvVars env, TaskListener listener) throws IOException, InterruptedException {
        env.putAll(envVars);
    }

    @Extension
    @Symbol("envVars")
    public static class DescriptorImpl extends NodePropertyDescriptor {
        @Override
        public String getDisplayName() {
            return "Environment variables";
        }
    }

    /** One variable. */
    public static class Entry {
        public String key;
        public String value;

        private Entry(Map.Entry<String, String> e) {
            this(e.getKey(), e.getValue());
        }

        @DataBoundConstructor
        public Entry(String key, String value) {
            this.key = key;
            this.value = value;
        }
    }

    private static EnvVars toMap(List<Entry> entries) {
        EnvVars map = new EnvVars();
        if (entries != null) {
            for (Entry entry : entries) {
                map.put(entry.key, entry.value);
            }
        }
        return map;
    }
}
