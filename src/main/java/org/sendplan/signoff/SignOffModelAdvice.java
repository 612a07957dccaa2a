package org.sendplan.signoff;

import java.util.List;

import org.sendplan.account.CurrentUser;
import org.sendplan.account.MembershipRole;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts "plans waiting for your sign-off" on the plan pages (the home page shows it), so a
 * signatory sees at once what needs their signature. Only signatories pay for the query.
 */
@ControllerAdvice(basePackages = "org.sendplan.plan")
class SignOffModelAdvice {

    private final SignOffService signOff;

    SignOffModelAdvice(SignOffService signOff) {
        this.signOff = signOff;
    }

    @ModelAttribute("waitingForSignOff")
    List<SignOffService.WaitingPlan> waitingForSignOff(@AuthenticationPrincipal CurrentUser user) {
        if (user == null || user.getMemberships().stream().noneMatch(m -> m.role() == MembershipRole.SIGNATORY)) {
            return null;
        }
        return signOff.waitingFor(user);
    }
}
