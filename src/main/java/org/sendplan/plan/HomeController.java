package org.sendplan.plan;

import org.sendplan.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Home: a partnership user's plans, or the partnerships a Department user may see. */
@Controller
class HomeController {

    static final String HOME_VIEW = "plan/home";

    private final PlanQueries plans;

    HomeController(PlanQueries plans) {
        this.plans = plans;
    }

    @GetMapping("/")
    String showHome(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("partnershipUser", !user.isDepartmentUser());
        model.addAttribute("rows", plans.partnershipsWithPlans(user.getId()));
        return HOME_VIEW;
    }
}
