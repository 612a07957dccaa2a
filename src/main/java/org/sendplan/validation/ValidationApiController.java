package org.sendplan.validation;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanQueries;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/plans/{id}/validation} of plan-format.md: whether the plan may go to sign-off,
 * and every finding. A plan outside the user's partnerships answers 404.
 */
@RestController
class ValidationApiController {

    private final PlanQueries plans;
    private final PlanValidator validator;

    ValidationApiController(PlanQueries plans, PlanValidator validator) {
        this.plans = plans;
        this.validator = validator;
    }

    @GetMapping(path = "/api/plans/{planId}/validation", produces = MediaType.APPLICATION_JSON_VALUE)
    ValidationResult showValidation(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user) {
        plans.getVisible(planId, user.getId());
        return validator.validate(planId);
    }
}
