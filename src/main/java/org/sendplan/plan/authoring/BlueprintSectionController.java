package org.sendplan.plan.authoring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Blueprint;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
 * Annex A Q2, the three-year blueprint: where the partnership is now and where it will be for each
 * building block and enabler, and the success measures with baseline and target. The four building
 * blocks are always there; enablers and success measures are added and removed with buttons that
 * re-show the page without saving.
 */
@Controller
class BlueprintSectionController implements SectionPage {

    static final String VIEW = "plan/sections/q2-blueprint";
    static final PlanSection SECTION = PlanSection.Q2_BLUEPRINT;
    /** More rows than any plan needs; the add buttons stop here. */
    static final int MAX_ROWS = 30;

    private final SectionPageSupport pages;
    private final MessageSource messages;

    BlueprintSectionController(SectionPageSupport pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    @Override
    public Set<PlanSection> sections() {
        return Set.of(SECTION);
    }

    @InitBinder("blueprint")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("planId", "partnershipId", "id");
    }

    /** A row number beyond what binding will grow a list to comes only from a forged form. */
    @ExceptionHandler(InvalidPropertyException.class)
    void rowOutOfRange(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    @GetMapping("/plans/{planId}/sections/q2-blueprint")
    String showBlueprint(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanDocument document = pages.show(planId, SECTION, user, model);
        model.addAttribute("document", document);
        return view(model, BlueprintForm.from(document.blueprint()));
    }

    @PostMapping("/plans/{planId}/sections/q2-blueprint")
    String saveBlueprint(@PathVariable long planId, @ModelAttribute("blueprint") BlueprintForm form,
            @RequestParam long version, @RequestParam(required = false) String action,
            @RequestParam(required = false) String completed, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        PlanSummary plan = pages.editable(planId, user);
        boolean markCompleted = "yes".equals(completed);
        form.normalise();
        if (rowAction(form, action)) {
            pages.invalid(model, plan, SECTION, version, markCompleted, List.of());
            return view(model, form);
        }
        List<FormError> errors = errors(form);
        if (!errors.isEmpty()) {
            pages.invalid(model, plan, SECTION, version, markCompleted, errors);
            return view(model, form);
        }
        Blueprint blueprint = form.toBlueprint();
        String next = pages.save(plan, user, SECTION, version, action, markCompleted,
                doc -> doc.withBlueprint(blueprint), model, redirect);
        if (next != null) {
            return next;
        }
        // Re-shown as saved (rows left empty are gone) so problem links match the stored rows.
        return view(model, model.getAttribute("conflict") != null ? form : BlueprintForm.from(blueprint));
    }

    /** Applies an add or remove button; false when the action is a save. */
    private static boolean rowAction(BlueprintForm form, String action) {
        if ("add-enabler".equals(action)) {
            if (form.getEnablerCount() < MAX_ROWS) {
                form.addEnabler();
            }
            return true;
        }
        if ("add-measure".equals(action)) {
            if (form.getSuccessMeasures().size() < MAX_ROWS) {
                form.addMeasure();
            }
            return true;
        }
        Integer enabler = RowActions.index(action, "remove-enabler-");
        if (enabler != null) {
            form.removeEnabler(enabler);
            return true;
        }
        Integer measure = RowActions.index(action, "remove-measure-");
        if (measure != null) {
            form.removeMeasure(measure);
            return true;
        }
        return false;
    }

    /** Only what cannot be stored; missing answers are the completion rule's business. */
    private List<FormError> errors(BlueprintForm form) {
        List<FormError> errors = new ArrayList<>();
        List<BlueprintForm.Row> rows = form.getRows();
        for (int i = 0; i < rows.size(); i++) {
            BlueprintForm.Row row = rows.get(i);
            String rowLabel = row.getBuildingBlock() != null
                    ? message("tables.buildingBlock." + row.getBuildingBlock().name())
                    : message("blueprint.enabler.legend", i - form.getFirstEnabler() + 1);
            String id = "blueprint-rows-" + i;
            if (SectionText.tooLong(row.getName(), SectionText.MAX_NAME_CHARACTERS)) {
                errors.add(tooLong(id + "-name", "tables.error.field.name", rowLabel,
                        SectionText.MAX_NAME_CHARACTERS));
            }
            if (SectionText.tooLong(row.getWhereWeAre(), SectionText.MAX_CHARACTERS)) {
                errors.add(tooLong(id + "-whereWeAre", "tables.error.field.whereWeAre", rowLabel,
                        SectionText.MAX_CHARACTERS));
            }
            if (SectionText.tooLong(row.getWhereWeWillBe(), SectionText.MAX_CHARACTERS)) {
                errors.add(tooLong(id + "-whereWeWillBe", "tables.error.field.whereWeWillBe", rowLabel,
                        SectionText.MAX_CHARACTERS));
            }
        }
        List<BlueprintForm.Measure> measures = form.getSuccessMeasures();
        for (int i = 0; i < measures.size(); i++) {
            BlueprintForm.Measure measure = measures.get(i);
            String rowLabel = message("blueprint.measure.legend", i + 1);
            String id = "blueprint-successMeasures-" + i;
            if (SectionText.tooLong(measure.getMeasure(), SectionText.MAX_CHARACTERS)) {
                errors.add(tooLong(id + "-measure", "tables.error.field.measure", rowLabel,
                        SectionText.MAX_CHARACTERS));
            }
            if (SectionText.tooLong(measure.getBaseline(), SectionText.MAX_CHARACTERS)) {
                errors.add(tooLong(id + "-baseline", "tables.error.field.baseline", rowLabel,
                        SectionText.MAX_CHARACTERS));
            }
            if (SectionText.tooLong(measure.getTarget(), SectionText.MAX_CHARACTERS)) {
                errors.add(tooLong(id + "-target", "tables.error.field.target", rowLabel,
                        SectionText.MAX_CHARACTERS));
            }
        }
        return errors;
    }

    private FormError tooLong(String fieldId, String fieldLabelKey, String rowLabel, int limit) {
        return new FormError(fieldId, message("tables.error.tooLong", message(fieldLabelKey), rowLabel,
                String.format(Locale.UK, "%,d", limit)));
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private String view(Model model, BlueprintForm form) {
        model.addAttribute("blueprint", form);
        model.addAttribute("maxRows", MAX_ROWS);
        RowActions.addFieldMessages(model);
        return VIEW;
    }
}
