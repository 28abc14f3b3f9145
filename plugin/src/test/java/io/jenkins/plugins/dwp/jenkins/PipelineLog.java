package io.jenkins.plugins.dwp.jenkins;

import hudson.model.Label;
import hudson.model.Queue;
import hudson.model.queue.SubTask;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;

/**
 * The build log of one Pipeline run, kept in memory: what the plugin prints about the run's steps
 * reaches it through the run's flow owner, as in Jenkins.
 */
final class PipelineLog {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    /** The run itself, whose log this is. */
    final Queue.Executable run = new Run();

    /** What the log holds so far, with Unix line ends. */
    String text() {
        return bytes.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    /** A {@code node} block of the run waiting for {@code label} (none: any agent): a queue item, ready to run. */
    Queue.BuildableItem stepWaitingFor(Label label) {
        return new Queue.BuildableItem(new Queue.WaitingItem(Calendar.getInstance(), new NodeBlock(label, run), List.of()));
    }

    private final class Run implements FlowExecutionOwner.Executable {
        @Override
        public FlowExecutionOwner asFlowExecutionOwner() {
            return new InMemoryRunOwner(this, bytes);
        }

        @Override
        public SubTask getParent() {
            return null;
        }

        @Override
        public void run() {
        }
    }

    /** What the tasks of a Pipeline run say of themselves here; the test queue never starts them. */
    interface PipelineTask extends Queue.Task {
        @Override
        default String getFullDisplayName() {
            return getName();
        }

        @Override
        default String getDisplayName() {
            return getName();
        }

        @Override
        default String getUrl() {
            return "job/pipeline/1/";
        }

        @Override
        default Queue.Executable createExecutable() {
            throw new UnsupportedOperationException("the test queue never starts it");
        }
    }

    /** The run's own task, which runs on no executor of a worker's. */
    record RunTask() implements PipelineTask, Queue.FlyweightTask {
        @Override
        public String getName() {
            return "pipeline #1";
        }
    }

    /** The queue task of a Pipeline's {@code node} block: it belongs to the run that is already going. */
    record NodeBlock(Label label, Queue.Executable run) implements PipelineTask {
        @Override
        public Label getAssignedLabel() {
            return label;
        }

        @Override
        public Queue.Executable getOwnerExecutable() {
            return run;
        }

        @Override
        public String getName() {
            return "part of a Pipeline run";
        }
    }
}
