// Stand-in for jenkinsci/workflow-api-plugin src/main/java/org/jenkinsci/plugins/workflow/flow/FlowExecution.java
// Written from it, not copied.
// Type only: FlowExecutionOwner.get() returns it. Left out: its supertypes FlowActionStorage and GraphLookupView and
// every member. Its abstract methods upstream (start, getOwner, getCurrentHeads, isCurrentHead, interrupt,
// addListener, getNode, getAuthentication, ...) need flow-graph, step and listener types that are not mirrored, so
// nothing may extend this class: a subclass compiling here would not compile against the real workflow-api
// (plugin/src/test/.../JenkinsSupertypesTest fails if one of the plugin's classes extends it).
package org.jenkinsci.plugins.workflow.flow;

/** The running state of one Pipeline run's flow, found through its {@link FlowExecutionOwner}. */
public abstract class FlowExecution {
}
