package org.sendplan.plan;

/** A row of the home page: a partnership and one of its plans (plan fields null when it has none). */
public record PartnershipPlanRow(long partnershipId, String partnershipName, String laName, String icbName,
        Long planId, String planYear, PlanStatus status, Integer revision) {
}
