package io.jenkins.plugins.dwp.jenkins;

import hudson.Extension;
import hudson.model.Computer;
import hudson.model.TaskListener;
import hudson.slaves.ComputerListener;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Tells a worker's session that its agent connected, which ends its launcher's wait. */
@Extension
@Restricted(NoExternalUse.class)
public final class AgentOnline extends ComputerListener {

    @Override
    public void onOnline(Computer computer, TaskListener listener) {
        if (computer instanceof WorkerComputer worker) {
            worker.worker().flatMap(WorkerNode::session).ifPresent(WorkerSession::agentConnected);
        }
    }
}
