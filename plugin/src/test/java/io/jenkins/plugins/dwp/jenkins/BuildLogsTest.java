package io.jenkins.plugins.dwp.jenkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Queue;
import hudson.model.queue.SubTask;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;
import org.junit.jupiter.api.Test;

class BuildLogsTest {

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    /** A Pipeline run: its log is reached through its flow owner. */
    private final class PipelineRun implements FlowExecutionOwner.Executable {
        @Override
        public FlowExecutionOwner asFlowExecutionOwner() {
            return new InMemoryRunOwner(this, log);
        }

        @Override
        public SubTask getParent() {
            return null;
        }

        @Override
        public void run() {
        }
    }

    /** A Pipeline {@code node} block's executable, whose parent is the run. */
    private record NodeBlock(Queue.Executable owner) implements Queue.Executable {
        @Override
        public SubTask getParent() {
            return null;
        }

        @Override
        public Queue.Executable getParentExecutable() {
            return owner;
        }

        @Override
        public void run() {
        }
    }

    @Test
    void aNodeBlocksLinesGoToItsRunsLog() {
        BuildLogs.print(new NodeBlock(new PipelineRun()), List.of("first", "second"));
        assertEquals("first\nsecond\n", log.toString(StandardCharsets.UTF_8).replace("\r", ""));
    }

    @Test
    void anExecutableOfNoPipelineHasNoLogHere() {
        assertTrue(BuildLogs.of(new NodeBlock(null)).isEmpty());
        assertTrue(BuildLogs.of(null).isEmpty());
    }
}
