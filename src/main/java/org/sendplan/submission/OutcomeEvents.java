package org.sendplan.submission;

/** What happens after submission, as past-tense events: audit and e-mail listen to them. */
public final class OutcomeEvents {

    private OutcomeEvents() {
    }

    /** The Department recorded its decision on a submitted plan. */
    public record PlanOutcomeRecorded(long planId, long partnershipId, long actorUserId, String actorEmail,
            Outcome outcome, String reasons) {
    }

    /**
     * A new draft was started from a plan's content: a revision of the same year after it was not
     * approved, or next year's plan after it was approved.
     */
    public record PlanCopied(long fromPlanId, long newPlanId, long partnershipId, long actorUserId, String actorEmail,
            String planYear, int revision, CopyKind kind) {
    }

    public enum CopyKind {
        /** The same year again, after the plan was not approved. */
        REVISION,
        /** The following year, after the plan was approved. */
        NEXT_YEAR
    }
}
