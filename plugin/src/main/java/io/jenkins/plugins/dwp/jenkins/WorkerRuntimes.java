package io.jenkins.plugins.dwp.jenkins;

import io.jenkins.plugins.dwp.config.PoolSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The running engine of each cloud, by cloud name. Kept outside the cloud objects because Jenkins
 * makes a new cloud object each time its configuration is saved, while workers must keep their
 * engine; an engine is replaced only when the connection it was started with changes.
 */
@Restricted(NoExternalUse.class)
public final class WorkerRuntimes {

    private static volatile WorkerRuntimes instance = new WorkerRuntimes(new JenkinsEnvironment());

    private final RuntimeEnvironment environment;
    private final Map<String, WorkerRuntime> byCloud = new HashMap<>();

    WorkerRuntimes(RuntimeEnvironment environment) {
        this.environment = environment;
    }

    /** The engines of this Jenkins. */
    public static WorkerRuntimes get() {
        return instance;
    }

    /** Puts {@code runtimes} in place of this Jenkins' engines, closing those; for tests on a mock cluster. */
    static void use(WorkerRuntimes runtimes) {
        WorkerRuntimes previous = instance;
        instance = runtimes;
        previous.retainOnly(Set.of());
    }

    /**
     * The engine of the cloud with {@code connection}, started with {@code pools} if it is not
     * running or was started with another connection; told of {@code pools} otherwise.
     */
    public synchronized WorkerRuntime forCloud(CloudConnection connection, PoolSet pools) {
        WorkerRuntime runtime = byCloud.get(connection.cloudName());
        if (runtime != null && runtime.connection().equals(connection)) {
            runtime.update(pools);
            return runtime;
        }
        if (runtime != null) {
            runtime.close();
        }
        runtime = WorkerRuntime.start(connection, pools, environment);
        byCloud.put(connection.cloudName(), runtime);
        return runtime;
    }

    /** The engine of the cloud named {@code cloudName}, if it runs. */
    public synchronized Optional<WorkerRuntime> of(String cloudName) {
        return Optional.ofNullable(byCloud.get(cloudName));
    }

    /** Closes the engines of clouds that are no longer configured; their pods are adopted by none and become orphans. */
    public synchronized void retainOnly(Set<String> cloudNames) {
        byCloud.entrySet().removeIf(entry -> {
            if (cloudNames.contains(entry.getKey())) {
                return false;
            }
            entry.getValue().close();
            return true;
        });
    }
}
