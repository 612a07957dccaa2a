package org.sendplan.plan.authoring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;

import jakarta.servlet.http.HttpServletResponse;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanLinks;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.SectionStatus;
import org.sendplan.plan.document.BuildingBlock;
import org.sendplan.plan.document.Discipline;
import org.sendplan.plan.document.EahClass;
import org.sendplan.plan.document.FundingSource;
import org.sendplan.plan.document.FundingSummary;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Funding;
import org.sendplan.plan.document.PlanDocument.Workstream;
import org.sendplan.plan.document.SpendCategory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Annex A Q6, the first-year delivery plan, as two pages sharing one section version: the
 * workstreams (page 1, no completion question) and the spending with the Experts at Hand allocation
 * (page 2, which asks whether the section is complete). Saving page 1 keeps a completed section
 * completed while it still passes its checks, so moving through the pages does not undo the answer.
 */
@Controller
class DeliverySectionController implements SectionPage {

    static final PlanSection SECTION = PlanSection.Q6_DELIVERY;
    static final String DELIVERY_VIEW = "plan/sections/q6-delivery";
    static final String SPEND_VIEW = "plan/sections/q6-delivery-spend";
    static final String DELIVERY_PATH = "/plans/{planId}/sections/q6-delivery";
    static final String SPEND_PATH = "/plans/{planId}/sections/q6-delivery/spend";

    private static final String ADD_WORKSTREAM = "add-workstream";
    private static final String REMOVE_WORKSTREAM = "remove-workstream-";
    private static final String ADD_SPEND_LINE = "add-spend-line";
    private static final String REMOVE_SPEND_LINE = "remove-spend-line-";
    private static final String ADD_BASELINE = "add-baseline";
    private static final String REMOVE_BASELINE = "remove-baseline-";
    private static final String UPDATE_TOTALS = "update-totals";

    private final SectionPageSupport pages;
    private final SectionEditor editor;
    private final MessageSourceAccessor messages;

    DeliverySectionController(SectionPageSupport pages, SectionEditor editor, MessageSource messageSource) {
        this.pages = pages;
        this.editor = editor;
        this.messages = new MessageSourceAccessor(messageSource, Locale.UK);
    }

    @Override
    public Set<PlanSection> sections() {
        return Set.of(SECTION);
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("planId", "partnershipId", "id");
    }

