package org.sendplan.plan;

/** The plan lifecycle of domain.md. */
public enum PlanStatus {
    DRAFT, IN_REVIEW, READY_FOR_SIGN_OFF, SIGNED, SUBMITTED, APPROVED, NOT_APPROVED;

    /**
     * Whether the plan's content may change: a draft, or a draft the Department is reviewing (the
     * partnership keeps working on it while the adviser reads it). The V3 freeze guard agrees.
     */
    public boolean isEditable() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
