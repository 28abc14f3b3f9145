package io.jenkins.plugins.dwp.jenkins;

import hudson.model.Descriptor.FormException;
import hudson.model.Slave;
import hudson.slaves.JNLPLauncher;
import hudson.slaves.SlaveComputer;
import java.io.IOException;
import java.io.UncheckedIOException;

/** An agent of another kind than ours, such as an administrator adds by hand. */
final class OtherAgent extends Slave {

    private static final long serialVersionUID = 1L;

    private OtherAgent(String name) throws FormException, IOException {
        super(name, "/home/agent", new JNLPLauncher());
    }

    /** The computer Jenkins would make for such an agent named {@code name}. */
    static SlaveComputer computer(String name) {
        AgentLogs.inBuildDirectory();
        try {
            return new SlaveComputer(new OtherAgent(name));
        } catch (FormException e) {
            throw new IllegalArgumentException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
