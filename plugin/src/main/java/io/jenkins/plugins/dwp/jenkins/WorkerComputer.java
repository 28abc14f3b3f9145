package io.jenkins.plugins.dwp.jenkins;

import hudson.slaves.AbstractCloudComputer;

/** The computer of a {@link WorkerNode}: what Jenkins shows and runs the worker's executor on. */
public class WorkerComputer extends AbstractCloudComputer<WorkerNode> {

    public WorkerComputer(WorkerNode node) {
        super(node);
    }
}
