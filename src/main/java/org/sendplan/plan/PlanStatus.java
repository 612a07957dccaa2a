package org.sendplan.plan;

/** The plan lifecycle of domain.md. */
public enum PlanStatus {
    DRAFT, IN_REVIEW, READY_FOR_SIGN_OFF, SIGNED, SUBMITTED, APPROVED, NOT_APPROVED
}
