package io.jenkins.plugins.dwp.jenkins;

import hudson.Extension;
import hudson.slaves.Cloud;
import hudson.slaves.NodeProvisioner;
import java.util.Collection;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Provisions workers the moment steps wait for them. Jenkins' standard strategy waits for its load
 * averages to rise, tens of seconds per step; a worker per step should be asked for at once. Only
 * our clouds are asked here; for other labels the remaining strategies decide.
 */
@Extension(ordinal = 100)
@Restricted(NoExternalUse.class)
public final class NoDelayProvisioning extends NodeProvisioner.Strategy {

    private final ConfiguredClouds clouds;

    /** Provisions from the running Jenkins' clouds. */
    public NoDelayProvisioning() {
        this(ConfiguredClouds.ofJenkins());
    }

    NoDelayProvisioning(ConfiguredClouds clouds) {
        this.clouds = clouds;
    }

    @Override
    public NodeProvisioner.StrategyDecision apply(NodeProvisioner.StrategyState state) {
        int excess = ProvisioningNeed.excess(state.getSnapshot(),
                state.getPlannedCapacitySnapshot() + state.getAdditionalPlannedCapacity());
        if (excess == 0) {
            return NodeProvisioner.StrategyDecision.PROVISIONING_COMPLETED;
        }
        Cloud.CloudState cloudState = new Cloud.CloudState(state.getLabel(), state.getAdditionalPlannedCapacity());
        for (DynamicWorkerPoolsCloud cloud : clouds.ours()) {
            if (cloud.canProvision(cloudState)) {
                Collection<NodeProvisioner.PlannedNode> planned = cloud.provision(cloudState, excess);
                state.recordPendingLaunches(planned);
                excess -= planned.stream().mapToInt(node -> node.numExecutors).sum();
                if (excess <= 0) {
                    return NodeProvisioner.StrategyDecision.PROVISIONING_COMPLETED;
                }
            }
        }
        return NodeProvisioner.StrategyDecision.CONSULT_REMAINING_STRATEGIES;
    }
}
