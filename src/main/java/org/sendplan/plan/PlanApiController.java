package org.sendplan.plan;

import java.util.List;

import org.sendplan.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The plans API of plan-format.md; same session, roles and tenant scope as the pages. */
@RestController
@RequestMapping("/api/plans")
class PlanApiController {

    private final PlanQueries plans;

    PlanApiController(PlanQueries plans) {
        this.plans = plans;
    }

    /** {@code partnership} is the partnership's name; {@code partnershipCode} is added for data teams. */
    record PlanListItem(long id, String partnership, String partnershipCode, String planYear, PlanStatus status) {
    }

    @GetMapping
    List<PlanListItem> listPlans(@AuthenticationPrincipal CurrentUser user) {
        return plans.findAllVisible(user.getId()).stream()
                .map(plan -> new PlanListItem(plan.id(), plan.partnershipName(), plan.partnershipCode(),
                        plan.planYear(), plan.status()))
                .toList();
    }
}
