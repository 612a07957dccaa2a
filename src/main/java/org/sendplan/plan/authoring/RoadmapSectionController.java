package org.sendplan.plan.authoring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.RoadmapRow;
import org.sendplan.plan.document.RowKind;
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
 * Annex A Q5, the three-year roadmap: for each building block, enabler, success measure and leading
 * indicator, what happens in 2026/27, 2027/28 and 2028/29. A new roadmap starts with a row for each
 * building block; the other rows are added and removed with buttons that re-show the page without saving.
 */
@Controller
class RoadmapSectionController implements SectionPage {

    static final String VIEW = "plan/sections/q5-roadmap";
    static final PlanSection SECTION = PlanSection.Q5_ROADMAP;
    /** More rows of one kind than any plan needs; the add buttons stop here. */
    static final int MAX_ROWS = 30;

    /** Add buttons by their action value. */
    private static final Map<String, RowKind> ADD_ACTIONS = Map.of("add-enabler", RowKind.ENABLER,
            "add-success-measure", RowKind.SUCCESS_MEASURE, "add-leading-indicator", RowKind.LEADING_INDICATOR);
    private static final String REMOVE_ACTION = "remove-row-";

    private final SectionPageSupport pages;
    private final MessageSource messages;

    RoadmapSectionController(SectionPageSupport pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    @Override
    public Set<PlanSection> sections() {
        return Set.of(SECTION);
    }

    @InitBinder("roadmap")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("planId", "partnershipId", "id");
    }

    /** A row number beyond what binding will grow a list to comes only from a forged form. */
    @ExceptionHandler(InvalidPropertyException.class)
    void rowOutOfRange(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    @GetMapping("/plans/{planId}/sections/q5-roadmap")
    String showRoadmap(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanDocument document = pages.show(planId, SECTION, user, model);
        model.addAttribute("document", document);
        return view(model, RoadmapForm.from(document.roadmap()));
    }

    @PostMapping("/plans/{planId}/sections/q5-roadmap")
    String saveRoadmap(@PathVariable long planId, @ModelAttribute("roadmap") RoadmapForm form,
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
        List<RoadmapRow> roadmap = form.toRoadmap();
        String next = pages.save(plan, user, SECTION, version, action, markCompleted,
                doc -> doc.withRoadmap(roadmap), model, redirect);
        if (next != null) {
            return next;
        }
        // Re-shown as saved (rows left empty are gone) so problem links match the stored rows.
        return view(model, model.getAttribute("conflict") != null ? form : RoadmapForm.from(roadmap));
    }

    /** Applies an add or remove button; false when the action is a save. */
    private static boolean rowAction(RoadmapForm form, String action) {
        RowKind kind = action == null ? null : ADD_ACTIONS.get(action);
        if (kind != null) {
            if (count(form, kind) < MAX_ROWS) {
                form.add(kind);
            }
            return true;
        }
        Integer index = RowActions.index(action, REMOVE_ACTION);
        if (index != null) {
            form.remove(index);
            return true;
        }
        return false;
    }

    private static long count(RoadmapForm form, RowKind kind) {
        return form.getRows().stream().filter(row -> row.kindValue() == kind).count();
    }

    /** Only what cannot be stored; missing answers are the completion rules' business. */
    private List<FormError> errors(RoadmapForm form) {
        List<FormError> errors = new ArrayList<>();
        for (RoadmapForm.Group group : form.getGroups()) {
            for (RoadmapForm.Entry entry : group.entries()) {
                RoadmapForm.Row row = entry.row();
                String rowLabel = group.kind() == RowKind.BUILDING_BLOCK
                        ? message("tables.buildingBlock." + row.getBuildingBlock())
                        : message("roadmap.kind." + group.kind().name() + ".legend", entry.number());
                String id = "roadmap-" + entry.index();
                if (SectionText.tooLong(row.getName(), SectionText.MAX_NAME_CHARACTERS)) {
                    errors.add(tooLong(id + "-name", "tables.error.field.name", rowLabel,
                            SectionText.MAX_NAME_CHARACTERS));
                }
                yearTooLong(errors, id + "-y2026_27", "tables.error.field.y2026_27", rowLabel, row.getY2026_27());
                yearTooLong(errors, id + "-y2027_28", "tables.error.field.y2027_28", rowLabel, row.getY2027_28());
                yearTooLong(errors, id + "-y2028_29", "tables.error.field.y2028_29", rowLabel, row.getY2028_29());
            }
        }
        return errors;
    }

    private void yearTooLong(List<FormError> errors, String fieldId, String yearKey, String rowLabel, String text) {
        if (SectionText.tooLong(text, SectionText.MAX_CHARACTERS)) {
            errors.add(tooLong(fieldId, yearKey, rowLabel, SectionText.MAX_CHARACTERS));
        }
    }

    private FormError tooLong(String fieldId, String fieldLabelKey, String rowLabel, int limit) {
        return new FormError(fieldId, message("tables.error.tooLong", message(fieldLabelKey), rowLabel,
                String.format(Locale.UK, "%,d", limit)));
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private String view(Model model, RoadmapForm form) {
        model.addAttribute("roadmap", form);
        model.addAttribute("maxRows", MAX_ROWS);
        RowActions.addFieldMessages(model);
        return VIEW;
    }
}
