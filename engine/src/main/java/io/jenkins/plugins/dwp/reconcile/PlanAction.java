package io.jenkins.plugins.dwp.reconcile;

/** One thing reconciling would do, with its reason: a plan is a list of these. */
public sealed interface PlanAction permits PlanAction.DeletePod, PlanAction.FailLease {

    /** Words for people: what and why, one line, as {@code dwp plan} prints it. */
    String describe();

    /**
     * Delete a worker pod.
     *
     * @param worker the pod
     * @param reason the rule that reaps it
     * @param detail the numbers behind the rule, like "idle for 61 minutes, limit 60"
     */
    record DeletePod(ObservedWorker worker, ReapReason reason, String detail) implements PlanAction {
        @Override
        public String describe() {
            return "delete pod " + worker.podKey() + " (" + reason.displayName() + "): " + detail;
        }
    }

    /**
     * Fail a lease, telling its requester why.
     *
     * @param leaseId the lease
     * @param reason what a person reads in the build log
     */
    record FailLease(String leaseId, String reason) implements PlanAction {
        @Override
        public String describe() {
            return "fail lease " + leaseId + ": " + reason;
        }
    }
}
