package org.sendplan.plan;

/**
 * A plan as lists and headings show it, with its partnership. {@code revision} counts the plans
 * of the same year: 1 for the first, 2 for the revision of one that was not approved, and so on.
 */
public record PlanSummary(long id, long partnershipId, String partnershipName, String partnershipCode,
        String laName, String icbName, String planYear, PlanStatus status, int revision) {
}
