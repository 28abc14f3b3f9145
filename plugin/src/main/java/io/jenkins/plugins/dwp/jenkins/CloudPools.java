package io.jenkins.plugins.dwp.jenkins;

import hudson.slaves.Cloud;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The pools of one cloud, as the administrative monitor reads them.
 *
 * @param cloud the cloud's name
 * @param status what is in force and what the cloud's newest pools text says
 */
@Restricted(NoExternalUse.class)
public record CloudPools(String cloud, PoolsConfiguration.Snapshot status) {

    /**
     * The pools of every Dynamic Worker Pools cloud among {@code clouds}, in their order, each brought up
     * to date first (cheap when neither its text nor the day changed).
     */
    public static List<CloudPools> of(Iterable<? extends Cloud> clouds) {
        List<CloudPools> all = new ArrayList<>();
        for (Cloud cloud : clouds) {
            if (cloud instanceof DynamicWorkerPoolsCloud dynamic) {
                all.add(new CloudPools(dynamic.name, dynamic.poolsStatus()));
            }
        }
        return all;
    }
}