    /** A row index far beyond any page's rows is a forged request, not a typing slip. */
    @ExceptionHandler(InvalidPropertyException.class)
    void malformedRows(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    // Page 1: workstreams

    @GetMapping(DELIVERY_PATH)
    String showDelivery(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanDocument document = pages.show(planId, SECTION, user, model);
        model.addAttribute("document", document);
        return deliveryView(model, planId, DeliveryForm.from(document.deliveryPlan()));
    }

    @PostMapping(DELIVERY_PATH)
    String saveDelivery(@PathVariable long planId, @RequestParam long version,
            @RequestParam(required = false) String action, @ModelAttribute("form") DeliveryForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        PlanSummary plan = pages.editable(planId, user);
        boolean keepCompleted = editor.state(planId, SECTION).status() == SectionStatus.COMPLETED;
        String rowAction = action == null ? "" : action;
        if (rowAction.equals(ADD_WORKSTREAM) || rowAction.startsWith(REMOVE_WORKSTREAM)) {
            List<FormError> errors = new ArrayList<>();
            if (rowAction.equals(ADD_WORKSTREAM) && !form.addRow()) {
                errors.add(new FormError("deliveryPlan",
                        messages.getMessage("delivery.error.tooManyWorkstreams", new Object[] { DeliveryForm.MAX_WORKSTREAMS })));
            }
            rowIndex(rowAction, REMOVE_WORKSTREAM, form::removeRow);
            pages.invalid(model, plan, SECTION, version, keepCompleted, errors);
            return deliveryView(model, planId, form);
        }
        form.dropBlankRows();
        List<FormError> errors = new ArrayList<>();
        List<Workstream> workstreams = form.toWorkstreams(new DeliveryInputs(messages, errors));
        if (!errors.isEmpty()) {
            pages.invalid(model, plan, SECTION, version, keepCompleted, errors);
            return deliveryView(model, planId, form);
        }
        String next = pages.save(plan, user, SECTION, version, action, keepCompleted,
                doc -> doc.withDeliveryPlan(workstreams), model, redirect);
        if (next != null) {
            return "continue".equals(action) ? "redirect:" + spendUrl(planId) : next;
        }
        return deliveryView(model, planId, form);
    }

    // Page 2: spending and the Experts at Hand allocation

    @GetMapping(SPEND_PATH)
    String showSpend(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanDocument document = pages.show(planId, SECTION, user, model);
        model.addAttribute("document", document);
        return spendView(model, planId, SpendForm.from(document.funding()), document.funding());
    }

    @PostMapping(SPEND_PATH)
    String saveSpend(@PathVariable long planId, @RequestParam long version,
            @RequestParam(required = false) String action, @RequestParam(required = false) String completed,
            @ModelAttribute("form") SpendForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        PlanSummary plan = pages.editable(planId, user);
        boolean markCompleted = "yes".equals(completed);
        String rowAction = action == null ? "" : action;
        List<FormError> errors = new ArrayList<>();
        if (isSpendRowAction(rowAction)) {
            if (rowAction.equals(ADD_SPEND_LINE) && !form.addSpendLine()) {
                errors.add(new FormError("funding-spend",
                        messages.getMessage("delivery.error.tooManySpendLines", new Object[] { SpendForm.MAX_SPEND_LINES })));
            }
            if (rowAction.equals(ADD_BASELINE) && !form.addBaselineRow()) {
                errors.add(new FormError("funding-baselineServiceSpend",
                        messages.getMessage("delivery.error.tooManyBaselineRows", new Object[] { SpendForm.MAX_BASELINE_ROWS })));
            }
            rowIndex(rowAction, REMOVE_SPEND_LINE, form::removeSpendLine);
            rowIndex(rowAction, REMOVE_BASELINE, form::removeBaselineRow);
            // Totals of what is typed; mistakes in amounts are reported when the user saves.
            Funding typed = form.toFunding(new DeliveryInputs(messages, new ArrayList<>()));
            pages.invalid(model, plan, SECTION, version, markCompleted, errors);
            return spendView(model, planId, form, typed);
        }
        form.dropBlankRows();
        Funding funding = form.toFunding(new DeliveryInputs(messages, errors));
        if (!errors.isEmpty() || rowAction.equals(UPDATE_TOTALS)) {
            pages.invalid(model, plan, SECTION, version, markCompleted, errors);
            return spendView(model, planId, form, funding);
        }
        String next = pages.save(plan, user, SECTION, version, action, markCompleted,
                doc -> doc.withFunding(funding), model, redirect);
        if (next != null) {
            return "save".equals(action) ? "redirect:" + spendUrl(planId) : next;
        }
        return spendView(model, planId, form, funding);
    }

    private static boolean isSpendRowAction(String action) {
        return action.equals(ADD_SPEND_LINE) || action.startsWith(REMOVE_SPEND_LINE) || action.equals(ADD_BASELINE)
                || action.startsWith(REMOVE_BASELINE);
    }

    /** Runs {@code remove} with the row index of an action such as {@code remove-spend-line-3}, if it is one. */
    private static void rowIndex(String action, String prefix, IntConsumer remove) {
        Integer index = RowActions.index(action, prefix);
        if (index != null) {
            remove.accept(index);
        }
    }

    private String deliveryView(Model model, long planId, DeliveryForm form) {
        model.addAttribute("form", form.withAtLeastOneRow());
        model.addAttribute("buildingBlocks", BuildingBlock.values());
        model.addAttribute("maxWorkstreams", DeliveryForm.MAX_WORKSTREAMS);
        common(model, planId, deliveryUrl(planId));
        return DELIVERY_VIEW;
    }

    private String spendView(Model model, long planId, SpendForm form, Funding typed) {
        model.addAttribute("form", form.withAtLeastOneRow());
        model.addAttribute("totals", SpendTotals.of(typed));
        model.addAttribute("fundingSummary", FundingSummary.of(typed));
        model.addAttribute("categories", SpendCategory.values());
        model.addAttribute("fundingSources", FundingSource.values());
        model.addAttribute("eahClasses", EahClass.values());
        model.addAttribute("disciplines", Discipline.values());
        model.addAttribute("maxSpendLines", SpendForm.MAX_SPEND_LINES);
        model.addAttribute("maxBaselineRows", SpendForm.MAX_BASELINE_ROWS);
        common(model, planId, spendUrl(planId));
        return SPEND_VIEW;
    }

    /** A reason the section is not complete, linking to the field on whichever page has it. */
    record Problem(String href, String message) {
    }

    /**
     * The section's completion problems concern both pages, and the shared error summary can only
     * link within the page; this page lists them itself, each linking to the page that has its field.
     */
    @SuppressWarnings("unchecked")
    private void common(Model model, long planId, String thisPage) {
        List<FormError> completion = (List<FormError>) model.getAttribute("completionProblems");
        List<Problem> problems = new ArrayList<>();
        if (completion != null) {
            for (FormError error : completion) {
                String page = error.fieldId().startsWith("funding") ? spendUrl(planId) : deliveryUrl(planId);
                problems.add(new Problem((page.equals(thisPage) ? "" : page) + "#" + error.fieldId(), error.message()));
            }
        }
        model.addAttribute("sectionProblems", problems);
        model.addAttribute("completionProblems", List.of());
        model.addAttribute("deliveryUrl", deliveryUrl(planId));
        model.addAttribute("spendUrl", spendUrl(planId));
    }

    static String deliveryUrl(long planId) {
        return PlanLinks.section(planId, SECTION);
    }

    static String spendUrl(long planId) {
        return PlanLinks.section(planId, SECTION) + "/spend";
    }
}
