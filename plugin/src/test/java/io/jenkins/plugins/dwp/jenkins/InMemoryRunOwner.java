package io.jenkins.plugins.dwp.jenkins;

import hudson.model.Queue;
import hudson.model.TaskListener;
import hudson.util.StreamTaskListener;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;

/**
 * The flow owner of a Pipeline run in a test: its build log is kept in memory, and the run has no
 * flow execution and nothing on disk. The plugin only asks it for its listener; the rest is what
 * workflow-api requires of every owner.
 */
final class InMemoryRunOwner extends FlowExecutionOwner {

    private static final long serialVersionUID = 1L;

    private final transient Queue.Executable run;
    private final transient OutputStream log;

    InMemoryRunOwner(Queue.Executable run, OutputStream log) {
        this.run = run;
        this.log = log;
    }

    @Override
    public FlowExecution get() throws IOException {
        throw new IOException("a test run has no flow execution");
    }

    @Override
    public File getRootDir() throws IOException {
        throw new IOException("a test run keeps nothing on disk");
    }

    @Override
    public Queue.Executable getExecutable() {
        return run;
    }

    @Override
    public String getUrl() {
        return "job/pipeline/1/";
    }

    @Override
    public TaskListener getListener() {
        return new StreamTaskListener(log);
    }

    /** The run stands for its execution: owners of the same run are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof InMemoryRunOwner other && other.run == run;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(run);
    }
}
