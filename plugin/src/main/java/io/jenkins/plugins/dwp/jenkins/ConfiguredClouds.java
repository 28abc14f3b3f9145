package io.jenkins.plugins.dwp.jenkins;

import hudson.slaves.Cloud;
import java.util.List;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The clouds configured in Jenkins, which the plugin's extensions go through: asked each time, since
 * the administrator may change them at any moment; given by tests, since only a running Jenkins has them.
 */
@FunctionalInterface
@Restricted(NoExternalUse.class)
interface ConfiguredClouds {

    /** Every configured cloud, in Jenkins' order. */
    List<Cloud> all();

    /** This plugin's clouds, in Jenkins' order. */
    default List<DynamicWorkerPoolsCloud> ours() {
        return all().stream().filter(DynamicWorkerPoolsCloud.class::isInstance)
                .map(DynamicWorkerPoolsCloud.class::cast).toList();
    }

    /** The clouds of the running Jenkins. */
    static ConfiguredClouds ofJenkins() {
        return () -> Jenkins.get().clouds;
    }
}
