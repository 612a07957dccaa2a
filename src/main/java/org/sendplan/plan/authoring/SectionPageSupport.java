package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanLinks;
import org.sendplan.plan.PlanAccess;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.SectionCompletionCheck.Problem;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocumentReader;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every section page shares: loading the plan within the user's scope, the model the
 * section fragments expect, and what happens after a save (next section, task list, the same page
 * with the reasons it is not complete, or the conflict view).
 *
 * <p>Model attributes set here: {@code plan}, {@code section}, {@code version}, {@code sectionState},
 * {@code editable}, {@code markCompleted}, {@code errors} (list of {@link FormError}),
 * {@code completionProblems}, {@code conflict} (their {@code SectionState} or null), {@code theirs}
 * (their {@code PlanDocument} or null), {@code answersTemplate}.
 */
@Component
class SectionPageSupport {

    static final String SAVED_FLASH = "sectionSaved";

    private final PlanAccess access;
    private final PlanDocumentReader reader;
    private final SectionEditor editor;

    SectionPageSupport(PlanAccess access, PlanDocumentReader reader, SectionEditor editor) {
        this.access = access;
        this.reader = reader;
        this.editor = editor;
    }

    /** The page as first shown: the plan must be readable; editors get the form, others read only. */
    PlanDocument show(long planId, PlanSection section, CurrentUser user, Model model) {
        PlanSummary plan = access.readable(planId, user);
        SectionEditor.SectionState state = editor.state(planId, section);
        boolean editable = access.isEditor(plan, user) && plan.status().isEditable();
        common(model, plan, section, state.version(), state, editable);
        model.addAttribute("markCompleted", state.status() == org.sendplan.plan.SectionStatus.COMPLETED);
        model.addAttribute("errors", List.of());
        return reader.read(planId);
    }

    /** For a POST: the plan must be editable by this user (404, 403 or the frozen-plan page otherwise). */
    PlanSummary editable(long planId, CurrentUser user) {
        return access.editable(planId, user);
    }

    /** Re-show the form with the user's input and these errors; nothing was saved. */
    void invalid(Model model, PlanSummary plan, PlanSection section, long version, boolean markCompleted,
            List<FormError> errors) {
        common(model, plan, section, version, editor.state(plan.id(), section), true);
        model.addAttribute("markCompleted", markCompleted);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", fieldErrors(errors));
    }

    /** The first error for each field id, for showing next to the field. */
    static java.util.Map<String, String> fieldErrors(List<FormError> errors) {
        java.util.Map<String, String> byField = new java.util.LinkedHashMap<>();
        errors.forEach(error -> byField.putIfAbsent(error.fieldId(), error.message()));
        return byField;
    }

    /**
     * Saves and decides what comes next. Returns a redirect, or null when the caller must show the
     * form again with the model prepared here (not complete yet, or a conflict).
     */
    String save(PlanSummary plan, CurrentUser user, PlanSection section, long version, String action,
            boolean markCompleted, UnaryOperator<PlanDocument> change, Model model, RedirectAttributes redirect) {
        SectionEditor.Outcome outcome = editor.save(plan, user, section, version,
                markCompleted ? SectionEditor.Completion.MARK_COMPLETED : SectionEditor.Completion.MARK_IN_PROGRESS,
                change);
        if (outcome instanceof SectionEditor.Conflict conflict) {
            common(model, plan, section, conflict.current().version(), conflict.current(), true);
            model.addAttribute("markCompleted", markCompleted);
            model.addAttribute("errors", List.of());
            model.addAttribute("conflict", conflict.current());
            model.addAttribute("theirs", conflict.theirs());
            return null;
        }
        SectionEditor.Saved saved = (SectionEditor.Saved) outcome;
        if (!saved.problems().isEmpty()) {
            common(model, plan, section, saved.version(), editor.state(plan.id(), section), true);
            model.addAttribute("markCompleted", true);
            model.addAttribute("errors", List.of());
            List<FormError> problems = problemsAsErrors(saved.problems());
            model.addAttribute("completionProblems", problems);
            model.addAttribute("fieldErrors", fieldErrors(problems));
            return null;
        }
        redirect.addFlashAttribute(SAVED_FLASH, section.name());
        if ("continue".equals(action)) {
            return "redirect:" + section.next().map(next -> PlanLinks.section(plan.id(), next))
                    .orElse("/plans/" + plan.id() + "/check-answers");
        }
        if ("save".equals(action)) {
            return "redirect:" + PlanLinks.section(plan.id(), section);
        }
        return "redirect:/plans/" + plan.id();
    }

    /** A background save of content only: never changes the completion status. */
    SectionEditor.Outcome autosave(PlanSummary plan, CurrentUser user, PlanSection section, long version,
            UnaryOperator<PlanDocument> change) {
        return editor.save(plan, user, section, version, SectionEditor.Completion.KEEP, change);
    }

    static String answersTemplate(PlanSection section) {
        return SectionParts.narratives(section).isEmpty() ? "plan/answers/" + section.slug() : "plan/answers/narrative";
    }

    /** Problems point at JSON paths; the page's fields use ids derived from them. */
    static List<FormError> problemsAsErrors(List<Problem> problems) {
        List<FormError> errors = new ArrayList<>();
        for (Problem problem : problems) {
            errors.add(new FormError(PlanLinks.fieldId(problem.path()), problem.message()));
        }
        return errors;
    }

    private void common(Model model, PlanSummary plan, PlanSection section, long version,
            SectionEditor.SectionState state, boolean editable) {
        model.addAttribute("plan", plan);
        model.addAttribute("section", section);
        model.addAttribute("version", version);
        model.addAttribute("sectionState", state);
        model.addAttribute("editable", editable);
        model.addAttribute("completionProblems", List.of());
        model.addAttribute("answersTemplate", answersTemplate(section));
        model.addAttribute("fieldErrors", java.util.Map.of());
    }
}
