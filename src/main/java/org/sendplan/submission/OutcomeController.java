package org.sendplan.submission;

import org.sendplan.account.CurrentUser;
import org.sendplan.account.FormErrors;
import org.sendplan.account.DepartmentRole;
import org.sendplan.plan.PlanAccess;
import org.sendplan.plan.PlanStatus;
import org.sendplan.plan.PlanSummary;
import org.sendplan.signoff.SignOffStateException;
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
 * The outcome of a submitted plan: the Department records it; after it, the SRO starts a
 * revision (not approved) or next year's plan (approved).
 */
@Controller
class OutcomeController {

    static final String OUTCOME_VIEW = "submission/outcome";
    static final int MAX_REASONS_LENGTH = 5000;

    private final OutcomeService outcomes;
    private final PlanAccess access;
    private final MessageSource messages;

    OutcomeController(OutcomeService outcomes, PlanAccess access, MessageSource messages) {
        this.outcomes = outcomes;
        this.access = access;
        this.messages = messages;
    }

    record OutcomeForm(String outcome, String reasons) {
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("outcome", "reasons");
    }

    @GetMapping("/plans/{planId}/outcome")
    String showOutcome(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        page(planId, user, model);
        model.addAttribute("form", new OutcomeForm(null, null));
        new FormErrors(messages).addTo(model);
        return OUTCOME_VIEW;
    }

    @PostMapping("/plans/{planId}/outcome")
    String recordOutcome(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, OutcomeForm form,
            Model model, RedirectAttributes redirect) {
        PlanSummary plan = page(planId, user, model);
        if (user.getDepartmentRole() != DepartmentRole.ADMIN) {
            throw new org.springframework.security.access.AccessDeniedException("Administrators only");
        }
        FormErrors errors = new FormErrors(messages);
        Outcome outcome = parse(form.outcome());
        if (outcome == null) {
            errors.add("outcome", "outcome.error.outcomeMissing");
        }
        String reasons = form.reasons() == null ? "" : form.reasons().strip();
        if (reasons.isEmpty()) {
            errors.add("reasons", "outcome.error.reasonsMissing");
        }
        else if (reasons.length() > MAX_REASONS_LENGTH) {
            errors.add("reasons", "outcome.error.reasonsTooLong");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            errors.addTo(model);
            return OUTCOME_VIEW;
        }
        outcomes.record(plan.id(), user, outcome, reasons);
        redirect.addFlashAttribute("banner", "outcome.banner.recorded");
        return "redirect:/plans/" + planId + "/outcome";
    }

    @PostMapping("/plans/{planId}/revision")
    String startRevision(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        long revision = outcomes.startRevision(planId, user);
        redirect.addFlashAttribute("banner", "outcome.banner.revisionStarted");
        return "redirect:/plans/" + revision + "/outcome";
    }

    @PostMapping("/plans/{planId}/next-year")
    String startNextYear(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        long next = outcomes.startNextYear(planId, user);
        redirect.addFlashAttribute("banner", "outcome.banner.nextYearStarted");
        return "redirect:/plans/" + next + "/outcome";
    }

    /** A step that no longer fits the plan (someone acted first) comes back here with the reason. */
    @ExceptionHandler
    String stateChanged(SignOffStateException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("stateError", e.messageKey());
        return "redirect:/plans/" + e.planId() + "/outcome";
    }

    private PlanSummary page(long planId, CurrentUser user, Model model) {
        PlanSummary plan = access.readable(planId, user);
        model.addAttribute("plan", plan);
        model.addAttribute("outcome", outcomes.outcome(planId).orElse(null));
        model.addAttribute("lineage", outcomes.lineage(planId));
        model.addAttribute("sro", access.isSro(plan, user));
        model.addAttribute("admin", user.getDepartmentRole() == DepartmentRole.ADMIN);
        model.addAttribute("submitted", plan.status() == PlanStatus.SUBMITTED);
        model.addAttribute("nextYear", OutcomeService.nextYear(plan.planYear()));
        return plan;
    }

    private static Outcome parse(String value) {
        for (Outcome outcome : Outcome.values()) {
            if (outcome.name().equals(value)) {
                return outcome;
            }
        }
        return null;
    }
}
