package org.sendplan.plan.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.document.GovernanceKind;
import org.sendplan.plan.document.OrganisationType;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.GovernanceMember;
import org.sendplan.plan.document.PlanDocument.GovernanceRow;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Annex A Q14: the governance mechanisms, each with its members (who chairs, and where health and
 * the parent carer forum sit), cadence, decision rights, escalation route and whether the SRO sits
 * there. Rows and members are added and removed with buttons that keep everything typed; the
 * GOVERNANCE-* rules decide whether the section can be completed.
 */
@Controller
class GovernanceSectionController implements SectionPage {

    static final PlanSection SECTION = PlanSection.Q14_GOVERNANCE;
    static final String GOVERNANCE_VIEW = "plan/sections/q14-governance";

    private static final Pattern REMOVE_ROW = Pattern.compile("remove-governance-(\\d{1,3})");
    private static final Pattern ADD_MEMBER = Pattern.compile("add-member-(\\d{1,3})");
    private static final Pattern REMOVE_MEMBER = Pattern.compile("remove-member-(\\d{1,3})-(\\d{1,3})");

    private final SectionPageSupport pages;
    private final MessageSource messages;

    GovernanceSectionController(SectionPageSupport pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    @Override
    public Set<PlanSection> sections() {
        return Set.of(SECTION);
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("planId", "partnershipId", "id");
    }

    @GetMapping("/plans/{planId}/sections/q14-governance")
    String showGovernance(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanDocument document = pages.show(planId, SECTION, user, model);
        model.addAttribute("document", document);
        GovernanceForm form = GovernanceForm.from(document.governance());
        if (form.getGovernance().isEmpty()) {
            form.getGovernance().add(GovernanceForm.newRow());
        }
        return view(model, form);
    }

    @PostMapping("/plans/{planId}/sections/q14-governance")
    String saveGovernance(@PathVariable long planId, @RequestParam long version,
            @RequestParam(required = false) String action, @RequestParam(required = false) String completed,
            @ModelAttribute("form") GovernanceForm form, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        PlanSummary plan = pages.editable(planId, user);
        boolean markCompleted = "yes".equals(completed);
        form.dropMissingRows();
        if (changeRows(form, action)) {
            pages.invalid(model, plan, SECTION, version, markCompleted, List.of());
            return view(model, form);
        }
        form.dropBlankRows();
        List<FormError> errors = new ArrayList<>();
        List<GovernanceRow> governance = governance(form, errors);
        if (!errors.isEmpty()) {
            pages.invalid(model, plan, SECTION, version, markCompleted, errors);
            return view(model, form);
        }
        String next = pages.save(plan, user, SECTION, version, action, markCompleted,
                doc -> doc.withGovernance(governance), model, redirect);
        return next != null ? next : view(model, form);
    }

    /** Applies an add or remove button for a row or a member; true when it was one (nothing is saved). */
    private static boolean changeRows(GovernanceForm form, String action) {
        if (action == null) {
            return false;
        }
        List<GovernanceForm.Row> rows = form.getGovernance();
        if ("add-governance".equals(action)) {
            rows.add(GovernanceForm.newRow());
            return true;
        }
        Matcher removeRow = REMOVE_ROW.matcher(action);
        if (removeRow.matches()) {
            int index = Integer.parseInt(removeRow.group(1));
            if (index < rows.size()) {
                rows.remove(index);
            }
            return true;
        }
        Matcher addMember = ADD_MEMBER.matcher(action);
        if (addMember.matches()) {
            int index = Integer.parseInt(addMember.group(1));
            if (index < rows.size()) {
                rows.get(index).getMembers().add(new GovernanceForm.Member());
            }
            return true;
        }
        Matcher removeMember = REMOVE_MEMBER.matcher(action);
        if (removeMember.matches()) {
            int index = Integer.parseInt(removeMember.group(1));
            int member = Integer.parseInt(removeMember.group(2));
            if (index < rows.size() && member < rows.get(index).getMembers().size()) {
                rows.get(index).getMembers().remove(member);
            }
            return true;
        }
        return false;
    }

    private List<GovernanceRow> governance(GovernanceForm form, List<FormError> errors) {
        List<GovernanceRow> governance = new ArrayList<>();
        List<GovernanceForm.Row> rows = form.getGovernance();
        for (int i = 0; i < rows.size(); i++) {
            GovernanceForm.Row row = rows.get(i);
            String id = "governance-" + i;
            int number = i + 1;
            String mechanism = TypedValues.text(row.getMechanism(), TypedValues.SHORT_TEXT, id + "-mechanism",
                    () -> message("governance.error.mechanism.tooLong", number, TypedValues.SHORT_TEXT), errors);
            GovernanceKind kind = TypedValues.option(GovernanceKind.class, row.getKind(), id + "-kind",
                    () -> message("governance.error.kind.unknown", number), errors);
            String purpose = TypedValues.text(row.getPurpose(), TypedValues.LONG_TEXT, id + "-purpose",
                    () -> message("governance.error.purpose.tooLong", number, TypedValues.LONG_TEXT), errors);
            List<GovernanceMember> members = new ArrayList<>();
            for (int j = 0; j < row.getMembers().size(); j++) {
                GovernanceForm.Member member = row.getMembers().get(j);
                String memberId = id + "-members-" + j;
                int memberNumber = j + 1;
                String name = TypedValues.text(member.getName(), TypedValues.SHORT_TEXT, memberId + "-name",
                        () -> message("governance.error.memberName.tooLong", memberNumber, number,
                                TypedValues.SHORT_TEXT), errors);
                OrganisationType type = TypedValues.option(OrganisationType.class, member.getOrganisationType(),
                        memberId + "-organisationType",
                        () -> message("governance.error.organisationType.unknown", memberNumber, number), errors);
                members.add(new GovernanceMember(name, type, member.chairs()));
            }
            String cadence = TypedValues.text(row.getCadence(), TypedValues.SHORT_TEXT, id + "-cadence",
                    () -> message("governance.error.cadence.tooLong", number, TypedValues.SHORT_TEXT), errors);
            String decisionRights = TypedValues.text(row.getDecisionRights(), TypedValues.LONG_TEXT,
                    id + "-decisionRights",
                    () -> message("governance.error.decisionRights.tooLong", number, TypedValues.LONG_TEXT), errors);
            String escalationRoute = TypedValues.text(row.getEscalationRoute(), TypedValues.LONG_TEXT,
                    id + "-escalationRoute",
                    () -> message("governance.error.escalationRoute.tooLong", number, TypedValues.LONG_TEXT), errors);
            String sro = row.getIncludesSro();
            if (!TypedValues.isBlank(sro) && !GovernanceForm.YES.equals(sro) && !GovernanceForm.NO.equals(sro)) {
                errors.add(new FormError(id + "-includesSro", message("governance.error.includesSro.unknown", number)));
            }
            governance.add(new GovernanceRow(mechanism, kind, purpose, members, cadence, decisionRights,
                    escalationRoute, GovernanceForm.YES.equals(sro)));
        }
        return governance;
    }

    private String view(Model model, GovernanceForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", GovernanceKind.values());
        model.addAttribute("organisationTypes", OrganisationType.values());
        return GOVERNANCE_VIEW;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
