package org.sendplan.plan.document;

import org.sendplan.plan.PlanStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Only the content of a draft (or a draft in review) may change; once frozen it answers 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class PlanNotDraftException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long planId;
    private final PlanStatus status;

    public PlanNotDraftException(long planId, PlanStatus status) {
        super("Plan " + planId + " is " + status + ", so its content cannot change");
        this.planId = planId;
        this.status = status;
    }

    public long planId() {
        return planId;
    }

    public PlanStatus status() {
        return status;
    }
}
