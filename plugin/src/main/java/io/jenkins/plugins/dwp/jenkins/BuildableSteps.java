package io.jenkins.plugins.dwp.jenkins;

import hudson.Extension;
import hudson.model.Label;
import hudson.model.Queue;
import hudson.model.queue.QueueListener;
import hudson.slaves.Cloud;
import java.util.List;
import java.util.Optional;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Acts the moment a step can run: asks for a provisioning review at once, rather than at Jenkins'
 * next periodic one, when one of our clouds serves its label; and fails it at once, naming the
 * replacement image, when only a pool that cannot run steps (pinned to a decommissioned image)
 * serves it and no agent has its label.
 */
@Extension
@Restricted(NoExternalUse.class)
public final class BuildableSteps extends QueueListener {

    @Override
    public void onEnterBuildable(Queue.BuildableItem item) {
        Label label = item.getAssignedLabel();
        if (label == null) {
            return;
        }
        List<DynamicWorkerPoolsCloud> clouds = Jenkins.get().clouds.stream()
                .filter(DynamicWorkerPoolsCloud.class::isInstance).map(DynamicWorkerPoolsCloud.class::cast).toList();
        Cloud.CloudState state = new Cloud.CloudState(label, 0);
        if (clouds.stream().anyMatch(cloud -> cloud.canProvision(state))) {
            label.nodeProvisioner.suggestReviewNow();
            return;
        }
        Optional<String> refusal = clouds.stream().map(cloud -> cloud.refusal(label)).flatMap(Optional::stream).findFirst();
        if (refusal.isPresent() && label.getNodes().isEmpty()) {
            StepFailures.fail(item, refusal.get());
        }
    }
}
