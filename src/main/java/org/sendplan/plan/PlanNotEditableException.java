package org.sendplan.plan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The plan is frozen for sign-off, signed or submitted, so its content cannot change. */
@ResponseStatus(HttpStatus.CONFLICT)
public class PlanNotEditableException extends RuntimeException {

    private final transient PlanSummary plan;

    public PlanNotEditableException(PlanSummary plan) {
        super("Plan " + plan.id() + " is " + plan.status() + ", not a draft or in review");
        this.plan = plan;
    }

    public PlanSummary plan() {
        return plan;
    }
}
