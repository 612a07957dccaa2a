package org.sendplan.signoff;

import jakarta.servlet.http.HttpServletRequest;

import org.sendplan.account.CurrentUser;
import org.sendplan.account.FormErrors;
import org.sendplan.account.PasswordConfirmation;
import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.PlanAccess;
import org.sendplan.plan.PlanStatus;
import org.sendplan.plan.PlanSummary;
import org.sendplan.validation.PlanValidator;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sign-off pages: where a plan is in sign-off and what the user can do next; sending for
 * sign-off and withdrawing (SRO); signing with a declaration and the password again, or
 * declining with a reason (signatories); and the signatory's list of plans waiting for them.
 */
@Controller
class SignOffController {

    static final String STATUS_VIEW = "signoff/sign-off";
    static final String SIGN_VIEW = "signoff/sign";
    static final String DECLINE_VIEW = "signoff/decline";
    static final String WAITING_VIEW = "signoff/waiting";
    static final int MAX_REASON_LENGTH = 2000;

    private final SignOffService signOff;
    private final PlanAccess access;
    private final PlanValidator validator;
    private final PasswordConfirmation passwords;
    private final MessageSource messages;

    SignOffController(SignOffService signOff, PlanAccess access, PlanValidator validator,
            PasswordConfirmation passwords, MessageSource messages) {
        this.signOff = signOff;
        this.access = access;
        this.validator = validator;
        this.passwords = passwords;
        this.messages = messages;
    }

    /** {@code declaration} is "true" when the box is ticked; an unticked box sends nothing. */
    record SignForm(String declaration, String password) {

        public boolean declared() {
            return "true".equals(declaration);
        }
    }

    record DeclineForm(String reason) {
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("declaration", "password", "reason");
    }

    @GetMapping("/sign-off")
    String showWaiting(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("waiting", signOff.waitingFor(user));
        return WAITING_VIEW;
    }

    @GetMapping("/plans/{planId}/sign-off")
    String showSignOff(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanSummary plan = access.readable(planId, user);
        SignOffState state = signOff.state(planId);
        boolean sro = access.isSro(plan, user);
        model.addAttribute("plan", plan);
        model.addAttribute("state", state);
        model.addAttribute("sro", sro);
        model.addAttribute("signatoryRole", signOff.signatoryRole(plan, user).orElse(null));
        model.addAttribute("myDecision", state.standingDecisionOf(user.getId()).orElse(null));
        if (state.status() == PlanStatus.DRAFT && sro) {
            model.addAttribute("blockingCount", validator.validate(planId).blocking().size());
        }
        return STATUS_VIEW;
    }

    @PostMapping("/plans/{planId}/sign-off/request")
    String requestSignOff(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        try {
            signOff.requestSignOff(planId, user);
        }
        catch (NotReadyForSignOffException e) {
            redirect.addFlashAttribute("notReady", e.blocking().size());
            return redirectToStatus(planId);
        }
        redirect.addFlashAttribute("banner", "signoff.banner.sent");
        return redirectToStatus(planId);
    }

    @PostMapping("/plans/{planId}/sign-off/withdraw")
    String withdraw(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        signOff.withdraw(planId, user);
        redirect.addFlashAttribute("banner", "signoff.banner.withdrawn");
        return redirectToStatus(planId);
    }

    @GetMapping("/plans/{planId}/sign-off/sign")
    String showSign(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        signPage(planId, user, model);
        model.addAttribute("form", new SignForm(null, null));
        new FormErrors(messages).addTo(model);
        return SIGN_VIEW;
    }

    @PostMapping("/plans/{planId}/sign-off/sign")
    String sign(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, SignForm form,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        signPage(planId, user, model);
        FormErrors errors = new FormErrors(messages);
        if (!form.declared()) {
            errors.add("declaration", "signoff.sign.error.declaration");
        }
        if (form.password() == null || form.password().isEmpty()) {
            errors.add("password", "signoff.sign.error.passwordMissing");
        }
        else {
            switch (passwords.confirm(user.getId(), form.password())) {
            case CONFIRMED -> {
            }
            case WRONG_PASSWORD -> errors.add("password", "signoff.sign.error.passwordWrong");
            case LOCKED -> errors.add("password", "signoff.sign.error.locked");
            }
        }
        if (!errors.isEmpty()) {
            // The password is never sent back to the browser; the declaration answer is.
            model.addAttribute("form", new SignForm(form.declared() ? "true" : null, null));
            errors.addTo(model);
            return SIGN_VIEW;
        }
        signOff.sign(planId, user, request.getRemoteAddr());
        redirect.addFlashAttribute("banner", "signoff.banner.signed");
        return redirectToStatus(planId);
    }

    @GetMapping("/plans/{planId}/sign-off/decline")
    String showDecline(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        signPage(planId, user, model);
        model.addAttribute("form", new DeclineForm(null));
        new FormErrors(messages).addTo(model);
        return DECLINE_VIEW;
    }

    @PostMapping("/plans/{planId}/sign-off/decline")
    String decline(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, DeclineForm form,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        signPage(planId, user, model);
        String reason = form.reason() == null ? "" : form.reason().strip();
        FormErrors errors = new FormErrors(messages);
        if (reason.isEmpty()) {
            errors.add("reason", "signoff.decline.error.missing");
        }
        else if (reason.length() > MAX_REASON_LENGTH) {
            errors.add("reason", "signoff.decline.error.tooLong");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            errors.addTo(model);
            return DECLINE_VIEW;
        }
        signOff.decline(planId, user, reason, request.getRemoteAddr());
        redirect.addFlashAttribute("banner", "signoff.banner.declined");
        return redirectToStatus(planId);
    }

    /** A step that no longer fits the plan's state (someone else acted first) goes back to the status page. */
    @ExceptionHandler
    String stateChanged(SignOffStateException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("stateError", e.messageKey());
        return redirectToStatus(e.planId());
    }

    /** What the signing and declining pages show: 404 outside scope, 403 for anyone who is not a signatory. */
    private void signPage(long planId, CurrentUser user, Model model) {
        PlanSummary plan = access.readable(planId, user);
        SignatoryRole role = signOff.signatoryRole(plan, user).orElseThrow(
                () -> new org.springframework.security.access.AccessDeniedException("Not a signatory of this plan"));
        SignOffState state = signOff.state(planId);
        if (!state.frozen()) {
            throw new SignOffStateException(planId, "signoff.error.notInSignOff", "Plan " + planId + " is " + state.status());
        }
        if (state.standingDecisionOf(user.getId()).isPresent()) {
            throw new SignOffStateException(planId, "signoff.error.alreadyDecided", "Already decided");
        }
        model.addAttribute("plan", plan);
        model.addAttribute("state", state);
        model.addAttribute("signatoryRole", role);
    }

    private static String redirectToStatus(long planId) {
        return "redirect:/plans/" + planId + "/sign-off";
    }
}
