package org.sendplan.plan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The plan does not exist or is outside the user's partnerships: both answer 404 alike. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PlanNotFoundException extends RuntimeException {

    public PlanNotFoundException(long planId) {
        super("No plan " + planId + " visible to this user");
    }
}
