package org.sendplan.admin;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.util.Optional;

import org.sendplan.account.FormErrors;
import org.sendplan.account.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Plan years and their submission deadlines (Department admins only). */
@Controller
class PlanYearsController {

    static final String LIST_VIEW = "admin/plan-years";
    static final String DEADLINE_VIEW = "admin/deadline";
    static final String NEW_VIEW = "admin/plan-year-new";

    private final PlanYears planYears;
    private final PartnershipAdministration administration;
    private final MessageSource messages;

    PlanYearsController(PlanYears planYears, PartnershipAdministration administration, MessageSource messages) {
        this.planYears = planYears;
        this.administration = administration;
        this.messages = messages;
    }

    /** The deadline's three fields arrive as deadline-day, deadline-month and deadline-year. */
    @ModelAttribute("deadline")
    DateFields deadline(@RequestParam(name = "deadline-day", required = false) String day,
            @RequestParam(name = "deadline-month", required = false) String month,
            @RequestParam(name = "deadline-year", required = false) String year) {
        return new DateFields(day, month, year);
    }

    /** Runs before every handler of this controller. */
    @ModelAttribute
    void requireAdmin(@AuthenticationPrincipal CurrentUser user) {
        administration.requireAdmin(user);
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("code");
    }

    @GetMapping("/admin/plan-years")
    String showPlanYears(Model model) {
        model.addAttribute("planYears", planYears.all());
        return LIST_VIEW;
    }

    @GetMapping("/admin/plan-years/{code}")
    String showDeadline(@PathVariable String code, Model model) {
        PlanYears.PlanYear year = planYear(code);
        model.addAttribute("planYear", year);
        model.addAttribute("deadline", DateFields.of(year.submissionDeadline()));
        new FormErrors(messages).addTo(model);
        model.addAttribute("errorParts", null);
        return DEADLINE_VIEW;
    }

    @PostMapping("/admin/plan-years/{code}")
    String setDeadline(@PathVariable String code, @ModelAttribute("deadline") DateFields deadline,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        PlanYears.PlanYear year = planYear(code);
        Optional<DateFields.Problem> problem = deadline.problem();
        if (problem.isPresent()) {
            FormErrors errors = new FormErrors(messages);
            errors.add("deadline", problem.get().messageKey());
            errors.addTo(model);
            model.addAttribute("planYear", year);
            model.addAttribute("errorParts", problem.get().parts());
            return DEADLINE_VIEW;
        }
        planYears.setDeadline(code, deadline.toDate().orElseThrow(), user);
        redirect.addFlashAttribute("banner", "admin.banner.deadlineSet");
        redirect.addFlashAttribute("bannerArgument", code);
        return "redirect:/admin/plan-years";
    }

    record PlanYearForm(String code) {
    }

    @GetMapping("/admin/plan-years/new")
    String showNewPlanYear(Model model) {
        model.addAttribute("form", new PlanYearForm(planYears.next()));
        model.addAttribute("deadline", new DateFields("", "", ""));
        model.addAttribute("errorParts", null);
        new FormErrors(messages).addTo(model);
        return NEW_VIEW;
    }

    @PostMapping("/admin/plan-years/new")
    String addPlanYear(PlanYearForm form, @ModelAttribute("deadline") DateFields deadline,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        String code = form.code() == null ? "" : form.code().strip();
        FormErrors errors = new FormErrors(messages);
        if (code.isEmpty()) {
            errors.add("code", "admin.planYear.code.error.missing");
        }
        else if (!PlanYears.wellFormed(code)) {
            errors.add("code", "admin.planYear.code.error.format");
        }
        Optional<DateFields.Problem> problem = deadline.problem();
        problem.ifPresent(found -> errors.add("deadline", found.messageKey()));
        if (errors.isEmpty() && !planYears.add(code, deadline.toDate().orElseThrow(), user)) {
            errors.add("code", "admin.planYear.code.error.taken", code);
        }
        if (!errors.isEmpty()) {
            model.addAttribute("form", new PlanYearForm(code));
            model.addAttribute("errorParts", problem.map(DateFields.Problem::parts).orElse(null));
            errors.addTo(model);
            return NEW_VIEW;
        }
        redirect.addFlashAttribute("banner", "admin.banner.planYearAdded");
        redirect.addFlashAttribute("bannerArgument", code);
        return "redirect:/admin/plan-years";
    }

    private PlanYears.PlanYear planYear(String code) {
        return planYears.find(code).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }
}
