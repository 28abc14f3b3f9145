package io.jenkins.plugins.dwp.jenkins;

import hudson.Extension;
import hudson.model.Label;
import hudson.model.Queue;
import hudson.model.queue.QueueListener;
import hudson.slaves.Cloud;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
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

    private final ConfiguredClouds clouds;
    private final Predicate<Label> hasAgents;
    private final Consumer<Label> reviewNow;
    private final StepFailures failures;

    /** Acts in the running Jenkins. */
    public BuildableSteps() {
        this(ConfiguredClouds.ofJenkins(), label -> !label.getNodes().isEmpty(),
                label -> label.nodeProvisioner.suggestReviewNow(), StepFailures.inJenkins());
    }

    /**
     * @param clouds the configured clouds
     * @param hasAgents whether some agent has a label
     * @param reviewNow asks the provisioner of a label for a review now
     * @param failures fails steps in the queue
     */
    BuildableSteps(ConfiguredClouds clouds, Predicate<Label> hasAgents, Consumer<Label> reviewNow,
            StepFailures failures) {
        this.clouds = clouds;
        this.hasAgents = hasAgents;
        this.reviewNow = reviewNow;
        this.failures = failures;
    }

    @Override
    public void onEnterBuildable(Queue.BuildableItem item) {
        Label label = item.getAssignedLabel();
        if (label == null) {
            return;
        }
        List<DynamicWorkerPoolsCloud> ours = clouds.ours();
        Cloud.CloudState state = new Cloud.CloudState(label, 0);
        if (ours.stream().anyMatch(cloud -> cloud.canProvision(state))) {
            reviewNow.accept(label);
            return;
        }
        Optional<String> refusal = ours.stream().map(cloud -> cloud.refusal(label)).flatMap(Optional::stream).findFirst();
        if (refusal.isPresent() && !hasAgents.test(label)) {
            failures.fail(item, refusal.get());
        }
    }
}
