package org.sendplan.plan;

/** A plan as lists and headings show it, with its partnership. */
public record PlanSummary(long id, long partnershipId, String partnershipName, String partnershipCode,
        String laName, String icbName, String planYear, PlanStatus status) {
}
